// XML 1.0 forbids most C0 controls even as character references; content may contain them
// (a stray form feed in a scraped page), so they are dropped rather than breaking the feed.
const INVALID_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Escape text for XML element content and double-quoted attribute values.
 * @example escapeXml(`a < b & "c"`) //=> "a &lt; b &amp; &quot;c&quot;"
 */
export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/**
 * What a URL found in a saved page may become in its snapshot: a link to the web (http or
 * https only), an in-page fragment, an inline raster image, or nothing. URLs are read with the
 * WHATWG URL parser, the one browsers use, so what is decided here is what a browser would
 * load: it strips the tabs and line ends hidden inside `java\nscript:`, the leading spaces and
 * controls, and lower-cases the scheme, and the HTML parser has already decoded
 * `&#106;avascript:`.
 */

/** Image types a snapshot keeps inline as `data:` URLs: raster formats, which run nothing. */
const INLINE_IMAGE = /^data:image\/(?:png|jpeg|gif|webp|avif|bmp);/i;
// The characters the URL parser drops before reading a URL (C0 controls and space at either
// end; tab, line feed and carriage return anywhere).
const IGNORED_AT_ENDS = /^[\u0000-\u0020]+|[\u0000-\u0020]+$/g;
const IGNORED_INSIDE = /[\t\n\r]/g;

/**
 * The base that relative URLs of a saved page resolve against: its own address, when known.
 * @throws TypeError when `pageUrl` is given but is not an absolute http or https URL: the
 * caller passes only an address it has checked.
 * @example pageBase("https://example.com/news/a.html")?.host //=> "example.com"
 */
export function pageBase(pageUrl: string | undefined): URL | undefined {
  if (pageUrl === undefined) return undefined;
  const base = URL.canParse(pageUrl) ? new URL(pageUrl) : undefined;
  if (base === undefined || (base.protocol !== "http:" && base.protocol !== "https:"))
    throw new TypeError(`The page URL \`${pageUrl}\` is not an absolute http or https URL`);
  return base;
}

/**
 * An address on the web for `raw`, resolved against `base`: http and https only, or
 * `undefined` for any other scheme (`javascript:`, `data:`, `file:`), for a relative URL
 * without a base, and for what does not parse.
 * @example webUrl("/b", new URL("https://example.com/a")) //=> "https://example.com/b"
 * @example webUrl("JaVaScRiPt:alert(1)", undefined) //=> undefined
 */
export function webUrl(raw: string, base: URL | undefined): string | undefined {
  const url = URL.parse(raw, base?.href);
  if (url === null || (url.protocol !== "http:" && url.protocol !== "https:")) return undefined;
  return url.href;
}

/**
 * Whether `raw` is only a fragment (`#section`): a link inside the snapshot itself.
 * @example isFragment(" #top") //=> true
 */
export function isFragment(raw: string): boolean {
  return raw.replace(IGNORED_AT_ENDS, "").replace(IGNORED_INSIDE, "").startsWith("#");
}

/**
 * Whether `raw` is an inline raster image (`data:image/png;…`), which loads nothing.
 * @example isInlineImage("data:image/png;base64,iVBOR") //=> true
 * @example isInlineImage("data:image/svg+xml,<svg/>") //=> false
 */
export function isInlineImage(raw: string): boolean {
  return INLINE_IMAGE.test(raw.replace(IGNORED_AT_ENDS, "").replace(IGNORED_INSIDE, ""));
}

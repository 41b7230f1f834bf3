import { TextDecoder as WhatwgDecoder } from "@exodus/bytes/encoding.js";
import { ResultType, Sniffer } from "encoding-sniffer/sniffer";

/** How the character set of a saved page was settled. */
export type CharsetSource = "bom" | "declared" | "default" | "utf-8-over-declared";

/** A saved page's text and how its bytes were read. */
export interface DecodedHtml {
  readonly text: string;
  /** The WHATWG name of the encoding used, e.g. `utf-8`, `windows-1252`. */
  readonly encoding: string;
  readonly source: CharsetSource;
  /** The encoding the page declared, when it was not the one used. */
  readonly declared?: string;
  /** Bytes that were not valid in the encoding used (each became U+FFFD). */
  readonly invalid: boolean;
}

// Far enough into the page for the `<meta charset>` of saved pages whose head starts with long
// comments or scripts; the WHATWG prescan's 1,024 bytes miss those.
const SNIFF_BYTES = 16_384;

const fatalUtf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/**
 * Decode a saved page as a browser would: a byte-order mark first, then the charset the page
 * declares (`<meta charset>`, `http-equiv="Content-Type"`, an XML declaration), else UTF-8 —
 * never windows-1252 unless declared. One correction to a declaration: a page declaring a
 * single-byte legacy charset whose bytes are valid UTF-8 with multi-byte characters was saved
 * as UTF-8 (the bytes of real windows-1252 text almost never form valid UTF-8 sequences), so
 * it is read as UTF-8 and says so.
 * @param bytes the file's bytes
 * @param transportCharset the charset the HTTP Content-Type named (a page from a web archive):
 *   it comes after a BOM and before the page's own declaration, as in a browser; an unknown
 *   label is passed over
 * @returns the text without its BOM, and how it was decoded
 * @example decodeHtmlBytes(new TextEncoder().encode("<meta charset=utf-8>é")).encoding //=> "utf-8"
 */
export function decodeHtmlBytes(bytes: Uint8Array, transportCharset?: string): DecodedHtml {
  const sniffer = new Sniffer({ maxBytes: SNIFF_BYTES, defaultEncoding: "utf-8" });
  sniffer.write(bytes.subarray(0, SNIFF_BYTES));
  const sniffed = sniffer.encoding.toLowerCase();
  if (sniffer.resultType === ResultType.BOM) return { ...decodeAs(bytes, sniffed), source: "bom" };
  const transport = transportCharset === undefined ? null : encodingOfLabel(transportCharset);
  const encoding = transport ?? sniffed;
  const declared = transport !== null || sniffer.resultType !== ResultType.DEFAULT;
  if (encoding === "utf-8") return { ...decodeAs(bytes, "utf-8"), source: declared ? "declared" : "default" };
  if (isSingleByte(encoding) && hasMultiByteUtf8(bytes)) {
    const utf8 = tryUtf8(bytes);
    if (utf8 !== null) return { text: utf8, encoding: "utf-8", source: "utf-8-over-declared", declared: encoding, invalid: false };
  }
  return { ...decodeAs(bytes, encoding), source: declared ? "declared" : "default" };
}

function decodeAs(bytes: Uint8Array, encoding: string): { text: string; encoding: string; invalid: boolean } {
  if (encoding === "utf-8") {
    const strict = tryUtf8(bytes);
    if (strict !== null) return { text: strict, encoding, invalid: false };
  }
  // Node's own TextDecoder reads windows-1252 as Latin-1 (0x80–0x9F as control characters).
  const text = new WhatwgDecoder(encoding).decode(bytes);
  return { text, encoding, invalid: encoding === "utf-8" };
}

/** The WHATWG encoding a charset label names (`latin1` → `windows-1252`), or null for an unknown label. */
function encodingOfLabel(label: string): string | null {
  try {
    return new WhatwgDecoder(label.trim()).encoding.toLowerCase();
  } catch {
    return null;
  }
}

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return fatalUtf8.decode(bytes);
  } catch {
    return null;
  }
}

// The legacy encodings where every byte is one character: the only ones valid UTF-8 can be
// mistaken for in practice.
function isSingleByte(encoding: string): boolean {
  return encoding.startsWith("windows-") || encoding.startsWith("iso-8859-") || encoding.startsWith("koi8") || encoding === "macintosh";
}

function hasMultiByteUtf8(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0xc2 && bytes[i]! <= 0xf4) return true;
  return false;
}

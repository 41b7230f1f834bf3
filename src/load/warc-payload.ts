import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from "node:zlib";
import { AsyncIterReader } from "warcio";
import { isGzipAt } from "./warc-gzip";

/** An HTTP payload that cannot be decoded; the message says why. */
export class PayloadProblem extends Error {}

/** The HTTP headers a payload's decoding depends on. */
export interface PayloadHeaders {
  get(name: string): string | null;
}

/**
 * An HTTP response payload as the server meant it: chunked transfer coding removed, then each
 * content coding (`gzip`, `deflate`, `br`) undone, last applied first. A crawler that records
 * what a browser decoded (and keeps the header) stores gzip that is no longer gzip; without
 * gzip's magic bytes the payload is taken as stored.
 * @param raw the bytes after the HTTP headers, as recorded
 * @param maxBytes the most bytes decoding may produce (a small payload can decompress to gigabytes)
 * @throws {PayloadProblem} for an unknown coding, corrupt compressed data, or output over `maxBytes`
 * @example await decodePayload(gzipSync("<p>hi</p>"), { get: (n) => (n === "content-encoding" ? "gzip" : null) }, 1e6)
 */
export async function decodePayload(raw: Uint8Array, headers: PayloadHeaders, maxBytes: number): Promise<Uint8Array> {
  let bytes = raw;
  if (/\bchunked\b/i.test(headers.get("transfer-encoding") ?? "")) bytes = await new AsyncIterReader([raw], null, true).readFully();
  const codings = (headers.get("content-encoding") ?? "")
    .toLowerCase()
    .split(",")
    .map((coding) => coding.trim())
    .filter((coding) => coding !== "" && coding !== "identity");
  for (const coding of codings.reverse()) bytes = undoCoding(bytes, coding, maxBytes);
  return bytes;
}

function undoCoding(bytes: Uint8Array, coding: string, maxOutputLength: number): Uint8Array {
  const options = { maxOutputLength };
  try {
    switch (coding) {
      case "gzip":
      case "x-gzip":
        return isGzipAt(bytes, 0) ? gunzipSync(bytes, options) : bytes;
      case "deflate":
        // Servers send both zlib-wrapped and bare deflate under this name; browsers accept either.
        try {
          return inflateSync(bytes, options);
        } catch (error) {
          if (tooLarge(error)) throw error;
          return inflateRawSync(bytes, options);
        }
      case "br":
        return brotliDecompressSync(bytes, options);
      default:
        throw new PayloadProblem(`Its Content-Encoding "${coding.slice(0, 40)}" is not one this reader decodes (gzip, deflate, br).`);
    }
  } catch (error) {
    if (error instanceof PayloadProblem) throw error;
    if (tooLarge(error))
      throw new PayloadProblem(`Its ${coding} payload decompresses to more than ${maxOutputLength} bytes (the payload limit).`);
    throw new PayloadProblem(`Its ${coding} payload is corrupt (${error instanceof Error ? error.message : String(error)}).`);
  }
}

function tooLarge(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === "ERR_BUFFER_TOO_LARGE";
}

/**
 * The charset parameter of a Content-Type header, lower-cased, when there is one.
 * @example charsetOf('text/html; charset="ISO-8859-1"') //=> "iso-8859-1"
 */
export function charsetOf(contentType: string): string | undefined {
  return /;\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(contentType)?.[1]?.toLowerCase();
}

/**
 * The media type of a Content-Type header, lower-cased, without parameters.
 * @example mediaTypeOf("Text/HTML; charset=utf-8") //=> "text/html"
 */
export function mediaTypeOf(contentType: string): string {
  // A repeated header reaches here joined with commas; the first one counts.
  return (contentType.split(/[;,]/)[0] ?? "").trim().toLowerCase();
}

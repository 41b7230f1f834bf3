import { createHash } from "node:crypto";
import { WARCParser } from "warcio";
import type { RecordHandler, WarcBlock, WarcHead, WarcPlace } from "./warc-frames";
import { charsetOf, decodePayload, mediaTypeOf, PayloadProblem } from "./warc-payload";

/** The media types read as HTML pages. */
export const HTML_MEDIA_TYPES: ReadonlySet<string> = new Set(["text/html", "application/xhtml+xml"]);

/** The longest HTTP header block read; a longer one makes the record a problem. */
const MAX_HTTP_HEADER_BYTES = 64 * 1024;
const BLANK_LINE = new TextEncoder().encode("\r\n\r\n");

/** An HTML page a WARC holds: a `response` record with status 200 and an HTML media type. */
export interface WarcHtmlResponse extends WarcPlace {
  /** `WARC-Target-URI`: the URL the page was fetched from. */
  readonly targetUri: string;
  /** `WARC-Date` as written (ISO 8601, UTC): when the page was captured, never when it was published. */
  readonly captureTime: string;
  /** `WARC-Record-ID` without its angle brackets; unique per record. */
  readonly recordId: string;
  readonly httpStatus: number;
  /** The HTTP Content-Type header as sent. */
  readonly contentType: string;
  /** The charset the HTTP Content-Type names, lower-cased; absent when it names none. */
  readonly charset?: string;
  /** The payload as the server meant it: de-chunked, content coding undone, not decoded to text. */
  readonly body: Uint8Array;
  /** SHA-1 (hex) of the target URI, capture time, Content-Type and body: what a per-record cache compares. */
  readonly digest: string;
}

/** A `response` record with a 3xx status: a redirect the crawler followed or recorded. */
export interface WarcRedirect extends WarcPlace {
  readonly targetUri: string;
  readonly captureTime: string;
  readonly recordId: string;
  readonly httpStatus: number;
  /** The Location header resolved against the target URI; absent when the response has none. */
  readonly location?: string;
}

/** Why a record that is not damaged gives no page. */
export type WarcSkipReason =
  /** warcinfo, request, metadata, revisit, resource, conversion, continuation records. */
  | "not-a-response"
  /** A response that is not HTTP (a `dns:` lookup, for instance). */
  | "not-http"
  /** A status other than 200 or 3xx. */
  | "status"
  /** Status 200 with a media type that is not HTML. */
  | "not-html";

/** A record that is readable but unusable, or damaged: where it is and what is wrong. */
export interface WarcProblem extends WarcPlace {
  readonly message: string;
}

/** What one record gives. */
export type WarcEntry =
  | { readonly kind: "html"; readonly record: WarcHtmlResponse }
  | { readonly kind: "redirect"; readonly redirect: WarcRedirect }
  | { readonly kind: "skipped"; readonly reason: WarcSkipReason }
  | { readonly kind: "problem"; readonly problem: WarcProblem };

/**
 * The record handler that keeps HTML pages and redirects. Only the HTTP headers of other
 * responses are read; their payloads are stepped over without being kept.
 * @param maxPayloadBytes the largest payload read, before and after decoding
 * @example frameRecords(reader, responseHandler(20 * 1024 * 1024), placeOf)
 */
export function responseHandler(maxPayloadBytes: number): RecordHandler<WarcEntry> {
  return async (head, block, place) => {
    if (head.type !== "response") return { kind: "skipped", reason: "not-a-response" };
    const incomplete = incompleteness(head);
    const declared = head.fields.get("content-type");
    if (declared !== undefined && !/^application\/http\b/i.test(declared)) return { kind: "skipped", reason: "not-http" };
    const httpHead = await block.readThrough(BLANK_LINE, MAX_HTTP_HEADER_BYTES);
    if (httpHead === null)
      return problem(place, "Its HTTP response headers do not end (no blank line within the record or the first 64 KiB).");
    const parsed = await parseHttp(head, httpHead);
    if (typeof parsed === "string") return problem(place, parsed);
    const { status, headers, targetUri, captureTime, recordId } = parsed;
    if (status >= 300 && status < 400) {
      const location = headers.get("location");
      const redirect = { ...place, targetUri, captureTime, recordId, httpStatus: status };
      return { kind: "redirect", redirect: location === null ? redirect : { ...redirect, location: resolve(location, targetUri) } };
    }
    if (status !== 200) return { kind: "skipped", reason: "status" };
    const contentType = headers.get("content-type") ?? "";
    if (!HTML_MEDIA_TYPES.has(mediaTypeOf(contentType))) return { kind: "skipped", reason: "not-html" };
    if (incomplete) return problem(place, incomplete);
    const body = await readPayload(block, headers, maxPayloadBytes);
    if (typeof body === "string") return problem(place, body);
    const charset = charsetOf(contentType);
    const digest = digestOf([targetUri, captureTime, contentType], body);
    const record = { ...place, targetUri, captureTime, recordId, httpStatus: status, contentType, body, digest };
    return { kind: "html", record: charset === undefined ? record : { ...record, charset } };
  };
}

/** Why a record holds only part of its payload, when it does: a page cut short is not built. */
function incompleteness(head: WarcHead): string | undefined {
  const truncated = head.fields.get("warc-truncated");
  if (truncated !== undefined) return `The crawler cut its payload short (WARC-Truncated: ${truncated.slice(0, 20)}); it was skipped.`;
  if (head.fields.has("warc-segment-number"))
    return "Its payload is split over several records (WARC-Segment-Number), which this reader does not join; it was skipped.";
  return undefined;
}

interface ParsedHttp {
  readonly status: number;
  readonly headers: { get(name: string): string | null };
  readonly targetUri: string;
  readonly captureTime: string;
  readonly recordId: string;
}

/** warcio reads the WARC and HTTP header fields (folding, repeated fields, non-ASCII values). */
async function parseHttp(head: WarcHead, httpHead: Uint8Array): Promise<ParsedHttp | string> {
  const record = await WARCParser.parse([head.bytes, httpHead]).catch(() => null);
  const status = Number(record?.httpHeaders?.statusCode);
  if (!record?.httpHeaders || !Number.isInteger(status)) return "Its HTTP status line cannot be read.";
  const targetUri = unbracket(record.warcTargetURI ?? "");
  const captureTime = record.warcDate ?? "";
  if (targetUri === "" || captureTime === "") return "It lacks a WARC-Target-URI or a WARC-Date, which every response record has.";
  const fields = record.httpHeaders.headers;
  return {
    status,
    headers: { get: (name) => fields.get(name) ?? null },
    targetUri,
    captureTime,
    recordId: unbracket(record.warcHeader("WARC-Record-ID") ?? ""),
  };
}

async function readPayload(block: WarcBlock, headers: ParsedHttp["headers"], maxBytes: number): Promise<Uint8Array | string> {
  if (block.remaining > maxBytes) return `Its HTML payload is ${block.remaining} bytes, over the ${maxBytes}-byte limit; it was skipped.`;
  const raw = await block.read(block.remaining);
  try {
    return await decodePayload(raw, headers, maxBytes);
  } catch (error) {
    if (error instanceof PayloadProblem) return error.message;
    throw error;
  }
}

function problem(place: WarcPlace, message: string): WarcEntry {
  return { kind: "problem", problem: { ...place, message } };
}

/** WARC 1.0 writes some URIs in angle brackets, and WARC 1.1's grammar once showed them too. */
function unbracket(value: string): string {
  return value.startsWith("<") && value.endsWith(">") ? value.slice(1, -1) : value;
}

function resolve(location: string, base: string): string {
  try {
    return new URL(location, base).href;
  } catch {
    return location;
  }
}

function digestOf(fields: readonly string[], body: Uint8Array): string {
  const hash = createHash("sha1");
  for (const field of fields) hash.update(field, "utf8").update("\0");
  return hash.update(body).digest("hex");
}

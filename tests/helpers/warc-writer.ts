import { gzipSync } from "node:zlib";

/** Small WARC files written byte by byte, so tests can damage them exactly where they mean to. */

const encoder = new TextEncoder();

export function bytes(text: string | Uint8Array): Uint8Array {
  return typeof text === "string" ? encoder.encode(text) : text;
}

export function concat(parts: readonly (string | Uint8Array)[]): Uint8Array {
  const arrays = parts.map(bytes);
  const joined = new Uint8Array(arrays.reduce((n, a) => n + a.length, 0));
  let at = 0;
  for (const a of arrays) {
    joined.set(a, at);
    at += a.length;
  }
  return joined;
}

let nextId = 0;

/** One WARC record: version line, fields, Content-Length, blank line, block, two line ends. */
export function warcRecord(
  type: string,
  fields: Record<string, string>,
  block: string | Uint8Array = "",
  contentLength?: string,
): Uint8Array {
  const body = bytes(block);
  const all: Record<string, string> = {
    "WARC-Type": type,
    "WARC-Date": "2024-05-06T07:08:09Z",
    "WARC-Record-ID": `<urn:uuid:00000000-0000-0000-0000-${String(++nextId).padStart(12, "0")}>`,
    ...fields,
    "Content-Length": contentLength ?? String(body.length),
  };
  const head = `WARC/1.0\r\n${Object.entries(all)
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join("")}\r\n`;
  return concat([head, body, "\r\n\r\n"]);
}

/** An HTTP response message: status line, headers, blank line, payload as given. */
export function httpResponse(status: number, headers: Record<string, string>, payload: string | Uint8Array = ""): Uint8Array {
  const head = `HTTP/1.1 ${status} ${status === 200 ? "OK" : "Status"}\r\n${Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join("")}\r\n`;
  return concat([head, payload]);
}

/** A `response` record for `uri` holding an HTTP response. */
export function responseRecord(
  uri: string,
  status: number,
  headers: Record<string, string>,
  payload: string | Uint8Array = "",
): Uint8Array {
  return warcRecord(
    "response",
    { "WARC-Target-URI": uri, "Content-Type": "application/http; msgtype=response" },
    httpResponse(status, headers, payload),
  );
}

/** A 200 HTML response, the page a test looks for. */
export function htmlPage(uri: string, html: string, contentType = "text/html; charset=utf-8"): Uint8Array {
  return responseRecord(uri, 200, { "Content-Type": contentType }, html);
}

/** A payload in chunked transfer coding, `size` bytes a chunk. */
export function chunked(payload: string | Uint8Array, size: number): Uint8Array {
  const all = bytes(payload);
  const parts: (string | Uint8Array)[] = [];
  for (let at = 0; at < all.length; at += size) {
    const piece = all.subarray(at, at + size);
    parts.push(`${piece.length.toString(16)}\r\n`, piece, "\r\n");
  }
  parts.push("0\r\n\r\n");
  return concat(parts);
}

/** The three ways a WARC is stored: the records as they are, one gzip member each, or one member for all. */
export const LAYOUTS = {
  uncompressed: (records: readonly Uint8Array[]) => concat(records),
  "one gzip member per record": (records: readonly Uint8Array[]) => concat(records.map((r) => gzipSync(r))),
  "one gzip member for the file": (records: readonly Uint8Array[]) => gzipSync(concat(records)),
} as const;

export type Layout = keyof typeof LAYOUTS;

/** Where each record starts in the file a layout writes (the whole-file gzip has one member, at 0). */
export function startsOf(layout: Layout, records: readonly Uint8Array[]): number[] {
  const stored = layout === "one gzip member per record" ? records.map((r) => gzipSync(r)) : records;
  if (layout === "one gzip member for the file") return records.map(() => 0);
  const starts: number[] = [];
  let at = 0;
  for (const r of stored) {
    starts.push(at);
    at += r.length;
  }
  return starts;
}

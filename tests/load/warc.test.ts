import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { readWarc, readWarcFile, WARC_LIMITS, type WarcSource } from "../../src/load/warc";
import { nextGzipMember } from "../../src/load/warc-gzip";
import { bytesSource } from "../../src/load/warc-source";
import {
  bytes,
  chunked,
  concat,
  htmlPage,
  httpResponse,
  LAYOUTS,
  type Layout,
  responseRecord,
  startsOf,
  warcRecord,
} from "../helpers/warc-writer";

const text = (body: Uint8Array) => new TextDecoder().decode(body);
const layouts = Object.keys(LAYOUTS) as Layout[];

/** One record of every kind a crawl writes; two of them are pages. */
function mixedCrawl(): Uint8Array[] {
  return [
    warcRecord("warcinfo", { "Content-Type": "application/warc-fields" }, "software: test\r\n"),
    warcRecord("request", { "WARC-Target-URI": "https://example.org/news/a" }, "GET /news/a HTTP/1.1\r\n\r\n"),
    htmlPage("https://example.org/news/a", "<h1>Caf\u00e9</h1>", "text/html; charset=ISO-8859-1"),
    responseRecord("https://example.org/logo.png", 200, { "Content-Type": "image/png" }, "\x89PNG"),
    responseRecord("https://example.org/gone", 404, { "Content-Type": "text/html" }, "<p>not found</p>"),
    responseRecord("https://example.org/old", 301, { Location: "/news/a" }),
    warcRecord("metadata", { "WARC-Target-URI": "https://example.org/news/a" }, "outlink: x\r\n"),
    warcRecord("revisit", { "WARC-Target-URI": "https://example.org/news/a" }),
    warcRecord("response", { "WARC-Target-URI": "dns:example.org", "Content-Type": "text/dns" }, "example.org. 300 IN A 192.0.2.1\n"),
    htmlPage("https://example.org/news/b", "<html>b</html>", "application/xhtml+xml"),
  ];
}

describe("readWarc", () => {
  it.each(layouts)("reads the HTML pages, redirects and skipped records of a WARC stored %s", async (layout) => {
    const records = mixedCrawl();
    const starts = startsOf(layout, records);
    const reading = await readWarc(LAYOUTS[layout](records));
    expect(reading.problems).toEqual([]);
    expect(reading.records.map((r) => [r.targetUri, r.httpStatus, r.contentType, r.charset, text(r.body)])).toEqual([
      ["https://example.org/news/a", 200, "text/html; charset=ISO-8859-1", "iso-8859-1", "<h1>Café</h1>"],
      ["https://example.org/news/b", 200, "application/xhtml+xml", undefined, "<html>b</html>"],
    ]);
    expect(reading.records[0]).toMatchObject({ captureTime: "2024-05-06T07:08:09Z", recordId: expect.stringMatching(/^urn:uuid:/) });
    expect(reading.redirects).toEqual([
      expect.objectContaining({ targetUri: "https://example.org/old", httpStatus: 301, location: "https://example.org/news/a" }),
    ]);
    expect(reading.skipped).toEqual({ "not-a-response": 4, "not-http": 1, status: 1, "not-html": 1 });
    // Offsets: the record's own start, or its gzip member's (the whole-file member is at 0).
    expect(reading.records.map((r) => r.offset)).toEqual([starts[2], starts[9]]);
    const inMember = layout === "one gzip member for the file" ? concat(records.slice(0, 2)).length : undefined;
    expect(reading.records[0]?.inMember).toBe(inMember);
  });

  const page = "<html><body><p>The floods reached the old town.</p></body></html>";
  it.each([
    ["a chunked payload", { "Transfer-Encoding": "chunked" }, chunked(page, 7)],
    ["a gzip payload", { "Content-Encoding": "gzip" }, gzipSync(page)],
    ["a chunked gzip payload", { "Content-Encoding": "gzip", "Transfer-Encoding": "chunked" }, chunked(gzipSync(page), 10)],
    ["a zlib deflate payload", { "Content-Encoding": "deflate" }, deflateSync(page)],
    ["a bare deflate payload", { "Content-Encoding": "deflate" }, deflateRawSync(page)],
    ["a brotli payload", { "Content-Encoding": "br" }, brotliCompressSync(page)],
    ["two codings, undone last first", { "Content-Encoding": "deflate, gzip" }, gzipSync(deflateSync(page))],
    // Browser-based crawlers store what the browser decoded and keep the header.
    ["a gzip-labelled payload that is not gzip", { "Content-Encoding": "gzip" }, bytes(page)],
    ["an identity payload", { "Content-Encoding": "identity" }, bytes(page)],
  ])("decodes %s to the page's bytes", async (_name, headers, payload) => {
    const warc = responseRecord("https://example.org/p", 200, { "Content-Type": "text/html", ...headers }, payload);
    const { records, problems } = await readWarc(warc);
    expect(problems).toEqual([]);
    expect(records.map((r) => text(r.body))).toEqual([page]);
  });

  it.each([
    ["an unknown content coding", { "Content-Encoding": "zstd" }, "hello", /Content-Encoding "zstd"/],
    [
      "corrupt gzip data",
      { "Content-Encoding": "gzip" },
      concat([gzipSync("hello").subarray(0, 12), "xxxxxxxx"]),
      /gzip payload is corrupt/,
    ],
    ["a payload over the limit", {}, "x".repeat(2000), /2000 bytes, over the 1000-byte limit/],
    ["a payload that decompresses past the limit", { "Content-Encoding": "gzip" }, gzipSync("x".repeat(5000)), /more than 1000 bytes/],
  ])("reports %s as a problem at the record's offset and reads the records after it", async (_name, headers, payload, message) => {
    const first = htmlPage("https://example.org/1", "one");
    const bad = responseRecord("https://example.org/2", 200, { "Content-Type": "text/html", ...headers }, payload);
    const warc = concat([first, bad, htmlPage("https://example.org/3", "three")]);
    const { records, problems } = await readWarc(warc, { ...WARC_LIMITS, maxPayloadBytes: 1000 });
    expect(records.map((r) => r.targetUri)).toEqual(["https://example.org/1", "https://example.org/3"]);
    expect(problems).toEqual([{ offset: first.length, message: expect.stringMatching(message) }]);
  });

  it.each([
    ["WARC-Truncated", "length", /cut its payload short \(WARC-Truncated: length\)/],
    ["WARC-Segment-Number", "1", /split over several records/],
  ])("skips a page whose record has %s with a problem", async (field, value, message) => {
    const http = httpResponse(200, { "Content-Type": "text/html" }, "<p>half a pa");
    const fields = { "WARC-Target-URI": "https://example.org/cut", "Content-Type": "application/http; msgtype=response", [field]: value };
    const { records, problems } = await readWarc(warcRecord("response", fields, http));
    expect(records).toEqual([]);
    expect(problems).toEqual([{ offset: 0, message: expect.stringMatching(message) }]);
  });

  it("gives the same digest for the same page and another when its body or capture changes", async () => {
    const digest = async (record: Uint8Array) => (await readWarc(record)).records[0]?.digest;
    const a = await digest(htmlPage("https://example.org/a", "<p>one</p>"));
    expect(await digest(htmlPage("https://example.org/a", "<p>one</p>"))).toBe(a);
    expect(await digest(htmlPage("https://example.org/a", "<p>two</p>"))).not.toBe(a);
    const fields = { "WARC-Target-URI": "https://example.org/a", "Content-Type": "application/http; msgtype=response" };
    const recapture = httpResponse(200, { "Content-Type": "text/html; charset=utf-8" }, "<p>one</p>");
    expect(await digest(warcRecord("response", { ...fields, "WARC-Date": "2024-05-06T07:08:09Z" }, recapture))).toBe(a);
    expect(await digest(warcRecord("response", { ...fields, "WARC-Date": "2025-01-01T00:00:00Z" }, recapture))).not.toBe(a);
  });
});

describe("readWarc on damaged files", () => {
  const pages = [1, 2, 3].map((n) => htmlPage(`https://example.org/${n}`, `<p>page ${n}</p>`));

  it.each(["uncompressed", "one gzip member per record"] as const)(
    "reports a truncated last record (%s) and keeps the ones before",
    async (layout) => {
      const whole = LAYOUTS[layout](pages);
      const { records, problems } = await readWarc(whole.subarray(0, whole.length - 30));
      expect(records.map((r) => r.targetUri)).toEqual(["https://example.org/1", "https://example.org/2"]);
      expect(problems).toEqual([{ offset: startsOf(layout, pages)[2], message: expect.stringMatching(/cut short/) }]);
    },
  );

  it("reports a corrupt gzip member by its offset and reads the members after it", async () => {
    const members = pages.map((p) => gzipSync(p));
    const broken = members[1]!.slice();
    broken.fill(0xff, 12, 40);
    const { records, problems } = await readWarc(concat([members[0]!, broken, members[2]!]));
    expect(records.map((r) => r.targetUri)).toEqual(["https://example.org/1", "https://example.org/3"]);
    expect(problems).toEqual([{ offset: members[0]!.length, message: expect.stringMatching(/gzip member is corrupt/) }]);
  });

  it("reports a whole-file gzip cut short after the records it could read", async () => {
    const big = pages.concat(htmlPage("https://example.org/4", "x".repeat(200_000)));
    const whole = LAYOUTS["one gzip member for the file"](big);
    const { records, problems } = await readWarc(whole.subarray(0, whole.length - 100));
    expect(records.map((r) => r.targetUri)).toEqual(["https://example.org/1", "https://example.org/2", "https://example.org/3"]);
    expect(problems).toEqual([{ offset: 0, message: expect.stringMatching(/cut short \(unexpected end of file, \d+ bytes into/) }]);
  });

  const body = "<p>two</p>";
  const http = responseRecord("https://example.org/2", 200, { "Content-Type": "text/html" }, body);
  const httpLength = http.length - 4 - text(http).indexOf("\r\n\r\n") - 4;
  it.each([
    ["too small", String(httpLength - 3), /Content-Length \(\d+\) does not end/],
    ["too large", String(httpLength + 40), /Content-Length \(\d+\) does not end/],
    ["not a number", "12abc", /Content-Length "12abc" is not a number/],
  ])("reports a Content-Length %s and reads the records after it", async (_name, length, message) => {
    const wrong = warcRecord(
      "response",
      { "WARC-Target-URI": "https://example.org/2", "Content-Type": "application/http; msgtype=response" },
      text(http).slice(text(http).indexOf("HTTP/1.1"), -4),
      length,
    );
    const tail = [htmlPage("https://example.org/3", "<p>three</p>"), htmlPage("https://example.org/4", "<p>four</p>")];
    const { records, problems } = await readWarc(concat([pages[0]!, wrong, ...tail]));
    // A length too large swallows the start of the next record, which goes with it.
    const expected = length === String(httpLength + 40) ? ["1", "4"] : ["1", "3", "4"];
    expect(records.map((r) => r.targetUri)).toEqual(expected.map((n) => `https://example.org/${n}`));
    expect(problems).toEqual([{ offset: pages[0]!.length, message: expect.stringMatching(message) }]);
  });

  it.each([
    ["a header block that is not WARC", "GARBAGE LINE\r\nmore: junk\r\n\r\n", /not a WARC version line/],
    ["100 KB without a blank line", `${"x".repeat(100_000)}\r\n`, /no WARC header ends within 64 KiB/],
    ["a header line without a name", "WARC/1.0\r\n: nameless\r\n\r\n", /has no field name/],
    ["a header without Content-Length", "WARC/1.0\r\nWARC-Type: response\r\n\r\n", /has no Content-Length/],
  ])("reports %s and resumes at the next record", async (_name, junk, message) => {
    const { records, problems } = await readWarc(concat([pages[0]!, junk, pages[1]!]));
    expect(records.map((r) => r.targetUri)).toEqual(["https://example.org/1", "https://example.org/2"]);
    expect(problems).toEqual([{ offset: pages[0]!.length, message: expect.stringMatching(message) }]);
  });

  it("reports a response without a target URI", async () => {
    const record = warcRecord(
      "response",
      { "Content-Type": "application/http; msgtype=response" },
      "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\nx",
    );
    const { records, problems } = await readWarc(record);
    expect(records).toEqual([]);
    expect(problems).toEqual([{ offset: 0, message: expect.stringMatching(/lacks a WARC-Target-URI/) }]);
  });
});

/** Bytes no compressor shrinks, the same every run (xorshift32). */
function noise(length: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = 2463534242;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 255;
  }
  return out;
}

describe("readWarc's reads", () => {
  const folder = mkdtempSync(join(tmpdir(), "warc-"));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  /** A source that counts what is asked of it. */
  function counting(source: WarcSource) {
    const reads: number[] = [];
    const read = (position: number, length: number) => {
      reads.push(length);
      return source.read(position, length);
    };
    return { reads, source: { size: source.size, read } };
  }

  it.each(layouts)("reads a %s file window by window, each byte about once", async (layout) => {
    // Incompressible, so its gzip member is too large to inflate in one call and is streamed.
    const big = responseRecord("https://example.org/video", 200, { "Content-Type": "video/mp4" }, noise(3_000_000));
    const file = LAYOUTS[layout]([htmlPage("https://example.org/1", "one"), big, htmlPage("https://example.org/2", "two")]);
    const { reads, source } = counting(bytesSource(file));
    const { records, problems } = await readWarc(source);
    expect([records.length, problems]).toEqual([2, []]);
    expect(Math.max(...reads)).toBeLessThanOrEqual(256 * 1024);
    // Each gzip member is read from its start with a window of lookahead; never the file twice over.
    expect(reads.reduce((a, b) => a + b, 0)).toBeLessThan(2 * file.length + reads.length * 256 * 1024);
  });

  it("reads a WARC file from a path", async () => {
    const path = join(folder, "crawl.warc.gz");
    writeFileSync(path, LAYOUTS["one gzip member per record"]([htmlPage("https://example.org/1", "one")]));
    expect((await readWarcFile(path)).records.map((r) => r.targetUri)).toEqual(["https://example.org/1"]);
  });

  it("reads an empty file as no records", async () => {
    expect(await readWarc(new Uint8Array(0))).toMatchObject({ records: [], problems: [] });
  });
});

describe("nextGzipMember", () => {
  it.each([0, 1, 2, 3, 4, 100])("finds a member starting %i bytes before a 64 KiB window's end", async (before) => {
    const at = 64 * 1024 - before;
    const file = concat([new Uint8Array(at), gzipSync("x")]);
    expect(await nextGzipMember(bytesSource(file), 1)).toBe(at);
  });

  it("gives the source's size when no member follows", async () => {
    expect(await nextGzipMember(bytesSource(new Uint8Array(70_000)), 0)).toBe(70_000);
  });
});

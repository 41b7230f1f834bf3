import { TextDecoder as WhatwgDecoder } from "@exodus/bytes/encoding.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchPage, FetchProblem, isFetchableUrl, type FetchLimits } from "../../src/tools/fetch-page";
import { LATIN_HEADLINE, startPageServer, type PageServer } from "../helpers/page-server";

const LIMITS: FetchLimits = { timeoutMs: 10_000, maxBytes: 2048, maxRedirects: 10, userAgent: "news-archive/0.1.0 (+archival fetch)" };

describe("fetchPage", () => {
  let server: PageServer;
  beforeAll(async () => {
    server = await startPageServer();
  });
  afterAll(() => server.close());

  it("returns the exact bytes, the type and the charset of an HTML page, sent with the tool's User-Agent", async () => {
    const page = await fetchPage(`${server.base}/article`, LIMITS);
    expect(page.status).toBe(200);
    expect(page.finalUrl).toBe(`${server.base}/article`);
    expect(page.redirects).toEqual([]);
    expect(page.charset).toBe("utf-8");
    expect(new TextDecoder().decode(page.bytes)).toContain("<h1>Harbour Bridge Closed for Summer Repairs</h1>");
    expect(server.seen.at(-1)?.headers["user-agent"]).toBe(LIMITS.userAgent);
  });

  it("follows redirects one by one and records each with its status", async () => {
    const page = await fetchPage(`${server.base}/moved`, LIMITS);
    expect(page.finalUrl).toBe(`${server.base}/article`);
    expect(page.redirects).toEqual([
      { url: `${server.base}/moved`, status: 301 },
      { url: `${server.base}/moved-again`, status: 302 },
    ]);
  });

  it("keeps a windows-1252 body byte for byte and reports the header's charset", async () => {
    const page = await fetchPage(`${server.base}/latin`, LIMITS);
    expect(page.charset).toBe("windows-1252");
    expect(page.bytes.includes(0x92)).toBe(true);
    expect(new WhatwgDecoder("windows-1252").decode(page.bytes)).toContain(LATIN_HEADLINE);
  });

  it.each([
    ["/missing", "answered 404 Not Found"],
    ["/data", "is `application/json`, not an HTML page"],
    ["/big", "larger than the 2048 bytes"],
    ["/big-unstated", "larger than the 2048 bytes"],
    ["/loop", "more than 10 redirects"],
    ["/to-ftp", "which is not an http or https URL"],
  ])("refuses %s: %s", async (path, message) => {
    const refused = fetchPage(`${server.base}${path}`, LIMITS);
    await expect(refused).rejects.toBeInstanceOf(FetchProblem);
    await expect(refused).rejects.toThrow(message);
  });

  it("gives up on a page that does not finish within the time limit", async () => {
    await expect(fetchPage(`${server.base}/slow`, { ...LIMITS, timeoutMs: 300 })).rejects.toThrow("no complete answer");
  });

  it("names a server that cannot be reached", async () => {
    const closed = await startPageServer();
    await closed.close();
    await expect(fetchPage(`${closed.base}/article`, LIMITS)).rejects.toThrow("could not be fetched");
  });
});

describe("isFetchableUrl", () => {
  it.each([
    ["https://example.org/a", true],
    ["http://example.org/", true],
    ["ftp://example.org/a", false],
    ["file:///etc/passwd", false],
    ["javascript:alert(1)", false],
    ["http//example.org", false],
  ])("%s → %s", (address, ok) => {
    expect(isFetchableUrl(address)).toBe(ok);
  });
});

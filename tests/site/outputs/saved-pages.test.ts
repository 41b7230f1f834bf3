import { describe, expect, it } from "vitest";
import { buildSiteData } from "../../../src/site/build-site-data";
import type { OriginalBytes, OriginalText } from "../../../src/site/site-data";
import type { ArticleRecord } from "../../../src/types";
import { makeRecord, readOriginals, TOPICS } from "../../helpers/records";

const PAGE = `<!doctype html><html><head><title>Harbour treaty</title><script>steal()</script></head>
<body><p onclick="steal()">The envoys signed. <a href="/world">World</a></p></body></html>`;

/** A saved page's record as ingestion makes it, with `canonical` as given (absent when undefined). */
function savedPage(slug: string, canonical?: string): ArticleRecord {
  const record = makeRecord({ slug, original: PAGE, headline: `Treaty ${slug}`, published: "2024-01-02" });
  const address =
    canonical === undefined ? {} : { canonical: { value: canonical, provenance: { kind: "unknown" as const, reason: "test" } } };
  return { ...record, file: `content/articles/${slug}.html`, format: "html", ...address };
}

const site = (records: ArticleRecord[], pathPrefix = "/") =>
  buildSiteData(records, TOPICS, { siteName: "Archive", pageSize: 10, pathPrefix }, readOriginals);
const files = (list: readonly (OriginalText | OriginalBytes)[]) => new Map(list.map((f) => [f.url, f]));
const text = (f: OriginalText | OriginalBytes | undefined) => (f !== undefined && "text" in f ? f.text : "");

describe("saved pages in the site data", () => {
  const records = [savedPage("saved", "https://gazette.example/news/treaty"), makeRecord({ slug: "plain", published: "2024-01-01" })];
  const data = site(records, "/p/");
  const article = (slug: string) => data.views.articles.find((a) => a.slug === slug);

  it("publishes a saved page as its snapshot page and its bytes, not as an original text", () => {
    expect(data.views.savedPages.map((f) => f.url)).toEqual(["/articles/saved/snapshot/", "/articles/saved/original.bin"]);
    expect(data.views.originals.map((f) => f.url)).toEqual(["/articles/plain/original.txt"]);
    const bytes = files(data.views.savedPages).get("/articles/saved/original.bin");
    expect(bytes !== undefined && "bytes" in bytes ? new TextDecoder().decode(bytes.bytes) : "").toBe(PAGE);
  });

  it("makes the snapshot page from the decoded page, its links resolved against its own address and with the path prefix", () => {
    const page = text(files(data.views.savedPages).get("/articles/saved/snapshot/"));
    expect(page).toContain('<a href="/p/articles/saved/">Back to the article: Treaty saved</a>');
    expect(page).toContain('<a href="/p/articles/saved/original.bin" download="saved.html">');
    expect(page).toContain('href="https://gazette.example/world"');
    expect(page).not.toMatch(/<script|onclick|steal/);
  });

  it("gives a saved page's article the frame, snapshot and download links with the path prefix, and no original text link", () => {
    expect(article("saved")?.originalUrl).toBeNull();
    expect(article("saved")?.savedPage).toEqual({
      snapshotUrl: "/p/articles/saved/snapshot/",
      frameTitle: "Archival snapshot of the saved page: Treaty saved",
      frame: { sandbox: "", referrerpolicy: "no-referrer", loading: "lazy" },
      downloadUrl: "/p/articles/saved/original.bin",
      downloadName: "saved.html",
    });
    expect(article("plain")?.originalUrl).toBe("/p/articles/plain/original.txt");
    expect(article("plain")?.savedPage).toBeNull();
  });

  it("links a saved page's bytes as its original in the JSON-LD and the JSON export", () => {
    expect(article("saved")?.jsonLd).toContain("/p/articles/saved/original.bin");
    const exported = data.views.exports.map((f) => f.text).join("\n");
    expect(exported).toContain("/p/articles/saved/original.bin");
    expect(exported).not.toContain("/articles/saved/original.txt");
  });

  it.each([
    ["no address", undefined],
    ["a javascript: address", "javascript:alert(1)"],
    ["an address that does not parse", "http://[bad"],
  ])("makes the snapshot of a page with %s without resolving its relative links", (_, canonical) => {
    const page = text(files(site([savedPage("odd", canonical)]).views.savedPages).get("/articles/odd/snapshot/"));
    expect(page).toContain("The envoys signed.");
    expect(page).not.toMatch(/href="[^"]*\/world"|javascript:/);
  });

  it("changes a saved page's files' sources when its headline changes", () => {
    const sources = (r: ArticleRecord) => JSON.stringify(site([r]).views.savedPages);
    const record = savedPage("saved", "https://gazette.example/news/treaty");
    expect(sources(record)).toBe(sources({ ...record }));
    expect(sources({ ...record, headline: "Another headline" })).not.toBe(sources(record));
  });
});

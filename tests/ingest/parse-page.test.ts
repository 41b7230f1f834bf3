import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { resolveSettings } from "../../src/config/settings";
import { crossFileChecks } from "../../src/ingest/cross-file";
import { parseSavedPageFile } from "../../src/ingest/parse-page";
import { listArticleFiles } from "../../src/load/list-files";
import { tempDirs } from "../helpers/folders";
import { makeRecord } from "../helpers/records";

const temp = tempDirs();
afterAll(temp.remove);

const ctx = { topics: [], settings: resolveSettings(), now: new Date("2026-01-01T00:00:00Z") };
const PAGE = `<!doctype html><html><head><meta charset="utf-8">
<title>Harbour reopens | Example News</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour reopens","datePublished":"2023-09-20T09:00:00+04:00","author":{"@type":"Person","name":"Jane Doe"},"publisher":{"name":"Example News"}}</script>
<link rel="canonical" href="https://news.example/harbour">
</head><body><header><a href="/">Example News</a></header><article><h1>Harbour reopens</h1>
<p>The harbour reopened on Wednesday after a six-month closure, officials said in a statement.</p>
<p>Ships queued outside the breakwater from early morning, and the first ferry docked at noon.</p>
<p>Local traders said the closure had cost them most of the summer season's business.</p>
</article></body></html>`;

function folderWith(files: Record<string, string>): string {
  const root = temp.make("saved-page");
  mkdirSync(join(root, "content/articles"), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, "content/articles", name), text);
  return root;
}

describe("a saved page with its sidecar", () => {
  it("reads the page's own statements, each with where it came from", () => {
    const root = folderWith({ "a.html": PAGE });
    const record = parseSavedPageFile(root, "content/articles/a.html", ctx).parsed?.record;
    expect(record).toMatchObject({
      format: "html",
      headline: "Harbour reopens",
      authors: ["Jane Doe"],
      published: "2023-09-20T09:00+04:00",
      source: "Example News",
    });
    expect(record?.provenance.published).toEqual({ kind: "page", from: "JSON-LD datePublished" });
    expect(record?.canonical).toEqual({ value: "https://news.example/harbour", provenance: { kind: "page", from: "link rel=canonical" } });
  });

  it("lets the sidecar's values override the page's, naming the sidecar and its line", () => {
    const root = folderWith({ "a.html": PAGE, "a.yml": "# corrected\nauthors: [Ann Roe]\ndate: 2023-09-21\n" });
    const record = parseSavedPageFile(root, "content/articles/a.html", ctx).parsed?.record;
    expect(record?.authors).toEqual(["Ann Roe"]);
    expect(record?.published).toBe("2023-09-21");
    expect(record?.provenance.authors).toEqual({ kind: "front-matter", key: "authors", line: 2, file: "content/articles/a.yml" });
    expect(record?.headline).toBe("Harbour reopens");
  });

  it("reports a sidecar error with the sidecar's file and line, and builds no record", () => {
    const root = folderWith({ "a.html": PAGE, "a.yml": "title: Fine\ntittle: Typo\n" });
    const parsed = parseSavedPageFile(root, "content/articles/a.html", ctx).parsed;
    expect(parsed?.record).toBeNull();
    expect(parsed?.diagnostics).toContainEqual(
      expect.objectContaining({ id: "front-matter-unknown-key", file: "content/articles/a.yml", line: 2 }),
    );
  });

  it("keys the parse cache by the sidecar's bytes too", () => {
    const root = folderWith({ "a.html": PAGE });
    const before = parseSavedPageFile(root, "content/articles/a.html", ctx).sha1;
    writeFileSync(join(root, "content/articles/a.yml"), "title: Another\n");
    const after = parseSavedPageFile(root, "content/articles/a.html", ctx).sha1;
    expect(after).not.toBe(before);
  });

  it("lists a sidecar as no article, and reports one without its page", async () => {
    const root = folderWith({ "a.html": PAGE, "a.yml": "title: X\n", "b.yml": "title: Y\n", "c.txt": "Text" });
    const listing = await listArticleFiles(root, "content/articles");
    expect(listing.articles).toEqual(["content/articles/a.html", "content/articles/c.txt"]);
    expect(listing.diagnostics).toEqual([expect.objectContaining({ id: "sidecar-without-page", file: "content/articles/b.yml" })]);
  });
});

describe("duplicate canonical addresses", () => {
  it("reports two files with one canonical address as duplicates, each naming the other", () => {
    const canonical = { value: "https://news.example/a", provenance: { kind: "page", from: "link rel=canonical" } } as const;
    const records = [
      makeRecord({ slug: "a", file: "content/articles/a.html", body: ["One body."], canonical }),
      makeRecord({ slug: "b", file: "content/articles/b.html", body: ["Another body."], canonical }),
      makeRecord({ slug: "c", file: "content/articles/c.txt", body: ["A third body."] }),
    ];
    const { diagnostics, rejected } = crossFileChecks(records, "content/articles");
    expect(diagnostics.map((d) => [d.id, d.file])).toEqual([
      ["duplicate-canonical-url", "content/articles/a.html"],
      ["duplicate-canonical-url", "content/articles/b.html"],
    ]);
    expect([...rejected].sort()).toEqual(["content/articles/a.html", "content/articles/b.html"]);
  });
});

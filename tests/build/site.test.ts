import { existsSync, readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listFileTree } from "../../src/util/file-tree";
import { validateSite } from "../helpers/html-validate";
import { checkLinks } from "../helpers/link-check";
import { runBuild, tempDir, type BuildRun } from "../helpers/run-build";
import { builtHere, outcomeReport, type Built } from "../helpers/build-here";

const FIXTURE = "tests/fixtures/site/good";
const made: string[] = [];
const dir = (prefix: string): string => {
  const d = tempDir(prefix);
  made.push(d);
  return d;
};
afterAll(async () => {
  await Promise.all(made.map((d) => rm(d, { recursive: true, force: true })));
});

const read = (root: string, file: string): string => readFileSync(join(root, file), "utf8");

interface ExportedArticle {
  readonly url: string;
  readonly published: string | null;
  readonly source: string | null;
}

/** Every article of the JSON export, read through its index (`api/articles.json`) from the files it lists. */
const exportedArticles = (root: string): ExportedArticle[] =>
  (JSON.parse(read(root, "api/articles.json")) as { parts: { url: string }[] }).parts.flatMap(
    (p) => (JSON.parse(read(root, new URL(p.url).pathname)) as { articles: ExportedArticle[] }).articles,
  );

describe("the build of the fixture content", () => {
  let out: string;
  let built: Built;
  /** The same build by the build command, in a process of its own in another time zone. */
  let again: string;
  let run: BuildRun;
  beforeAll(async () => {
    out = join(dir("site-a"), "out");
    built = await builtHere({ root: FIXTURE, out, pageSize: 2 });
    again = join(dir("site-b"), "out");
    run = runBuild(["--root", FIXTURE, "--out", again, "--page-size", "2"], { TZ: "Pacific/Kiritimati" });
  });

  it("builds 6 articles of 7 files, one undated, with no error", () => {
    expect(outcomeReport(built)).not.toMatch(/ error /);
    expect([built.site.data.stats.articles, built.ingest.files.length]).toEqual([6, 7]);
    expect(built.site.data.stats.undated).toBe(1);
    expect(built.site.files.filter((f) => f.endsWith(".html")).length).toBeGreaterThan(0);
  });

  it("by the build command, exits 0 and prints the summary", () => {
    expect(run.stderr).not.toMatch(/ error /);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/articles\s+6 \(of 7 files in content\)/);
    expect(run.stdout).toMatch(/undated\s+1\n/);
    expect(run.stdout).toMatch(/pages written\s+\d+ HTML/);
    expect(run.stdout).toMatch(/time taken\s+[\d.]+ s/);
  });

  it.each([
    ["home", "index.html"],
    ["article", "articles/envoys-meet-for-round-1-of-talks/index.html"],
    ["original text", "articles/envoys-meet-for-round-1-of-talks/original.txt"],
    ["topics index", "topics/index.html"],
    ["topic page", "topics/diplomacy/index.html"],
    ["second page of a topic", "topics/diplomacy/page/2/index.html"],
    ["topic's year", "topics/diplomacy/2024/index.html"],
    ["topic's month (its year holds more than a page)", "topics/diplomacy/2024/01/index.html"],
    ["source's feed", "sources/example-wire/feed.xml"],
    ["author's feed", "authors/ana-example/feed.xml"],
    ["archive index", "archive/index.html"],
    ["year", "archive/2024/index.html"],
    ["month", "archive/2024/01/index.html"],
    ["undated", "archive/undated/index.html"],
    ["404", "404.html"],
    ["stylesheet", "assets/site.css"],
  ])("writes the %s page", (_kind, file) => {
    expect(existsSync(join(out, file))).toBe(true);
  });

  it("publishes no page, feed or sitemap entry for a topic no article has", () => {
    expect(listFileTree(out).filter((f) => f.startsWith("topics/unused/"))).toEqual([]);
    expect(read(out, "sitemap.xml")).not.toContain("/topics/unused/");
    expect(read(out, "topics/index.html")).not.toContain("Unused topic");
  });

  it("leaves drafts out", async () => {
    expect(listFileTree(out).filter((f) => f.includes("draft"))).toEqual([]);
  });

  it("resolves every internal link and asset", async () => {
    expect(await checkLinks(out)).toEqual([]);
  });

  it("passes html-validate on every page, hostile headlines included", async () => {
    expect(await validateSite(out)).toEqual([]);
  });

  it("gives every HTML page a language, a title, one h1, a main and the site navigation", async () => {
    for (const page of listFileTree(out).filter((f) => f.endsWith(".html"))) {
      const html = read(out, page);
      expect(html, page).toContain('<html lang="en">');
      expect(html, page).toMatch(/<title>[^<]+<\/title>/);
      expect(html.match(/<h1[\s>]/g)?.length, page).toBe(1);
      expect(html.match(/<main[\s>]/g)?.length, page).toBe(1);
      expect(html, page).toContain('href="#main"');
      for (const href of ['href="/"', 'href="/topics/"', 'href="/archive/"']) expect(html, page).toContain(href);
    }
  });

  it("escapes a <script> headline and summary everywhere", async () => {
    const pages = listFileTree(out).filter((f) => f.endsWith(".html"));
    const all = pages.map((p) => read(out, p)).join("\n");
    // The only scripts are the templates' own: structured data and the search page's UI.
    const scripts = all.match(/<script[^>]*>/g) ?? [];
    for (const tag of scripts) {
      expect(tag).toMatch(
        /^<script (?:type="application\/ld\+json"|src="\/(?:pagefind\/[0-9a-f]{16}\/pagefind-ui|assets\/search)\.js" defer)>$/,
      );
    }
    // Structured data carries the headline with < escaped, so it cannot close its element.
    expect(all).toContain("\\u003cscript\\u003ealert('headline')\\u003c/script\\u003e");
    expect(all.match(/<\/script>/g)?.length).toBe(scripts.length);
    expect(all).not.toContain("<em>markup</em>");
    expect(all).toContain("&lt;script&gt;alert(&#39;headline&#39;)&lt;/script&gt; &amp; other &lt;b&gt;tags&lt;/b&gt;");
  });

  it("publishes the original text byte for byte", () => {
    const source = readFileSync(join(FIXTURE, "content/articles/script-headline.md"), "utf8");
    expect(read(out, "articles/script-headline/original.txt")).toBe(source);
  });

  it("says plainly what is unknown", () => {
    const undated = read(out, "archive/undated/index.html");
    expect(undated).toContain("A note with no date");
    expect(undated).toContain("Date unknown");
    expect(undated).toContain("Source unknown");
  });

  it("writes byte-identical output when built twice, in this process and by the build command", async () => {
    expect(run.status).toBe(0);
    const files = listFileTree(out);
    expect(listFileTree(again)).toEqual(files);
    for (const f of files) expect(readFileSync(join(again, f)).equals(readFileSync(join(out, f))), f).toBe(true);
  });
});

describe("a build of content with an error", () => {
  it("with --strict exits non-zero, names the file and line, and writes no site", () => {
    const out = join(dir("site-broken"), "out");
    const run = runBuild(["--root", "tests/fixtures/site/broken", "--out", out, "--strict"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/content\/articles\/bad-date\.md:\d+:\d+: error/);
    expect(run.stderr).toMatch(/\nBuild failed: 1 error in 1 file \(--strict: any error stops the build\)\. No site was written\.\n$/);
    expect(run.stdout).toBe("");
    expect(existsSync(out)).toBe(false);
  });
});

describe("the build of the real content", () => {
  let out: string;
  beforeAll(async () => {
    out = join(dir("site-real"), "out");
    expect(outcomeReport(await builtHere({ out }))).not.toMatch(/ error /);
  });

  it("succeeds with every internal link resolving", async () => {
    expect(existsSync(join(out, "index.html"))).toBe(true);
    expect(await checkLinks(out)).toEqual([]);
  });

  it("passes html-validate on every page", async () => {
    expect(await validateSite(out)).toEqual([]);
  });

  it.each([
    ["the whole archive's feed", "feed.xml"],
    ["a topic feed", "topics/azerbaijan/feed.xml"],
    ["the JSON export", "api/articles.json"],
    ["the sitemap", "sitemap.xml"],
    ["robots.txt", "robots.txt"],
  ])("publishes %s", (_what, file) => {
    expect(existsSync(join(out, file))).toBe(true);
  });

  it("publishes every search index shard the search page loads, and nothing else under pagefind/", async () => {
    const page = read(out, "search/index.html");
    const bundles = JSON.parse((/data-bundles="([^"]*)"/.exec(page)?.[1] ?? "").replaceAll("&quot;", '"')) as string[];
    expect(bundles.length).toBeGreaterThanOrEqual(1);
    for (const bundle of bundles) expect(existsSync(join(out, bundle, "pagefind-entry.json")), bundle).toBe(true);
    const script = /<script src="([^"]*pagefind-ui\.js)"/.exec(page)?.[1] ?? "";
    expect(script.startsWith(bundles[0] ?? "?")).toBe(true);
    expect(existsSync(join(out, script))).toBe(true);
    const folders = new Set(
      listFileTree(out)
        .filter((f) => f.startsWith("pagefind/"))
        .map((f) => `/${f.split("/").slice(0, 2).join("/")}/`),
    );
    expect([...folders].sort()).toEqual([...bundles].sort());
  });

  it("exports every record as JSON with absolute URLs, one file per year listed by api/articles.json", () => {
    const index = JSON.parse(read(out, "api/articles.json")) as { count: number; parts: { url: string; count: number }[] };
    const articles = exportedArticles(out);
    expect(index.count).toBe(articles.length);
    expect(index.parts.length).toBeGreaterThanOrEqual(1);
    expect(articles.length).toBeGreaterThanOrEqual(5);
    for (const a of articles) expect(a.url).toMatch(/^https:\/\/example\.org\/articles\/[a-z0-9-]+\/$/);
  });

  it("gives article pages NewsArticle JSON-LD that parses and invents nothing", async () => {
    const pages = listFileTree(out).filter((f) => /^articles\/[^/]+\/index\.html$/.test(f));
    for (const page of pages) {
      const json = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(read(out, page))?.[1];
      expect(json, page).toBeDefined();
      const ld = JSON.parse(json ?? "") as Record<string, unknown>;
      expect(ld["@type"]).toBe("NewsArticle");
      expect(ld["isBasedOn"]).toMatch(/\/original\.txt$/);
      const record = exportedArticles(out).find((a) => a.url === ld["url"]);
      expect(record, page).toBeDefined();
      expect(ld["datePublished"]).toBe(record?.published ?? undefined);
      expect(ld["publisher"] === undefined).toBe(record?.source === null);
    }
  });
});

describe("the real content built under a path prefix", () => {
  let out: string;
  beforeAll(async () => {
    out = join(dir("site-prefix"), "out");
    const built = await builtHere({ out, env: { PATH_PREFIX: "/archive/", SITE_URL: "https://news.example.net" } });
    expect(outcomeReport(built)).not.toMatch(/ error /);
  });

  it("resolves every internal link and asset below the prefix", async () => {
    expect(await checkLinks(out, "/archive/")).toEqual([]);
  });

  it("prefixes every root-relative link", async () => {
    for (const page of listFileTree(out).filter((f) => f.endsWith(".html"))) {
      const html = read(out, page);
      expect(html.match(/\s(?:href|src)="\/(?!archive\/)[^"]*"/g) ?? [], page).toEqual([]);
    }
  });

  it("uses SITE_URL and the prefix for absolute URLs in feeds, the sitemap and page metadata", () => {
    expect(read(out, "feed.xml")).toContain(
      '<link rel="self" type="application/atom+xml" href="https://news.example.net/archive/feed.xml"/>',
    );
    expect(read(out, "sitemap.xml")).toContain("<loc>https://news.example.net/archive/</loc>");
    expect(read(out, "robots.txt")).toContain("Sitemap: https://news.example.net/archive/sitemap.xml");
    expect(read(out, "index.html")).toContain('<link rel="canonical" href="https://news.example.net/archive/">');
    const xml = [read(out, "feed.xml"), read(out, "sitemap.xml")].join("\n");
    expect(xml.match(/(?:href="|<loc>|<id>)(?!https:\/\/news\.example\.net\/archive\/)[^"<]*/g) ?? []).toEqual([]);
  });
});

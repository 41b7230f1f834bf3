import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ArticleRecord } from "../../src/types";
import * as urls from "../../src/site/urls";
import { builtHere, type Built } from "../helpers/build-here";
import { tempDirs } from "../helpers/folders";

/**
 * An archive moved here as it was: Hugo posts in YAML and TOML, Jekyll posts (offsets, dates in
 * file names, `author`, space-separated `categories`) and an Eleventy post, in one content folder
 * with a settings file (`tests/fixtures/site/migrated`). It must build under `--strict` with each
 * record as written, and every output must carry the instant the post states.
 */
const dirs = tempDirs();
afterAll(() => dirs.remove());

describe("an archive moved from Hugo, Jekyll and Eleventy", () => {
  let out: string;
  let built: Built;
  const read = (url: string): string => readFileSync(join(out, url.endsWith("/") ? `${url}index.html` : url), "utf8");
  const record = (file: string): ArticleRecord => {
    const found = built.ingest.records.find((r) => r.file === `content/articles/${file}`);
    if (found === undefined) throw new Error(`no record for ${file}`);
    return found;
  };
  beforeAll(async () => {
    out = join(dirs.make("migrated"), "out");
    built = await builtHere({ root: "tests/fixtures/site/migrated", out, strict: true });
  });

  it("builds under --strict with no error and no warning, only notes on the keys it ignores", () => {
    expect(built.ingest.diagnostics.filter((d) => d.severity !== "note")).toEqual([]);
    expect(built.ingest.records).toHaveLength(5);
    const ignored = built.ingest.diagnostics.filter((d) => d.id === "front-matter-key-ignored").map((d) => `${d.file}:${d.line}`);
    expect(ignored).toContain("content/articles/jekyll/_posts/2022-11-03-river-levels-fall.markdown:2");
    expect(ignored).toContain("content/articles/hugo/ceasefire-talks.md:12");
  });

  it.each([
    [
      "hugo/ceasefire-talks.md",
      "2024-03-05T14:00+05:30",
      "2024-03-06T09:15+05:30",
      ["Priya Raman"],
      ["diplomacy", "peace-keeping", "world"],
    ],
    ["hugo/port-strike.md", "2024-05-14T06:02-04:00", null, ["Daniel Ortiz", "Mei Chen"], ["labour", "shipping"]],
    ["jekyll/_posts/2022-11-03-river-levels-fall.markdown", "2022-11-03T14:05+01:00", null, ["Sam Okafor"], ["environment", "weather"]],
    ["jekyll/_posts/2019-05-14-council-approves-budget.md", "2019-05-14", null, ["Ana Lima"], ["local"]],
    ["eleventy/library-reopens.md", "2023-09-01T09:30", null, [], ["local", "libraries"]],
  ])("reads %s as written", (file, published, updated, authors, topics) => {
    const r = record(file);
    expect(r.published).toBe(published);
    expect(r.updated).toBe(updated);
    expect(r.authors).toEqual(authors);
    expect(r.topics).toEqual(topics);
  });

  it("dates a Jekyll post without a date by its file name, and says so", () => {
    expect(record("jekyll/_posts/2019-05-14-council-approves-budget.md").provenance.published).toMatchObject({
      kind: "inferred",
      rule: "file-name",
    });
  });

  it("names the keys as the editor wrote them in provenance", () => {
    expect(record("hugo/ceasefire-talks.md").provenance.updated).toMatchObject({ kind: "front-matter", key: "lastmod" });
    expect(record("jekyll/_posts/2022-11-03-river-levels-fall.markdown").provenance.topics).toMatchObject({
      kind: "front-matter",
      key: "categories",
    });
  });

  it("gives the feed, JSON-LD and the JSON export the instant with the written offset", () => {
    const feed = read(urls.feedUrl());
    expect(feed).toContain("<published>2024-03-05T14:00:00+05:30</published>");
    expect(feed).toContain("<published>2024-05-14T06:02:00-04:00</published>");
    expect(feed).toContain("<published>2022-11-03T14:05:00+01:00</published>");
    // No offset written: a wall-clock time in the site's zone (Europe/Berlin, summer time).
    expect(feed).toContain("<published>2023-09-01T09:30:00+02:00</published>");

    const page = read(urls.articleUrl(record("hugo/port-strike.md").slug));
    expect(page).toContain('"datePublished":"2024-05-14T06:02:00-04:00"');
    expect(page).toMatch(/<time datetime="2024-05-14T06:02-04:00"[^>]*>14 May 2024, 06:02 \(UTC-04:00\)<\/time>/);

    const part = JSON.parse(read(urls.articlesJsonPartUrl("2024"))) as { articles: { file?: string; slug: string; published: string }[] };
    const published = part.articles.map((a) => a.published).sort();
    expect(published).toEqual(["2024-03-05T14:00:00+05:30", "2024-05-14T06:02:00-04:00"]);
  });

  it("creates the topics the posts name that the taxonomy lacks, each with its page", () => {
    const created = built.ingest.createdTopics.map((c) => [c.topic.slug, c.topic.label]);
    expect(created).toContainEqual(["peace-keeping", "Peace Keeping"]);
    expect(created).toContainEqual(["libraries", "Libraries"]);
    expect(created.map(([slug]) => slug)).not.toContain("diplomacy");
    expect(read(urls.topicUrl("peace-keeping"))).toContain("Ceasefire talks resume in Doha");
  });

  it("redirects a post's Hugo alias to its page", () => {
    const target = urls.articleUrl(record("hugo/ceasefire-talks.md").slug);
    const redirect = read("/posts/2024/ceasefire-talks/");
    expect(redirect).toContain(`<link rel="canonical" href="https://news.example.com${target}">`);
    expect(read("/_redirects")).toContain(`/posts/2024/ceasefire-talks/ ${target} 301`);
  });

  it("prints template tags in a body as text, never running them", () => {
    const page = read(urls.articleUrl(record("eleventy/library-reopens.md").slug));
    expect(page).toContain("{{ 11 }} months");
    expect(page).toMatch(/<p>\{% include (&quot;|")note\.njk(&quot;|") %\} stays text\.<\/p>/);
  });
});

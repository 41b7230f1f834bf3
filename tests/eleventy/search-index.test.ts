import { existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { searchShards } from "../../src/archive/search-shards";
import type { ArticleView } from "../../src/archive/site-data";
import { SearchIndexBuild, updateSearchIndex } from "../../src/eleventy/search-index";
import { tempDirs } from "../helpers/folders";

const temp = tempDirs();
afterAll(temp.remove);

const view = (slug: string, year: string): ArticleView =>
  ({ slug, url: `/articles/${slug}/`, heading: `Headline ${slug}`, published: { datetime: `${year}-01-01`, label: year }, topics: [], source: null, filterYear: year }) as unknown as ArticleView;
const articles = [view("c", "2023"), view("b", "2022"), view("a", "2021")];
const records = (edited = "") => articles.map((a) => ({ slug: a.slug, highlights: [], body: [`Body of ${a.slug}.${a.slug === edited ? " Edited." : ""}`] }));

describe("updateSearchIndex (the dev server's index, updated in place)", () => {
  const out = join(temp.make("search-update"), "_site");
  const folders = () => readdirSync(join(out, "pagefind")).sort();

  it("indexes every shard into an empty folder", async () => {
    const shards = searchShards(articles, records(), "/", 2);
    expect(await updateSearchIndex(shards, out)).toEqual({ indexed: 2, kept: 0, removed: 0 });
    expect(folders()).toEqual(shards.map((s) => s.key).sort());
    for (const s of shards) expect(existsSync(join(out, "pagefind", s.key, "pagefind-entry.json"))).toBe(true);
  });

  it("indexes only the shard whose article changed, keeps the other and removes the old one and strays", async () => {
    const before = searchShards(articles, records(), "/", 2);
    const kept = join(out, "pagefind", before[0]?.key ?? "?", "pagefind-entry.json");
    const keptTime = statSync(kept).mtimeMs;
    mkdirSync(join(out, "pagefind", "stray"));
    const after = searchShards(articles, records("c"), "/", 2);
    expect(after[0]?.key).toBe(before[0]?.key);
    expect(await updateSearchIndex(after, out)).toEqual({ indexed: 1, kept: 1, removed: 2 });
    expect(folders()).toEqual(after.map((s) => s.key).sort());
    expect(statSync(kept).mtimeMs).toBe(keptTime);
    expect(readdirSync(join(out, "..")).filter((n) => n.includes("-search-"))).toEqual([]);
  });
});

describe("SearchIndexBuild (the build's index, made beside the output folder)", () => {
  it("indexes every shard when it starts with one indexer and adds more at finish", async () => {
    const out = join(temp.make("search-build"), "_site");
    const shards = searchShards(articles, records(), "/", 1);
    const build = await SearchIndexBuild.start(shards, out, { workers: 1 });
    mkdirSync(out, { recursive: true });
    expect(await build.finish(out)).toEqual({ shards: 3, kept: 0 });
    expect(readdirSync(join(out, "pagefind")).sort()).toEqual(shards.map((s) => s.key).sort());
    for (const s of shards) expect(existsSync(join(out, "pagefind", s.key, "pagefind-entry.json"))).toBe(true);
  });
});

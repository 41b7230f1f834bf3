import { existsSync, mkdirSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { searchShards } from "../../src/site/search-shards";
import { SearchIndexBuild, updateSearchIndex } from "../../src/search/search-index";
import { tempDirs } from "../helpers/folders";

const temp = tempDirs();
afterAll(temp.remove);

const record = (slug: string, year: string, edited: boolean) => ({
  slug,
  headline: `Headline ${slug}`,
  published: `${year}-01-01`,
  topics: [],
  source: null,
  authors: [],
  byline: null,
  highlights: [],
  body: [`Body of ${slug}.${edited ? " Edited." : ""}`],
});
const records = (edited = "") => [
  record("c", "2023", edited === "c"),
  record("b", "2022", edited === "b"),
  record("a", "2021", edited === "a"),
];

describe("updateSearchIndex (the dev server's index, updated in place)", () => {
  const out = join(temp.make("search-update"), "_site");
  const folders = () => readdirSync(join(out, "pagefind")).sort();

  it("indexes every shard into an empty folder", async () => {
    const shards = searchShards(records(), [], "/", 2);
    expect(await updateSearchIndex(shards, out)).toEqual({ indexed: 2, kept: 0, removed: 0 });
    expect(folders()).toEqual(shards.map((s) => s.key).sort());
    for (const s of shards) expect(existsSync(join(out, "pagefind", s.key, "pagefind-entry.json"))).toBe(true);
  });

  it("indexes only the shard whose article changed, keeps the other and removes the old one and strays", async () => {
    const before = searchShards(records(), [], "/", 2);
    const kept = join(out, "pagefind", before[0]?.key ?? "?", "pagefind-entry.json");
    const keptTime = statSync(kept).mtimeMs;
    mkdirSync(join(out, "pagefind", "stray"));
    const after = searchShards(records("c"), [], "/", 2);
    expect(after[0]?.key).toBe(before[0]?.key);
    expect(await updateSearchIndex(after, out)).toEqual({ indexed: 1, kept: 1, removed: 2 });
    expect(folders()).toEqual(after.map((s) => s.key).sort());
    expect(statSync(kept).mtimeMs).toBe(keptTime);
    expect(readdirSync(join(out, "..")).filter((n) => n.includes("-search-"))).toEqual([]);
  });
});

describe("SearchIndexBuild (the build's index, made in the staging folder)", () => {
  it("indexes every shard when it starts with one indexer and adds more at finish", async () => {
    const dir = temp.make("search-build");
    const out = join(dir, "staging");
    const shards = searchShards(records(), [], "/", 1);
    const output = { target: join(dir, "_site"), folder: out, keepFolder: () => false };
    const build = await SearchIndexBuild.start(shards, output, { workers: 1 });
    expect(await build.finish()).toEqual({ shards: 3, kept: 0 });
    expect(readdirSync(join(out, "pagefind")).sort()).toEqual(shards.map((s) => s.key).sort());
    for (const s of shards) expect(existsSync(join(out, "pagefind", s.key, "pagefind-entry.json"))).toBe(true);
  });
});

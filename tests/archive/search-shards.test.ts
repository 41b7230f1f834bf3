import { describe, expect, it } from "vitest";
import { searchShards } from "../../src/archive/search-shards";
import type { ArticleView } from "../../src/archive/site-data";

const view = (slug: string, year: string | null, extra: Partial<ArticleView> = {}): ArticleView =>
  ({
    slug,
    url: `/articles/${slug}/`,
    heading: `Headline of ${slug}`,
    published: year === null ? null : { datetime: `${year}-01-01`, label: year },
    topics: [{ href: "/topics/floods/", label: "Floods" }],
    source: { href: "/sources/the-paper/", label: "The Paper" },
    filterYear: year,
    ...extra,
  }) as ArticleView;

const record = (slug: string) => ({ slug, highlights: [], body: [`Body of ${slug}.`] });

/** Site order: newest first, undated last. */
const articles = [view("e", "2025"), view("d", "2024"), view("c", "2023"), view("b", "2022"), view("a", "2021"), view("u1", null), view("u2", null)];
const records = articles.map((a) => record(a.slug));
const slugsOf = (shard: { documents: () => readonly { url: string }[] }) => shard.documents().map((d) => d.url.split("/")[2]);

describe("searchShards", () => {
  it("cuts runs of the shard size, oldest first, undated last", () => {
    expect(searchShards(articles, records, "/", 3).map(slugsOf)).toEqual([["a", "b", "c"], ["d", "e", "u1"], ["u2"]]);
    expect(searchShards(articles, records, "/", 100).map(slugsOf)).toEqual([["a", "b", "c", "d", "e", "u1", "u2"]]);
  });

  it("makes the shards once for the same views, records and settings", () => {
    const first = searchShards(articles, records, "/", 3);
    expect(searchShards(articles, records, "/", 3)).toBe(first);
    expect(searchShards(articles, records, "/", 2)).not.toBe(first);
    expect(searchShards(articles, records, "/archive/", 3)).not.toBe(first);
    expect(searchShards(articles, [...records], "/", 3)).not.toBe(first);
  });

  it("always has a shard, empty for an empty archive", () => {
    const shards = searchShards([], [], "/", 3);
    expect(shards).toHaveLength(1);
    expect(shards[0]?.documents()).toEqual([]);
  });

  it("names each shard's folder by a hash of its documents", () => {
    const shards = searchShards(articles, records, "/", 3);
    for (const s of shards) expect(s.folder).toBe(`/pagefind/${s.key}/`);
    expect(new Set(shards.map((s) => s.key)).size).toBe(3);
    expect(shards.every((s) => /^[0-9a-f]{16}$/.test(s.key))).toBe(true);
  });

  it("leaves older shards' keys alone when a newer article is added, and changes the shard that gets it", () => {
    const before = searchShards(articles, records, "/", 3);
    const added = view("f", "2026");
    const after = searchShards([added, ...articles], [...records, record("f")], "/", 3);
    expect(after[0]?.key).toBe(before[0]?.key);
    expect(after[1]?.key).not.toBe(before[1]?.key);
  });

  it("changes a shard's key when any indexed text of one of its articles changes", () => {
    const before = searchShards(articles, records, "/", 3);
    const edited = records.map((r) => (r.slug === "b" ? { ...r, body: ["Body of b, corrected."] } : r));
    const after = searchShards(articles, edited, "/", 3);
    expect(after.map((s, i) => s.key === before[i]?.key)).toEqual([false, true, true]);
    const retitled = searchShards(articles.map((a) => (a.slug === "u2" ? { ...a, heading: "New headline" } : a)), records, "/", 3);
    expect(retitled.map((s, i) => s.key === before[i]?.key)).toEqual([true, true, false]);
  });

  it("indexes headline, highlights and body, escaped, with the page's filters, under the path prefix", () => {
    const docs = searchShards(
      [view("b", null, { source: null, topics: [] }), view("a", "2024")],
      [
        { slug: "b", highlights: [], body: ["Only paragraph."] },
        { slug: "a", highlights: ["Key point."], body: ["First <b>paragraph</b>.", "Second."] },
      ],
      "/archive/",
      10,
    )[0]?.documents();
    expect(docs).toEqual([
      {
        url: "/archive/articles/a/",
        content: "Headline of a\nKey point.\nFirst &lt;b&gt;paragraph&lt;/b&gt;.\nSecond.",
        language: "en",
        meta: { title: "Headline of a" },
        filters: { topic: ["Floods"], source: ["The Paper"], year: ["2024"] },
      },
      {
        url: "/archive/articles/b/",
        content: "Headline of b\nOnly paragraph.",
        language: "en",
        meta: { title: "Headline of b" },
        filters: { topic: [], source: [], year: [] },
      },
    ]);
  });

  it("refuses a shard size that is not a positive whole number, and a page without a record", () => {
    expect(() => searchShards(articles, records, "/", 0)).toThrow(TypeError);
    expect(() => searchShards(articles, records, "/", 2.5)).toThrow(TypeError);
    expect(() => searchShards([view("x", "2020")], [], "/", 3)).toThrow(/No record for the article page \/articles\/x\//);
  });
});

import { describe, expect, it } from "vitest";
import { buildSiteData } from "../../src/site/build-site-data";
import { searchShards } from "../../src/site/search-shards";
import { escapeXml } from "../../src/site/outputs/xml";
import { readOriginals, sampleRecords, TOPICS } from "../helpers/records";

const topics = [
  { slug: "floods", label: "Floods" },
  { slug: "law", label: "Law & order" },
];

interface TestRecord {
  slug: string;
  headline: string;
  published: string | null;
  topics: string[];
  source: string | null;
  authors: string[];
  byline: string | null;
  highlights: string[];
  body: string[];
}

const record = (slug: string, year: string | null, extra: Partial<TestRecord> = {}): TestRecord => ({
  slug,
  headline: `Headline of ${slug}`,
  published: year === null ? null : `${year}-01-01`,
  topics: ["floods"],
  source: "The Paper",
  authors: [],
  byline: null,
  highlights: [],
  body: [`Body of ${slug}.`],
  ...extra,
});

/** In no particular order: the shards put them in order. */
const records = [
  record("u2", null),
  record("c", "2023"),
  record("a", "2021"),
  record("e", "2025"),
  record("u1", null),
  record("b", "2022"),
  record("d", "2024"),
];
const slugsOf = (shard: { documents: () => readonly { url: string }[] }) => shard.documents().map((d) => d.url.split("/")[2]);

describe("searchShards", () => {
  it("cuts runs of the shard size, oldest first, undated last (by slug)", () => {
    expect(searchShards(records, topics, "/", 3).map(slugsOf)).toEqual([["a", "b", "c"], ["d", "e", "u1"], ["u2"]]);
    expect(searchShards(records, topics, "/", 100).map(slugsOf)).toEqual([["a", "b", "c", "d", "e", "u1", "u2"]]);
  });

  it("makes the shards once for the same records, taxonomy and settings", () => {
    const first = searchShards(records, topics, "/", 3);
    expect(searchShards(records, topics, "/", 3)).toBe(first);
    expect(searchShards(records, topics, "/", 2)).not.toBe(first);
    expect(searchShards(records, topics, "/archive/", 3)).not.toBe(first);
    expect(searchShards(records, [...topics], "/", 3)).not.toBe(first);
    expect(searchShards([...records], topics, "/", 3)).not.toBe(first);
    expect(searchShards([...records], topics, "/", 3).map((s) => s.key)).toEqual(first.map((s) => s.key));
  });

  it("always has a shard, empty for an empty archive", () => {
    const shards = searchShards([], topics, "/", 3);
    expect(shards).toHaveLength(1);
    expect(shards[0]?.documents()).toEqual([]);
  });

  it("names each shard's folder by a hash of its documents", () => {
    const shards = searchShards(records, topics, "/", 3);
    for (const s of shards) expect(s.folder).toBe(`/pagefind/${s.key}/`);
    expect(new Set(shards.map((s) => s.key)).size).toBe(3);
    expect(shards.every((s) => /^[0-9a-f]{16}$/.test(s.key))).toBe(true);
  });

  it("leaves older shards' keys alone when a newer article is added, and changes the shard that gets it", () => {
    const before = searchShards(records, topics, "/", 3);
    const after = searchShards([record("f", "2026"), ...records], topics, "/", 3);
    expect(after[0]?.key).toBe(before[0]?.key);
    expect(after[1]?.key).not.toBe(before[1]?.key);
  });

  it("changes a shard's key when any indexed text of one of its articles changes", () => {
    const before = searchShards(records, topics, "/", 3);
    const edit = (slug: string, change: Partial<TestRecord>) => records.map((r) => (r.slug === slug ? { ...r, ...change } : r));
    const same = (list: readonly TestRecord[], labels = topics) =>
      searchShards(list, labels, "/", 3).map((s, i) => s.key === before[i]?.key);
    expect(same(edit("b", { body: ["Body of b, corrected."] }))).toEqual([false, true, true]);
    expect(same(edit("u2", { headline: "New headline" }))).toEqual([true, true, false]);
    expect(same(edit("d", { source: "Another Paper" }))).toEqual([true, false, true]);
    expect(same(edit("c", { authors: ["Jane Doe"] }))).toEqual([false, true, true]);
    expect(same(edit("a", { topics: ["floods", "law"] }))).toEqual([false, true, true]);
    // A topic relabelled in the taxonomy changes every shard that shows it.
    expect(same(records, [{ slug: "floods", label: "Flooding" }, topics[1]!])).toEqual([false, false, false]);
  });

  it("indexes headline, highlights and body, escaped, with the page's filters, under the path prefix", () => {
    const docs = searchShards(
      [
        record("b", null, { source: null, topics: [], body: ["Only paragraph."] }),
        record("a", "2024", {
          topics: ["law", "floods"],
          authors: ["Jane Doe", "John Roe"],
          highlights: ["Key point."],
          body: ["First <b>paragraph</b>.", "Second."],
        }),
      ],
      topics,
      "/archive/",
      10,
    )[0]?.documents();
    expect(docs).toEqual([
      {
        url: "/archive/articles/a/",
        content: "Headline of a\nKey point.\nFirst &lt;b&gt;paragraph&lt;/b&gt;.\nSecond.",
        language: "en",
        meta: { title: "Headline of a", published: "1 January 2024", source: "The Paper", author: "Jane Doe and John Roe" },
        filters: { topic: ["Law &amp; order", "Floods"], source: ["The Paper"], author: ["Jane Doe", "John Roe"], year: ["2024"] },
        sort: { date: "2024-01-01" },
      },
      {
        url: "/archive/articles/b/",
        content: "Headline of b\nOnly paragraph.",
        language: "en",
        meta: { title: "Headline of b", published: "unknown", source: "unknown", author: "unknown" },
        filters: { topic: [], source: ["Source unknown"], author: [], year: ["Undated"] },
        sort: { date: "0000-00-00" },
      },
    ]);
  });

  it("gives a source one filter value whether its file spelled it in NFC or NFD, with one space or several", () => {
    const nfd = "Le  Caf\u0065\u0301 ";
    const docs = searchShards(
      [record("a", "2024", { source: "Le Caf\u00e9" }), record("b", "2024", { source: nfd })],
      topics,
      "/",
      10,
    )[0]?.documents();
    expect(docs?.map((d) => d.filters.source)).toEqual([["Le Caf\u00e9"], ["Le Caf\u00e9"]]);
  });

  it("refuses a shard size that is not a positive whole number, and a topic the taxonomy lacks", () => {
    expect(() => searchShards(records, topics, "/", 0)).toThrow(TypeError);
    expect(() => searchShards(records, topics, "/", 2.5)).toThrow(TypeError);
    expect(() => searchShards([record("x", "2020", { topics: ["nowhere"] })], topics, "/", 3)).toThrow(/Unknown topic `nowhere`/);
  });
});

describe("search documents and article pages", () => {
  it("show the same headline, link, topics, source, authors and year", () => {
    const sample = sampleRecords();
    for (const pathPrefix of ["/", "/archive/"]) {
      const data = buildSiteData(sample, TOPICS, { siteName: "Archive", pageSize: 10, pathPrefix, searchShardSize: 2 }, readOriginals);
      const docs = new Map(
        searchShards(sample, TOPICS, data.pathPrefix, 2)
          .flatMap((s) => s.documents())
          .map((d) => [d.url, d]),
      );
      expect(docs.size).toBe(data.views.articles.length);
      for (const view of data.views.articles) {
        const doc = docs.get(`${data.pathPrefix.replace(/\/$/, "")}${view.url}`);
        expect(doc?.meta.title).toBe(view.heading);
        expect(doc?.filters).toEqual({
          topic: view.topics.map((t) => escapeXml(t.label)),
          source: [escapeXml(view.source === null ? "Source unknown" : view.source.label)],
          author: view.authors.map((a) => escapeXml(a.label)),
          year: [view.filterYear ?? "Undated"],
        });
      }
      // The site data names the folders of the very shards the build indexes.
      expect(data.searchShards.map((s) => s.key)).toEqual(searchShards(sample, TOPICS, data.pathPrefix, 2).map((s) => s.key));
      expect(data.searchShards.length).toBeGreaterThan(1);
    }
  });
});

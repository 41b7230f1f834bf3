import { describe, expect, it } from "vitest";
import { dayNumber, MAX_RELATED, relatedArticles } from "../../../src/site/order/related";
import { prng } from "../../../src/tools/bench/generate";

const item = (slug: string, topics: string[], published: string | null = null) => ({ slug, topics, published });

describe("relatedArticles", () => {
  const items = [
    item("a", ["x", "y"], "2024-01-10"),
    item("b", ["x", "y"], "2020-01-01"),
    item("c", ["x"], "2024-01-11"),
    item("d", ["x"], "2023-01-01"),
    item("e", ["x"], null),
    item("f", ["z"], "2024-01-10"),
    item("g", ["x"], "2024-01-09"),
  ];
  const related = relatedArticles(items);

  it("ranks by shared topics, then nearness in date (undated last), then slug", () => {
    // b shares two topics; c and g are one day away (tie broken by slug); d is far; e is undated.
    expect(related.get("a")?.map((r) => r.slug)).toEqual(["b", "c", "g", "d", "e"]);
  });

  it("never lists the article itself or articles with no shared topic", () => {
    expect(related.get("f")).toEqual([]);
    for (const [slug, list] of related) expect(list.map((r) => r.slug)).not.toContain(slug);
  });

  it("keeps at most the limit", () => {
    expect(relatedArticles(items, 2).get("a")?.length).toBe(2);
  });

  it("counts days from the calendar digits alone", () => {
    expect(dayNumber("1970-01-02")).toBe(1);
    expect(dayNumber("2024-03-01T23:59") - dayNumber("2024-02-28")).toBe(2);
  });
});

/** The ranking as stated, by brute force: every pair of articles compared. */
function referenceRelated(items: readonly { slug: string; topics: string[]; published: string | null }[], limit: number) {
  // Each article's distinct topics and day, worked out once rather than once per pair.
  const distinct = items.map((item) => [...new Set(item.topics)]);
  const days = items.map((item) => (item.published === null ? null : dayNumber(item.published)));
  const result = new Map<string, string[]>();
  items.forEach((item, i) => {
    const own = new Set(item.topics);
    const ownDay = days[i] ?? null;
    const candidates: { slug: string; count: number; distance: number }[] = [];
    items.forEach((other, j) => {
      if (other.slug === item.slug) return;
      let count = 0;
      for (const t of distinct[j] ?? []) if (own.has(t)) count++;
      if (count === 0) return;
      const theirs = days[j] ?? null;
      const distance = ownDay === null || theirs === null ? Number.POSITIVE_INFINITY : Math.abs(ownDay - theirs);
      candidates.push({ slug: other.slug, count, distance });
    });
    candidates.sort((a, b) => {
      if (a.count !== b.count) return b.count - a.count;
      if (a.distance !== b.distance) return a.distance < b.distance ? -1 : 1;
      return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
    });
    result.set(
      item.slug,
      candidates.slice(0, limit).map((c) => c.slug),
    );
  });
  return result;
}

describe("relatedArticles against a brute-force reference", () => {
  function archive(seed: number, size: number, topicCount: number) {
    const rnd = prng(seed);
    const topics = { length: topicCount };
    return Array.from({ length: size }, (_, i) => {
      // 0–4 topics, repeats allowed; dates over a few years so that many are equally near; some undated.
      const n = Math.floor(rnd() * 5);
      const own = Array.from({ length: n }, () => `t${Math.floor(rnd() * topics.length)}`);
      const day = Math.floor(rnd() * 1500);
      const date = new Date(Date.UTC(2019, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
      const published = rnd() < 0.1 ? null : rnd() < 0.3 ? `${date}T${String(Math.floor(rnd() * 24)).padStart(2, "0")}:00` : date;
      // Slugs not in input order, so that input order and slug order differ.
      return item(`s${Math.floor(rnd() * 1e6).toString(36)}-${i}`, own, published);
    });
  }

  it.each([
    [1, 3000, 12, MAX_RELATED],
    [2, 2500, 40, MAX_RELATED],
    [3, 2000, 6, 3],
    [4, 1500, 3, 8],
  ])("seed %i, %i articles, %i topics, limit %i: same articles in the same order", (seed, size, topicCount, limit) => {
    const items = archive(seed, size, topicCount);
    const expected = referenceRelated(items, limit);
    const actual = relatedArticles(items, limit);
    expect([...actual.keys()]).toEqual([...expected.keys()]);
    for (const [slug, list] of actual)
      expect(
        list.map((r) => r.slug),
        slug,
      ).toEqual(expected.get(slug));
  });

  it("falls back to the same ranking when an article has many topics", () => {
    const items = archive(5, 400, 20);
    items[0] = item(
      "many-topics",
      Array.from({ length: 12 }, (_, i) => `t${i}`),
      "2020-01-01",
    );
    const expected = referenceRelated(items, MAX_RELATED);
    for (const [slug, list] of relatedArticles(items)) expect(list.map((r) => r.slug)).toEqual(expected.get(slug));
  });
});

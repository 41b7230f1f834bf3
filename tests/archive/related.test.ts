import { describe, expect, it } from "vitest";
import { dayNumber, relatedArticles } from "../../src/archive/related";

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

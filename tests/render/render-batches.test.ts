import { describe, expect, it } from "vitest";
import type { SiteData } from "../../src/site/site-data";
import type { SiteDataSubset } from "../../src/site/site-pages";
import { splitIntoBatches } from "../../src/render/render-batches";

/** A stand-in site: only the view lists matter here. */
const site = (counts: Record<string, number>): SiteData =>
  ({
    siteName: "Test",
    views: Object.fromEntries(
      Object.entries(counts).map(([kind, n]) => [kind, Array.from({ length: n }, (_, i) => ({ url: `/${kind}/${i}/` }))]),
    ),
  }) as unknown as SiteData;

const urls = (data: SiteDataSubset): string[] =>
  Object.values(data.views).flatMap((list) => (list as readonly { url: string }[]).map((v) => v.url));

describe("splitIntoBatches", () => {
  it("gives every page to exactly one batch, in order, at most the batch size each", () => {
    const data = site({ home: 1, articles: 7, originals: 7, topicPages: 3 });
    for (const size of [1, 2, 3, 5, 18, 100]) {
      const batches = splitIntoBatches(data, size);
      expect(batches.flatMap(urls)).toEqual(urls(data));
      for (const b of batches) expect(urls(b).length).toBeLessThanOrEqual(size);
      expect(batches).toHaveLength(Math.ceil(18 / size));
    }
  });

  it("keeps every view list in every batch (empty when not in it) and every other field", () => {
    const [first, second] = splitIntoBatches(site({ home: 1, articles: 2 }), 2);
    expect(Object.keys(first?.views ?? {})).toEqual(["home", "articles"]);
    expect(second?.views.home).toEqual([]);
    expect(second?.views.articles).toEqual([{ url: "/articles/1/" }]);
    expect(second?.siteName).toBe("Test");
  });

  it("gives one batch, with empty lists, for a site without pages", () => {
    const batches = splitIntoBatches(site({ home: 0, articles: 0 }), 10);
    expect(batches).toHaveLength(1);
    expect(urls(batches[0] as SiteDataSubset)).toEqual([]);
  });

  it("refuses a batch size that is not a positive whole number", () => {
    expect(() => splitIntoBatches(site({ home: 1 }), 0)).toThrow(TypeError);
  });
});

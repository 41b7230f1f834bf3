import { describe, expect, it } from "vitest";
import { paginate } from "../../../src/site/group/paginate";

describe("paginate", () => {
  it.each([
    [[1, 2, 3, 4, 5], 2, [[1, 2], [3, 4], [5]]],
    [
      [1, 2, 3, 4],
      2,
      [
        [1, 2],
        [3, 4],
      ],
    ],
    [[1], 20, [[1]]],
    // An empty list still has its first page.
    [[], 20, [[]]],
  ])("splits %j into pages of %i", (items, size, expected) => {
    const pages = paginate(items, size);
    expect(pages.map((p) => p.items)).toEqual(expected);
    expect(pages.map((p) => p.number)).toEqual(expected.map((_, i) => i + 1));
    expect(pages.every((p) => p.total === expected.length)).toBe(true);
  });

  it.each([0, -1, 1.5, Number.NaN])("throws on page size %d", (size) => {
    expect(() => paginate([1], size)).toThrow(TypeError);
  });
});

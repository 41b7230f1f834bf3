import { describe, expect, it } from "vitest";
import { sameArguments, ViewCache } from "../../src/site/view-identity";

interface Item {
  readonly headline: string;
}

/** A builder that counts its calls, so a test can tell a kept value from one built again. */
function counting<A extends readonly unknown[], V>(build: (...args: A) => V): { builder: (...args: A) => V; calls: () => number } {
  let calls = 0;
  return {
    builder: (...args: A) => {
      calls++;
      return build(...args);
    },
    calls: () => calls,
  };
}

describe("sameArguments", () => {
  const shared = { a: 1 };
  it.each([
    // Values compare by value.
    ["equal strings and numbers", ["a", 1, null, undefined, true], ["a", 1, null, undefined, true], true],
    ["a different string", ["a"], ["b"], false],
    ["a number and its text", [1], ["1"], false],
    // Arrays compare element by element, however often they are made afresh.
    ["equal nested arrays", [["a", ["b"]]], [["a", ["b"]]], true],
    ["arrays of different length", [["a"]], [["a", "a"]], false],
    // Other objects compare by identity: equal content is not enough.
    ["the same object", [shared], [shared], true],
    ["two equal objects", [{ a: 1 }], [{ a: 1 }], false],
    ["lists of different length", ["a"], ["a", undefined], false],
  ])("%s", (_name, a, b, expected) => {
    expect(sameArguments(a, b)).toBe(expected);
  });
});

describe("ViewCache.perObject", () => {
  const label = (item: Item, site: string, topics: readonly string[]) => ({ text: `${item.headline} · ${site} · ${topics.join(", ")}` });

  it("hands back the kept value while the object and every other argument are the same", () => {
    const cache = new ViewCache();
    const { builder, calls } = counting(label);
    const item = { headline: "A" };
    const first = cache.perObject(builder, item, "News", ["economy"]);
    // A list made afresh with the same elements is the same argument.
    expect(cache.perObject(builder, item, "News", ["economy"])).toBe(first);
    expect(calls()).toBe(1);
  });

  it.each([
    ["another object", { headline: "A" }, "News", ["economy"]],
    ["another value", null, "Other news", ["economy"]],
    ["another element of a list", null, "News", ["health"]],
  ])("builds the value again for %s", (_name, other, site, topics) => {
    const cache = new ViewCache();
    const { builder, calls } = counting(label);
    const item = { headline: "A" };
    const first = cache.perObject(builder, item, "News", ["economy"]);
    const again = cache.perObject(builder, other ?? item, site, topics);
    expect(calls()).toBe(2);
    expect(again).not.toBe(first);
  });

  it("builds a new value when a builder is given a new input, with no key to write", () => {
    // A builder that starts reading one more input has to be given it as an argument, and the
    // argument is compared like every other: changing it gives a new value.
    const cache = new ViewCache();
    const withNote = (item: Item, site: string, note: string) => ({ text: `${item.headline} · ${site}${note}` });
    const item = { headline: "A" };
    expect(cache.perObject(withNote, item, "News", "").text).toBe("A · News");
    expect(cache.perObject(withNote, item, "News", " (corrected)").text).toBe("A · News (corrected)");
  });

  it("never hands a builder made afresh a value kept for another", () => {
    // A closure over a build's locals is a new function in every build: it finds nothing kept,
    // so what it read in an earlier build cannot come back.
    const cache = new ViewCache();
    const item = { headline: "A" };
    const build = (site: string) => cache.perObject((i: Item) => ({ text: `${i.headline} · ${site}` }), item);
    expect(build("News").text).toBe("A · News");
    expect(build("Other news").text).toBe("A · Other news");
  });

  it("keeps nothing between two caches", () => {
    const { builder, calls } = counting(label);
    const item = { headline: "A" };
    new ViewCache().perObject(builder, item, "News", []);
    new ViewCache().perObject(builder, item, "News", []);
    expect(calls()).toBe(2);
  });
});

describe("ViewCache.shared", () => {
  const crumbs = (site: string, month: string, parts: readonly string[]) => ({ site, month, parts });

  it("makes one value per distinct argument list and hands it to every caller", () => {
    const cache = new ViewCache();
    const { builder, calls } = counting(crumbs);
    const a = cache.shared(builder, "News", "2024-01", ["x"]);
    expect(cache.shared(builder, "News", "2024-01", ["x"])).toBe(a);
    expect(cache.shared(builder, "News", "2024-02", ["x"])).not.toBe(a);
    expect(calls()).toBe(2);
  });

  it.each([
    // Where an array ends is part of the arguments.
    ["lists split differently", [["a", "b"], "c"], [["a"], "b", "c"]],
    ["a number and its text", [1], ["1"]],
    ["zero and minus zero", [0], [-0]],
    ["two equal objects", [{ a: 1 }], [{ a: 1 }]],
  ])("tells apart %s", (_name, a, b) => {
    const cache = new ViewCache();
    const make = (...args: unknown[]) => ({ args });
    expect(cache.shared(make, ...a)).not.toBe(cache.shared(make, ...b));
  });

  it("keeps a value for the next build and lets it go once a build has not asked for it", () => {
    const cache = new ViewCache();
    const { builder, calls } = counting(crumbs);
    cache.startBuild();
    const a = cache.shared(builder, "News", "2024-01", []);
    cache.startBuild();
    expect(cache.shared(builder, "News", "2024-01", [])).toBe(a);
    cache.startBuild();
    cache.startBuild();
    expect(cache.shared(builder, "News", "2024-01", [])).not.toBe(a);
    expect(calls()).toBe(2);
  });
});

describe("ViewCache.latest", () => {
  it("keeps the builder's last value while its long list arguments are the same, element by element", () => {
    const cache = new ViewCache();
    const { builder, calls } = counting((slugs: readonly string[]) => new Map(slugs.map((s) => [s, s.length])));
    const first = cache.latest(builder, ["a", "bb"]);
    expect(cache.latest(builder, ["a", "bb"])).toBe(first);
    expect(cache.latest(builder, ["a", "cc"])).not.toBe(first);
    // Only the last call is kept.
    expect(cache.latest(builder, ["a", "bb"])).not.toBe(first);
    expect(calls()).toBe(3);
  });
});

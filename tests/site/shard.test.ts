import { describe, expect, it } from "vitest";
import { inShard, parseShard, searchShardsOf, shardLabel, shardOfUrl, ShardOptionError } from "../../src/site/shard";

/** URLs of the kinds a site has: articles, their original texts, listing pages. */
function urls(count: number): string[] {
  return Array.from({ length: count }, (_, i) =>
    i % 3 === 0 ? `/articles/story-${i}/` : i % 3 === 1 ? `/articles/story-${i}/original.txt` : `/topics/t${i % 40}/page/${i}/`,
  );
}

describe("parseShard", () => {
  it.each([
    ["1/1", { index: 1, count: 1 }],
    ["2/4", { index: 2, count: 4 }],
    ["4/4", { index: 4, count: 4 }],
    [" 3/10 ", { index: 3, count: 10 }],
  ])("reads %j", (text, shard) => {
    expect(parseShard(text)).toEqual(shard);
  });

  it.each([
    ["0/2"], // shards count from 1
    ["3/2"], // past the last shard
    ["a/b"],
    ["1/0"],
    ["2"],
    ["1/2/3"],
    ["-1/2"],
    ["1.5/2"],
    [""],
  ])("refuses %j with the form a valid value takes", (text) => {
    expect(() => parseShard(text)).toThrow(ShardOptionError);
    expect(() => parseShard(text)).toThrow(/--shard must be k\/n, whole numbers with 1 <= k <= n/);
  });

  it("refuses with the exit status of a refused option", () => {
    expect(new ShardOptionError("x").exitCode).toBe(2);
  });
});

describe("shardOfUrl", () => {
  it.each([1, 2, 3, 4, 7])("puts every page in exactly one of %i shards, and their union is every page", (count) => {
    const all = urls(3000);
    const parts = Array.from({ length: count }, (_, i) => all.filter(inShard({ index: i + 1, count })));
    expect(parts.reduce((sum, part) => sum + part.length, 0)).toBe(all.length);
    expect(new Set(parts.flat())).toEqual(new Set(all));
  });

  it.each([2, 3, 4, 8])("gives each of %i shards its share of the pages within 10 %", (count) => {
    const sizes = new Array<number>(count).fill(0);
    for (const url of urls(20_000)) sizes[shardOfUrl(url, count) - 1]! += 1;
    const share = 20_000 / count;
    for (const size of sizes) expect(Math.abs(size - share) / share).toBeLessThan(0.1);
  });

  // Pinned: every runner of a split build must put a page on the same shard, whatever its machine.
  it.each([
    ["/", 3, 2],
    ["/articles/a/", 3, 5],
    ["/articles/a/original.txt", 1, 3],
    ["/topics/economy/", 3, 7],
    ["/search/", 4, 5],
  ])("puts %s on shard %i of 4 and %i of 7", (url, ofFour, ofSeven) => {
    expect([shardOfUrl(url, 4), shardOfUrl(url, 7)]).toEqual([ofFour, ofSeven]);
  });

  it("puts every page in shard 1 of 1", () => {
    expect(urls(50).every(inShard({ index: 1, count: 1 }))).toBe(true);
  });

  it.each([0, -1, 1.5, Number.NaN])("throws on the shard count %s", (count) => {
    expect(() => shardOfUrl("/", count)).toThrow(TypeError);
  });
});

describe("searchShardsOf", () => {
  it("deals the search shards out in turn, each to exactly one build shard", () => {
    const list = ["a", "b", "c", "d", "e"];
    expect([1, 2, 3].map((index) => searchShardsOf(list, { index, count: 3 }))).toEqual([["a", "d"], ["b", "e"], ["c"]]);
  });

  it("leaves a build shard without search shards when there are fewer than build shards", () => {
    expect(searchShardsOf(["a"], { index: 2, count: 2 })).toEqual([]);
  });
});

describe("shardLabel", () => {
  it("writes the shard as the command line does", () => {
    expect(shardLabel(parseShard("2/4"))).toBe("2/4");
  });
});

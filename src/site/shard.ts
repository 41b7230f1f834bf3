import { createHash } from "node:crypto";

/**
 * A build split across machines: build shard `index` of `count` writes a deterministic part of
 * the pages and of the search index shards, and the union of the `count` outputs is the whole
 * site (see docs/scaling.md). Every shard still reads all the content and builds all the site
 * data (listing pages need every record); only the render and the search index are split.
 *
 * A page belongs to the shard a hash of its URL picks, not to a run of the sorted page list:
 * runs would shift under every page added before them, while a URL's hash keeps its page on the
 * same shard as the archive grows, and it spreads every kind of page (articles, original texts,
 * listings) evenly over the shards. Search index shards, a handful of long runs of articles, are
 * dealt out in turn by position instead: hashing so few would leave some build shards with none,
 * and a new article extends the last run, leaving the others' positions as they were.
 */

/** One part of a build split `count` ways: `index` is 1-based (`--shard 2/4` is index 2, count 4). */
export interface BuildShard {
  readonly index: number;
  readonly count: number;
}

/** A `--shard` value that is not `k/n` with whole numbers 1 <= k <= n. */
export class ShardOptionError extends Error {
  /** The exit status of a command refusing its options. */
  readonly exitCode = 2;
}

/**
 * Read a `--shard` value: `k/n`, two whole numbers, 1 <= k <= n.
 * @throws ShardOptionError saying what a valid value looks like.
 * @example parseShard("2/4") //=> { index: 2, count: 4 }
 */
export function parseShard(text: string): BuildShard {
  const match = /^(\d{1,6})\/(\d{1,6})$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (match === null || count < 1 || index < 1 || index > count)
    throw new ShardOptionError(
      `--shard must be k/n, whole numbers with 1 <= k <= n (e.g. --shard 2/4 builds the second of four parts), got \`${text}\``,
    );
  return { index, count };
}

/**
 * The shard (1-based) of a build split `count` ways that writes the page at `url`.
 * @throws TypeError when `count` is not a positive whole number.
 * @example shardOfUrl("/articles/a/", 4) // one of 1, 2, 3, 4, always the same for this URL
 */
export function shardOfUrl(url: string, count: number): number {
  if (!Number.isInteger(count) || count < 1) throw new TypeError(`Invalid shard count \`${count}\``);
  // SHA-1 only spreads URLs evenly; nothing depends on it resisting collisions.
  return (createHash("sha1").update(url).digest().readUInt32BE(0) % count) + 1;
}

/**
 * Whether a page belongs to `shard`, as a filter on page URLs (see `onlyPages`).
 * @example onlyPages(data, inShard({ index: 1, count: 2 }))
 */
export function inShard(shard: BuildShard): (url: string) => boolean {
  return (url) => shardOfUrl(url, shard.count) === shard.index;
}

/**
 * The search index shards `shard` indexes: those at positions `index - 1`, `index - 1 + count`, …
 * of the site's list (every build shard makes the same list from the same records).
 * @example searchShardsOf(["a", "b", "c"], { index: 1, count: 2 }) //=> ["a", "c"]
 */
export function searchShardsOf<T>(list: readonly T[], shard: BuildShard): T[] {
  return list.filter((_, position) => position % shard.count === shard.index - 1);
}

/**
 * The shard as the command line writes it.
 * @example shardLabel({ index: 2, count: 4 }) //=> "2/4"
 */
export function shardLabel(shard: BuildShard): string {
  return `${shard.index}/${shard.count}`;
}

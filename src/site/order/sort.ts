import type { CalendarDate } from "../../types";

/** The fields ordering needs; records and list items both have them. */
export interface Dated {
  readonly slug: string;
  /** The publication date that files the article in the archive, or null when unknown. */
  readonly published: CalendarDate | null;
}

/**
 * Newest first by calendar string, then by slug; undated items after all dated ones.
 * Calendar strings compare correctly as strings, and code-unit order (not `localeCompare`)
 * keeps the order the same on every machine.
 * @example [b, a].sort(compareNewestFirst)
 */
export function compareNewestFirst(a: Dated, b: Dated): number {
  if (a.published !== b.published) {
    if (a.published === null) return 1;
    if (b.published === null) return -1;
    return a.published > b.published ? -1 : 1;
  }
  return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}

/**
 * A sorted copy (the input is not mutated).
 * @example sortNewestFirst(records)[0] // the latest article
 */
export function sortNewestFirst<T extends Dated>(items: readonly T[]): T[] {
  return [...items].sort(compareNewestFirst);
}

const sortedCopies = new WeakMap<readonly Dated[], readonly Dated[]>();

/**
 * {@link sortNewestFirst}, sorted once per input array and then shared: the site data and the
 * search shards put the same records in order, which every dev-server rebuild would otherwise
 * sort twice (measurements: docs/performance.md, 'Records sorted once'). The input must not
 * change afterwards; records never do.
 * @example newestFirstOf(records) === newestFirstOf(records) //=> true
 */
export function newestFirstOf<T extends Dated>(items: readonly T[]): readonly T[] {
  let sorted = sortedCopies.get(items) as readonly T[] | undefined;
  if (sorted === undefined) {
    sorted = sortNewestFirst(items);
    sortedCopies.set(items, sorted);
  }
  return sorted;
}

/** An article's neighbours in publication order. */
export interface Neighbours<T> {
  /** The next older article, or null. */
  readonly previous: T | null;
  /** The next newer article, or null. */
  readonly next: T | null;
}

/**
 * Previous (older) and next (newer) article for every dated item, keyed by slug. Undated
 * items have no place in the date order, so both their neighbours are null.
 * @example neighboursByDate(records).get("a")?.previous?.slug
 */
export function neighboursByDate<T extends Dated>(items: readonly T[]): Map<string, Neighbours<T>> {
  const sorted = sortNewestFirst(items);
  const dated = sorted.filter((item) => item.published !== null);
  const result = new Map<string, Neighbours<T>>();
  dated.forEach((item, i) => {
    result.set(item.slug, { previous: dated[i + 1] ?? null, next: dated[i - 1] ?? null });
  });
  for (const item of sorted) {
    if (item.published === null) result.set(item.slug, { previous: null, next: null });
  }
  return result;
}

import { instantMs } from "../../parse/instant";
import type { CalendarDate } from "../../types";

/** The fields ordering needs; records and list items both have them. */
export interface Dated {
  readonly slug: string;
  /** The publication date that files the article in the archive, or null when unknown. */
  readonly published: CalendarDate | null;
}

/**
 * Newest first, then by slug; undated items after all dated ones. Days first, each in the
 * date's own offset, so the order agrees with the archive's years and months; on one day a
 * time sorts before the bare day (it is more specific, not earlier), and two times by their
 * instants (`14:00+05:30` is before `09:00Z`). Code-unit order (not `localeCompare`) keeps the
 * order the same on every machine.
 * @param timeZone the site's time zone, for times written without an offset.
 * @example [b, a].sort((x, y) => compareNewestFirst(x, y, "UTC"))
 */
export function compareNewestFirst(a: Dated, b: Dated, timeZone = "UTC"): number {
  if (a.published !== b.published) {
    if (a.published === null) return 1;
    if (b.published === null) return -1;
    const byDate = compareDates(a.published, b.published, timeZone);
    if (byDate !== 0) return byDate;
  }
  return a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
}

const HAS_OFFSET = /(?:Z|[+-]\d{2}:\d{2})$/;

/** Newer first: negative when `a` is newer. */
function compareDates(a: CalendarDate, b: CalendarDate, timeZone: string): number {
  const dayA = a.slice(0, 10);
  const dayB = b.slice(0, 10);
  if (dayA !== dayB) return dayA > dayB ? -1 : 1;
  if (a.length === 10 || b.length === 10) return b.length - a.length;
  // Two wall times in the same zone compare as text; only a stated offset needs the instant.
  if (!HAS_OFFSET.test(a) && !HAS_OFFSET.test(b)) return a > b ? -1 : a < b ? 1 : 0;
  return instantMs(b, timeZone) - instantMs(a, timeZone);
}

/**
 * A sorted copy (the input is not mutated).
 * @param timeZone the site's time zone, for times written without an offset.
 * @example sortNewestFirst(records)[0] // the latest article
 */
export function sortNewestFirst<T extends Dated>(items: readonly T[], timeZone = "UTC"): T[] {
  return [...items].sort((a, b) => compareNewestFirst(a, b, timeZone));
}

const sortedCopies = new WeakMap<readonly Dated[], { readonly timeZone: string; readonly sorted: readonly Dated[] }>();

/**
 * {@link sortNewestFirst}, sorted once per input array and then shared: the site data and the
 * search shards put the same records in order, which every dev-server rebuild would otherwise
 * sort twice (measurements: docs/performance.md, 'Records sorted once'). The input must not
 * change afterwards; records never do.
 * @param timeZone the site's time zone, for times written without an offset.
 * @example newestFirstOf(records) === newestFirstOf(records) //=> true
 */
export function newestFirstOf<T extends Dated>(items: readonly T[], timeZone = "UTC"): readonly T[] {
  const kept = sortedCopies.get(items);
  if (kept?.timeZone === timeZone) return kept.sorted as readonly T[];
  const sorted = sortNewestFirst(items, timeZone);
  sortedCopies.set(items, { timeZone, sorted });
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
 * @param timeZone the site's time zone, for times written without an offset.
 * @example neighboursByDate(records).get("a")?.previous?.slug
 */
export function neighboursByDate<T extends Dated>(items: readonly T[], timeZone = "UTC"): Map<string, Neighbours<T>> {
  const sorted = sortNewestFirst(items, timeZone);
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

import { sortNewestFirst, type Dated } from "../order/sort";

/** Articles of one calendar month. */
export interface MonthGroup<T> {
  /** `YYYY` */
  readonly year: string;
  /** `MM`, `01`–`12` */
  readonly month: string;
  /** Newest first. */
  readonly items: readonly T[];
}

/** Articles of one year, with its months. */
export interface YearGroup<T> {
  readonly year: string;
  /** Newest first. */
  readonly items: readonly T[];
  /** Only months that have articles, newest first. */
  readonly months: readonly MonthGroup<T>[];
}

/** The date archive: years newest first, plus the articles with no known date. */
export interface DateGroups<T> {
  readonly years: readonly YearGroup<T>[];
  /** Sorted by slug. */
  readonly undated: readonly T[];
}

/**
 * Group by the `YYYY` and `YYYY-MM` prefixes of the calendar string. JS `Date` getters are
 * never used: a date-only value read as midnight UTC would move to the previous day (and
 * month, and year) in any zone west of Greenwich.
 * @param timeZone the site's time zone, for ordering times written without an offset.
 * @example groupByDate(records).years[0]?.months[0]?.month //=> "09"
 */
export function groupByDate<T extends Dated>(items: readonly T[], timeZone = "UTC"): DateGroups<T> {
  const sorted = sortNewestFirst(items, timeZone);
  const years: { year: string; items: T[]; months: { year: string; month: string; items: T[] }[] }[] = [];
  const undated: T[] = [];
  for (const item of sorted) {
    if (item.published === null) {
      undated.push(item);
      continue;
    }
    const year = item.published.slice(0, 4);
    const month = item.published.slice(5, 7);
    // Input is sorted newest first, so a new year or month always starts a new group.
    let y = years.at(-1);
    if (y?.year !== year) {
      y = { year, items: [], months: [] };
      years.push(y);
    }
    y.items.push(item);
    let m = y.months.at(-1);
    if (m?.month !== month) {
      m = { year, month, items: [] };
      y.months.push(m);
    }
    m.items.push(item);
  }
  return { years, undated };
}

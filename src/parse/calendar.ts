import { addDays, format, isValid, parse } from "date-fns";
import { UTCDate } from "@date-fns/utc";
import type { CalendarDate } from "../types";
import { memoByText } from "../util/memo";

/**
 * Calendar-day helpers. Dates are kept as strings (`YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`) and
 * every parse is strict: date-fns `parse` against a UTC reference, then a round trip through
 * `format`, so `2023-02-31`, `2023-13-01` and `2023-9-20` are all rejected.
 */

/** Accepted machine formats for editor-supplied dates, tried in order. */
const ISO_FORMATS = [
  { pattern: /^\d{4}-\d{2}-\d{2}$/, fmt: "yyyy-MM-dd", withTime: false },
  { pattern: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, fmt: "yyyy-MM-dd'T'HH:mm", withTime: true },
  { pattern: /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/, fmt: "yyyy-MM-dd HH:mm", withTime: true },
] as const;

// A fixed reference keeps parsing independent of the clock and the host time zone.
const REFERENCE = new UTCDate(2000, 0, 1);

/**
 * Parse an ISO calendar day or day-and-time strictly.
 * @returns the normalised `YYYY-MM-DD` / `YYYY-MM-DDTHH:mm` string, or null when it is not a real date.
 * @example parseIsoCalendar("2023-09-20") //=> "2023-09-20"
 * @example parseIsoCalendar("2023-02-31") //=> null
 */
export const parseIsoCalendar: (input: string) => CalendarDate | null = memoByText(parseIsoCalendarUncached);

// Through date-fns parse and format, costly beside the rest of reading a date; the same few
// dates recur across articles (docs/performance.md, 'Calendar dates memoised').
function parseIsoCalendarUncached(input: string): CalendarDate | null {
  const text = input.trim();
  for (const { pattern, fmt, withTime } of ISO_FORMATS) {
    if (!pattern.test(text)) continue;
    const d = parse(text, fmt, REFERENCE);
    if (!isValid(d) || format(d, fmt) !== text) return null;
    if (d.getUTCFullYear() < 1) return null;
    return format(d, withTime ? "yyyy-MM-dd'T'HH:mm" : "yyyy-MM-dd");
  }
  return null;
}

/**
 * Build a calendar string from parts, or null when the parts are not a real date.
 * @example calendarFromParts(2025, 7, 2) //=> "2025-07-02"
 * @example calendarFromParts(2025, 7, 2, 14, 5) //=> "2025-07-02T14:05"
 */
export function calendarFromParts(year: number, month: number, day: number, hour?: number, minute?: number): CalendarDate | null {
  return partsMemo(`${year} ${month} ${day} ${hour} ${minute}`, year, month, day, hour, minute);
}

// An article's dates recur on its page (header, footer, related items) and across articles, and
// date-fns `format` is costly beside a lookup (docs/performance.md, 'Calendar dates memoised').
const partsCache = new Map<string, CalendarDate | null>();
const PARTS_CACHE_MAX = 4096;

function partsMemo(key: string, year: number, month: number, day: number, hour?: number, minute?: number): CalendarDate | null {
  const hit = partsCache.get(key);
  if (hit !== undefined) return hit;
  if (partsCache.size >= PARTS_CACHE_MAX) partsCache.clear();
  const value = calendarFromPartsUncached(year, month, day, hour, minute);
  partsCache.set(key, value);
  return value;
}

function calendarFromPartsUncached(year: number, month: number, day: number, hour?: number, minute?: number): CalendarDate | null {
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  const d = new UTCDate(year, month - 1, day, hour ?? 0, minute ?? 0);
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  if (hour === undefined) return format(d, "yyyy-MM-dd");
  if (hour < 0 || hour > 23 || (minute ?? 0) < 0 || (minute ?? 0) > 59) return null;
  return format(d, "yyyy-MM-dd'T'HH:mm");
}

/** The `YYYY-MM-DD` day part of a calendar string. */
export function dayOf(date: CalendarDate): string {
  return date.slice(0, 10);
}

/**
 * Whether a date lies inside `[min, max]` (compared as days; strings compare correctly).
 * @example isWithin("2023-09-20", "1800-01-01", "2026-11-23") //=> true
 */
export function isWithin(date: CalendarDate, min: string, max: string): boolean {
  const day = dayOf(date);
  return day >= min && day <= max;
}

/**
 * The latest plausible day: `now` plus a grace period, as `YYYY-MM-DD`. `now` is passed in
 * (from `SOURCE_DATE_EPOCH` or the build clock) and only ever used for this plausibility check.
 */
export function latestPlausibleDay(now: Date, graceDays: number): string {
  return format(addDays(new UTCDate(now.getTime()), graceDays), "yyyy-MM-dd");
}

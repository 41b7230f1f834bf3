import { addDays, format } from "date-fns";
import { UTCDate } from "@date-fns/utc";
import type { CalendarDate } from "../types";
import { memoByText } from "../util/memo";

/**
 * Calendar dates as strings: `YYYY-MM-DD`, or `YYYY-MM-DDTHH:mm`, optionally `:ss`, optionally
 * an offset `Z` or `±HH:MM` exactly as the editor or the page stated it. No offset means a
 * wall-clock time in the site's time zone (see `./instant`). Every parse is strict: the parts
 * are checked against the real calendar, so `2023-02-31`, `2023-13-01`, `2023-9-20`, hour 24
 * and offsets beyond ±14:00 are all refused rather than rolled over.
 */

// ISO 8601 / RFC 3339 and YAML 1.1 timestamps: `T`, `t` or spaces between day and time, an
// optional fraction (dropped: the archive keeps whole seconds), and an offset written `Z`,
// `±HH:MM`, `±HHMM`, `±HH` or YAML's `±H`, glued on or after spaces (Jekyll's `14:05:00 +0100`).
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:(?:[Tt]|[ \t]+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?:[ \t]*([Zz]|[+-]\d{4}|[+-]\d{1,2}(?::\d{2})?))?)?$/;

/** The most an offset may be, in minutes: ±14:00 (Kiribati's `+14:00` is the largest in use). */
const MAX_OFFSET_MINUTES = 14 * 60;

/**
 * Parse an ISO 8601 / RFC 3339 / YAML date or timestamp strictly.
 * Seconds are kept only when they are not zero (`14:00:00` is `14:00`); a fraction of a second
 * is dropped; the offset is kept as written, normalised to `Z` or `±HH:MM` (`-00:00`, RFC 3339's
 * "offset unknown, time in UTC", becomes `Z`).
 * @returns the normalised calendar string, or null when it is not a real date.
 * @example parseIsoCalendar("2023-09-20") //=> "2023-09-20"
 * @example parseIsoCalendar("2022-11-03 14:05:00 +0100") //=> "2022-11-03T14:05+01:00"
 * @example parseIsoCalendar("2023-02-31") //=> null
 */
export const parseIsoCalendar: (input: string) => CalendarDate | null = memoByText(parseIsoCalendarUncached);

function parseIsoCalendarUncached(input: string): CalendarDate | null {
  const m = ISO.exec(input.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, sec, zone] = m;
  const offset = zone === undefined ? undefined : normaliseOffset(zone);
  if (offset === null) return null;
  return calendarFromParts(Number(y), Number(mo), Number(d), h === undefined ? undefined : Number(h), Number(mi), {
    second: Number(sec ?? 0),
    ...(offset === undefined ? {} : { offset }),
  });
}

/**
 * An offset as written (`Z`, `z`, `+0530`, `+05:30`, `-4`, `+05`) as `Z` or `±HH:MM`, or null
 * when it is beyond ±14:00 or its minutes are not 00–59.
 * @example normaliseOffset("+0530") //=> "+05:30"
 * @example normaliseOffset("-4") //=> "-04:00"
 */
export function normaliseOffset(written: string): string | null {
  if (/^[Zz]$/.test(written)) return "Z";
  const m = /^([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(written);
  if (!m) return null;
  const [, sign, hh, mm] = m;
  const minutes = Number(hh) * 60 + Number(mm ?? 0);
  if (Number(mm ?? 0) > 59 || minutes > MAX_OFFSET_MINUTES) return null;
  if (minutes === 0 && sign === "-") return "Z";
  return `${sign}${hh!.padStart(2, "0")}:${mm ?? "00"}`;
}

/** What a calendar string holds beyond its day and time. */
export interface TimeExtras {
  /** Seconds, kept in the string only when not zero. */
  readonly second?: number;
  /** `Z` or `±HH:MM`, already normalised (see {@link normaliseOffset}). */
  readonly offset?: string;
}

/**
 * Build a calendar string from parts, or null when the parts are not a real date.
 * @example calendarFromParts(2025, 7, 2) //=> "2025-07-02"
 * @example calendarFromParts(2025, 7, 2, 14, 5) //=> "2025-07-02T14:05"
 * @example calendarFromParts(2025, 7, 2, 14, 5, { offset: "+04:00" }) //=> "2025-07-02T14:05+04:00"
 */
export function calendarFromParts(
  year: number,
  month: number,
  day: number,
  hour?: number,
  minute?: number,
  extras: TimeExtras = {},
): CalendarDate | null {
  const key = `${year} ${month} ${day} ${hour} ${minute} ${extras.second ?? 0} ${extras.offset ?? ""}`;
  const hit = partsCache.get(key);
  if (hit !== undefined) return hit;
  if (partsCache.size >= PARTS_CACHE_MAX) partsCache.clear();
  const value = calendarFromPartsUncached(year, month, day, hour, minute, extras);
  partsCache.set(key, value);
  return value;
}

// An article's dates recur on its page (header, footer, related items) and across articles, so
// each distinct set of parts is checked once (docs/performance.md, 'Calendar dates memoised').
const partsCache = new Map<string, CalendarDate | null>();
const PARTS_CACHE_MAX = 4096;

const two = (n: number): string => String(n).padStart(2, "0");

function calendarFromPartsUncached(
  year: number,
  month: number,
  day: number,
  hour: number | undefined,
  minute: number | undefined,
  extras: TimeExtras,
): CalendarDate | null {
  if (!Number.isInteger(year) || year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > 31) return null;
  // Date.UTC maps years 0–99 to 1900–1999; setUTCFullYear does not.
  const probe = new Date(Date.UTC(2000, month - 1, day));
  probe.setUTCFullYear(year);
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  const dayText = `${String(year).padStart(4, "0")}-${two(month)}-${two(day)}`;
  if (hour === undefined) return dayText;
  const m = minute ?? 0;
  const s = extras.second ?? 0;
  if (hour < 0 || hour > 23 || m < 0 || m > 59 || s < 0 || s > 59) return null;
  return `${dayText}T${two(hour)}:${two(m)}${s === 0 ? "" : `:${two(s)}`}${extras.offset ?? ""}`;
}

/** The parts of a calendar string, read from its own digits. */
export interface CalendarParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** Null for a day without a time. */
  readonly time: { readonly hour: number; readonly minute: number; readonly second: number } | null;
  /** `Z` or `±HH:MM` as stored; null when no offset was stated. */
  readonly offset: string | null;
  /** The stated offset in minutes east of UTC; null when none was stated. */
  readonly offsetMinutes: number | null;
}

const STORED = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})?)?$/;

/**
 * Split a stored calendar string into its parts.
 * @throws TypeError when `date` is not a calendar string (a programming error: records only hold normalised ones).
 * @example calendarParts("2024-03-05T14:00+05:30").offsetMinutes //=> 330
 */
export function calendarParts(date: CalendarDate): CalendarParts {
  const m = STORED.exec(date);
  if (!m) throw new TypeError(`Not a calendar date: \`${date}\``);
  const [, y, mo, d, h, mi, s, offset] = m;
  const time = h === undefined ? null : { hour: Number(h), minute: Number(mi), second: Number(s ?? 0) };
  return { year: Number(y), month: Number(mo), day: Number(d), time, offset: offset ?? null, offsetMinutes: offsetMinutesOf(offset) };
}

function offsetMinutesOf(offset: string | undefined): number | null {
  if (offset === undefined) return null;
  if (offset === "Z") return 0;
  const minutes = Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6));
  return offset.startsWith("-") ? -minutes : minutes;
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

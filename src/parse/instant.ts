import { tzOffset } from "@date-fns/tz";
import type { CalendarDate } from "../types";
import { calendarParts } from "./calendar";

/**
 * Calendar strings as instants. A stated offset is the article's own and always wins; a time
 * without one is a wall-clock time in the site's time zone (an IANA name, default `UTC`), and
 * a day without a time is that day's midnight there. Zone rules come from the runtime's time
 * zone data through `@date-fns/tz`, never from the host's own zone, so every machine gives the
 * same instants.
 */

const MINUTE_MS = 60_000;

/**
 * The offset, in minutes east of UTC, that applies to a calendar string: the stated one, or
 * the site time zone's at that wall-clock time.
 * @example offsetMinutes("2024-07-01T12:00", "Europe/Paris") //=> 120
 */
export function offsetMinutes(date: CalendarDate, timeZone: string): number {
  const p = calendarParts(date);
  if (p.offsetMinutes !== null) return p.offsetMinutes;
  if (timeZone === "UTC") return 0;
  const wall = wallMs(date);
  // The zone's offset at the wall time read as UTC is off by the offset itself near a change;
  // a second look at the corrected instant settles it. A time skipped by a change still gets
  // one of the zone's two offsets, the same on every machine.
  const first = tzOffset(timeZone, new Date(wall));
  const second = tzOffset(timeZone, new Date(wall - first * MINUTE_MS));
  return Number.isNaN(second) ? first : second;
}

/** The wall-clock digits of a calendar string as if they were UTC, in milliseconds. */
function wallMs(date: CalendarDate): number {
  const p = calendarParts(date);
  const t = p.time ?? { hour: 0, minute: 0, second: 0 };
  const d = new Date(Date.UTC(2000, p.month - 1, p.day, t.hour, t.minute, t.second));
  d.setUTCFullYear(p.year);
  return d.getTime();
}

/**
 * The instant a calendar string names, in milliseconds since 1970 (UTC).
 * @example instantMs("2024-03-05T14:00+05:30", "UTC") === Date.UTC(2024, 2, 5, 8, 30) //=> true
 */
export function instantMs(date: CalendarDate, timeZone: string): number {
  const key = `${timeZone} ${date}`;
  let ms = instants.get(key);
  if (ms === undefined) {
    if (instants.size >= REMEMBERED_INSTANTS) instants.clear();
    ms = wallMs(date) - offsetMinutes(date, timeZone) * MINUTE_MS;
    instants.set(key, ms);
  }
  return ms;
}

/**
 * Instants already worked out, by zone and calendar string. The same dates are compared again
 * and again (each listing page's newest change, sorting, every rebuild of the dev server), and
 * a zone's offset comes from `Intl`, slow by comparison (docs/performance.md, 'Instants
 * remembered'). Emptied when full, so a long session's memory stays bounded.
 */
const instants = new Map<string, number>();
const REMEMBERED_INSTANTS = 1_000_000;

/**
 * An offset in minutes as `Z` (zero) or `±HH:MM`.
 * @example offsetText(-240) //=> "-04:00"
 */
export function offsetText(minutes: number): string {
  if (minutes === 0) return "Z";
  const abs = Math.abs(minutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, "0");
  const mm = String(abs % 60).padStart(2, "0");
  return `${minutes < 0 ? "-" : "+"}${hh}:${mm}`;
}

/**
 * The offset to print with a calendar string: the stated one as written, else the site time
 * zone's at that time (`Z` when zero).
 * @example shownOffset("2024-03-05T14:00", "Asia/Kolkata") //=> "+05:30"
 */
export function shownOffset(date: CalendarDate, timeZone: string): string {
  return calendarParts(date).offset ?? offsetText(offsetMinutes(date, timeZone));
}

/**
 * A full RFC 3339 timestamp with seconds and the offset (Atom's date construct): the wall time
 * as written with its own offset; a day alone is midnight in the site time zone.
 * @example rfc3339("2024-03-05T14:00+05:30", "UTC") //=> "2024-03-05T14:00:00+05:30"
 * @example rfc3339("2023-09-20", "UTC") //=> "2023-09-20T00:00:00Z"
 */
export function rfc3339(date: CalendarDate, timeZone: string): string {
  const p = calendarParts(date);
  const t = p.time ?? { hour: 0, minute: 0, second: 0 };
  const two = (n: number): string => String(n).padStart(2, "0");
  return `${date.slice(0, 10)}T${two(t.hour)}:${two(t.minute)}:${two(t.second)}${shownOffset(date, timeZone)}`;
}

/**
 * A calendar string for formats that allow a day alone (JSON-LD, the sitemap, the JSON
 * export): a day stays a day, a time becomes a full RFC 3339 timestamp with its offset.
 * @example datedValue("2023-09-20", "UTC") //=> "2023-09-20"
 * @example datedValue("2024-03-05T14:00", "America/New_York") //=> "2024-03-05T14:00:00-05:00"
 */
export function datedValue(date: CalendarDate, timeZone: string): string {
  return calendarParts(date).time === null ? date : rfc3339(date, timeZone);
}

/**
 * The later of a publication and an update, compared as instants (an update stated at another
 * offset than the publication is still compared rightly); the publication when they are equal.
 * @example lastChange("2024-03-05T14:00+05:30", "2024-03-05T09:00Z", "UTC") //=> "2024-03-05T09:00Z"
 */
export function lastChange(published: CalendarDate | null, updated: CalendarDate | null, timeZone: string): CalendarDate | null {
  if (updated === null) return published;
  if (published === null) return updated;
  return instantMs(updated, timeZone) > instantMs(published, timeZone) ? updated : published;
}

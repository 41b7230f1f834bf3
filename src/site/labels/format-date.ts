import { format } from "date-fns";
import { enGB } from "date-fns/locale/en-GB";
import { UTCDate } from "@date-fns/utc";
import { calendarParts } from "../../parse/calendar";
import { shownOffset } from "../../parse/instant";
import type { CalendarDate } from "../../types";
import { memoByText } from "../../util/memo";

/**
 * Human date labels. Dates stay calendar strings everywhere; a `UTCDate` is built from the
 * string's own digits only to feed date-fns `format`, so the host time zone never shifts a
 * day and every machine prints the same text. A time is always shown with its zone: the
 * offset the article states, else the site time zone's.
 */

/** A date ready for `<time datetime="…">label</time>`. */
export interface DateLabel {
  /**
   * A valid HTML `datetime` value: the day (`2025-07-02`), or the time with its offset
   * (`2025-07-02T14:00+05:30`, `2025-07-02T00:00Z`).
   */
  readonly datetime: string;
  /** e.g. "20 September 2023" or "2 July 2025, 14:00 (UTC+05:30)". */
  readonly label: string;
}

function toUtc(date: CalendarDate): { utc: UTCDate; withTime: boolean } {
  const p = calendarParts(date);
  const t = p.time ?? { hour: 0, minute: 0, second: 0 };
  const utc = new UTCDate(p.year, p.month - 1, p.day, t.hour, t.minute, t.second);
  return { utc, withTime: p.time !== null };
}

/**
 * The zone of a time as readers see it: "UTC", "UTC+05:30", "UTC-04:00".
 * @example zoneLabel("+05:30") //=> "UTC+05:30"
 */
export function zoneLabel(offset: string): string {
  return offset === "Z" || offset === "+00:00" ? "UTC" : `UTC${offset}`;
}

/**
 * Label a calendar day or day-and-time in British English; a time carries its zone.
 * @param timeZone the site's time zone, named for a time written without an offset.
 * @throws TypeError when `date` is not a calendar string.
 * @example formatDate("2023-09-20") //=> "20 September 2023"
 * @example formatDate("2025-07-02T14:00+05:30") //=> "2 July 2025, 14:00 (UTC+05:30)"
 */
export function formatDate(date: CalendarDate, timeZone = "UTC"): string {
  const { utc, withTime } = toUtc(date);
  if (!withTime) return format(utc, "d MMMM yyyy", { locale: enGB });
  const seconds = utc.getUTCSeconds() === 0 ? "" : ":ss";
  return `${format(utc, `d MMMM yyyy, HH:mm${seconds}`, { locale: enGB })} (${zoneLabel(shownOffset(date, timeZone))})`;
}

/**
 * The `<time>` pair for a date, or null when the date is unknown.
 * @param timeZone the site's time zone, for a time written without an offset.
 * @example dateLabel("2023-09-20") //=> { datetime: "2023-09-20", label: "20 September 2023" }
 */
export function dateLabel(date: CalendarDate | null, timeZone = "UTC"): DateLabel | null {
  return date === null ? null : labelOf(`${timeZone} ${date}`);
}

// date-fns formatting is the costly part of a label; an archive has far fewer distinct dates
// than articles, and every article's date is labelled on several pages.
const labelOf = memoByText((key: string): DateLabel => {
  const [timeZone = "UTC", date = ""] = key.split(" ");
  const datetime = calendarParts(date).time === null ? date : `${date.replace(/(?:Z|[+-]\d{2}:\d{2})$/, "")}${shownOffset(date, timeZone)}`;
  return { datetime, label: formatDate(date, timeZone) };
}, 65536);

/**
 * Label a month given as `YYYY` and `MM`.
 * @example formatMonth("2023", "09") //=> "September 2023"
 */
export function formatMonth(year: string, month: string): string {
  return monthLabel(`${year}-${month}-01`);
}

// Every article page names its month in its breadcrumbs.
const monthLabel = memoByText((day: string): string => format(toUtc(day).utc, "MMMM yyyy", { locale: enGB }));

/**
 * The month name alone, for lists inside a year.
 * @example formatMonthName("09") //=> "September"
 */
export function formatMonthName(month: string): string {
  return format(toUtc(`2000-${month}-01`).utc, "MMMM", { locale: enGB });
}

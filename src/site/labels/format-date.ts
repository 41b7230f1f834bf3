import { format } from "date-fns";
import { enGB } from "date-fns/locale/en-GB";
import { UTCDate } from "@date-fns/utc";
import type { CalendarDate } from "../../types";
import { memoByText } from "../../util/memo";

/**
 * Human date labels. Dates stay calendar strings everywhere; a `UTCDate` is built from the
 * string's own digits only to feed date-fns `format`, so the host time zone never shifts a
 * day and every machine prints the same text.
 */

const CALENDAR = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;

/** A date ready for `<time datetime="…">label</time>`. */
export interface DateLabel {
  /** The calendar string, a valid HTML `datetime` value (`2025-07-02` or `2025-07-02T00:00`). */
  readonly datetime: string;
  /** e.g. "20 September 2023" or "2 July 2025, 00:00". */
  readonly label: string;
}

function toUtc(date: CalendarDate): { utc: UTCDate; withTime: boolean } {
  const m = CALENDAR.exec(date);
  if (!m) throw new TypeError(`Not a calendar date: \`${date}\``);
  const [, y, mo, d, h, mi] = m;
  const utc = new UTCDate(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0));
  return { utc, withTime: h !== undefined };
}

/**
 * Label a calendar day or day-and-time in British English.
 * @throws TypeError when `date` is not `YYYY-MM-DD` or `YYYY-MM-DDTHH:mm`.
 * @example formatDate("2023-09-20") //=> "20 September 2023"
 * @example formatDate("2025-07-02T00:00") //=> "2 July 2025, 00:00"
 */
export function formatDate(date: CalendarDate): string {
  const { utc, withTime } = toUtc(date);
  return format(utc, withTime ? "d MMMM yyyy, HH:mm" : "d MMMM yyyy", { locale: enGB });
}

/**
 * The `<time>` pair for a date, or null when the date is unknown.
 * @example dateLabel("2023-09-20") //=> { datetime: "2023-09-20", label: "20 September 2023" }
 */
export function dateLabel(date: CalendarDate | null): DateLabel | null {
  return date === null ? null : labelOf(date);
}

// date-fns formatting is the costly part of a label; an archive has far fewer distinct dates
// than articles, and every article's date is labelled on several pages.
const labelOf = memoByText((date: string): DateLabel => ({ datetime: date, label: formatDate(date) }), 65536);

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

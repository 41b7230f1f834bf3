import * as chrono from "chrono-node";
import { calendarFromParts } from "../parse/calendar";
import type { CalendarDate } from "../types";
import { AUTHOR_CREDIT_BEFORE_DATE, DATE_LABELS, GLUED_BEFORE_CAPITAL, POST_META, RELATIVE_DATE } from "./vocabulary";
import { memoByText } from "../util/memo";
import { zoneAfterTime } from "./stated-zone";

/** An absolute date found in a line of text. */
export interface DateMention {
  /**
   * `YYYY-MM-DD`, or `YYYY-MM-DDTHH:mm` when the line gives a time, with the offset when the
   * line names the zone (`6:02 AM GMT+4` → `…T06:02+04:00`).
   */
  readonly value: CalendarDate;
  /** Why a zone printed after the time gave no offset (e.g. IST, which names three zones). */
  readonly zoneNote?: string;
  /** The matched text, e.g. `Jul 2, 2025, 12:00 AM`. */
  readonly text: string;
  /** What the label before it says this date is, if anything. */
  readonly label: "published" | "updated" | null;
}

/**
 * A numeric date whose day and month could be either way round (`05/03/2024`): refused on
 * the line alone, with both readings for a page that settles its order.
 */
export interface AmbiguousDate {
  readonly text: string;
  /** The reading with the first number as the day (5 March). */
  readonly dayFirst: CalendarDate;
  /** The reading with the first number as the month (3 May). */
  readonly monthFirst: CalendarDate;
  readonly label: DateMention["label"];
}

/** What a line says about dates. */
export interface LineDates {
  readonly mentions: readonly DateMention[];
  /** Numeric dates with both readings possible; also listed in `refused`. */
  readonly ambiguous: readonly AmbiguousDate[];
  /** Relative or ambiguous expressions seen and refused, for the explanation. */
  readonly refused: readonly string[];
  /**
   * Words left once dates, labels, times and separators are removed; null on a line with no
   * date expression at all (most lines), where it would say nothing and is not counted.
   */
  readonly residualWords: number | null;
}

// chrono needs a reference instant; a fixed one keeps results independent of the clock.
// Relative results are refused anyway, so the reference never leaks into a record.
const REFERENCE = { instant: new Date(Date.UTC(2000, 0, 1)), timezone: "UTC" };

// Cheap pre-filter: a month name or a four-digit year must be present.
const MAYBE_DATE = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b|\b(1[89]|20)\d\d\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b/i;
// A numeric day and month anywhere in a match, which may hold a time too ("11:02 AM 03/05/2024").
const NUMERIC_DATE = /(?<![\d.])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d])/;
// What may stand between a date and its time ("Mar 5, 2024 | 4:10pm", "3:14 PM · Mar 5, 2024").
const DATE_TIME_GAP = /^[\s|/,·•-]*(at\s*)?$/i;
const SEPARATORS = /[|/•·,;:()@–—-]+/g;
const TIME_WORDS = /\b(\d{1,2}(:\d\d)?\s*(a\.?m\.?|p\.?m\.?)?|[ap]\.?m\.?|at|on|et|est|edt|pst|pdt|cst|cdt|gmt|utc|bst|cet|ist|hrs?)\b/gi;
const DAY_NAMES = /\b(mon|tues?|wed|thu(rs)?|fri|sat|sun)(day)?\b\.?/gi;
const LONG_LINE = 300;
// Global, shared: used only with replace and matchAll, which leave lastIndex at 0.
const PUBLISHED_LABELS = new RegExp(DATE_LABELS.published.source, "gi");
const UPDATED_LABELS = new RegExp(DATE_LABELS.updated.source, "gi");
const POST_META_ALL = new RegExp(POST_META.source, "gi");
const GLUED_ALL = new RegExp(GLUED_BEFORE_CAPITAL.source, "gu");

function labelBefore(prefix: string): DateMention["label"] {
  // Only the nearest segment counts ("Published: X | Updated: Y"), and in it the label
  // closest to the date ("Updated X / Original Y").
  const segment = prefix.split(/[|•·]/).pop() ?? "";
  const last = (re: RegExp) => {
    let at = -1;
    for (const m of segment.matchAll(re)) at = m.index;
    return at;
  };
  const updated = last(UPDATED_LABELS);
  const published = last(PUBLISHED_LABELS);
  if (updated < 0 && published < 0) return null;
  return updated > published ? "updated" : "published";
}

/**
 * Day and month of a numeric date in `match`: a number above 12 can only be the day, and
 * otherwise both readings stay open, dotted dates too (most of Europe writes "05.03.2021" for
 * 5 March, some American sites "11.03.17" for 3 November). Null when the match is not numeric.
 */
function numericDayMonth(match: string): { day: number; month: number } | { a: number; b: number } | null {
  const m = NUMERIC_DATE.exec(match);
  if (!m) return null;
  const a = Number(m[1]);
  const b = Number(m[3]);
  if (a > 12 && b <= 12) return { day: a, month: b };
  if (b > 12 || a === b) return { day: b, month: a };
  return { a, b };
}

/**
 * Find absolute dates in one line. Relative dates ("3 days ago", "yesterday") and
 * ambiguous numeric dates (`03/04/2023`) are refused, never resolved.
 * @example findDates("By | September 20, 2023").mentions[0]?.value //=> "2023-09-20"
 */
export const findDates: (text: string) => LineDates = memoByText(findDatesUncached);

function findDatesUncached(line: string): LineDates {
  const text = line.replace(GLUED_ALL, "$1 ");
  if (text.length > LONG_LINE || !MAYBE_DATE.test(text)) {
    const relative = text.match(RELATIVE_DATE);
    return { mentions: [], ambiguous: [], refused: relative ? [relative[0]] : [], residualWords: relative ? countResidual(text) : null };
  }
  const results = chrono.strict.parse(text, REFERENCE);
  const mentions: DateMention[] = [];
  const ambiguous: AmbiguousDate[] = [];
  const refused: string[] = [];
  // Times taken by the date before them; a time is not given to two dates.
  const timeTaken = new Set<number>();
  let residual = text;
  for (let i = 0; i < results.length; i++) {
    const r = results[i]!;
    const tags = r.tags?.() ?? new Set<string>();
    if ([...tags].some((t) => t.startsWith("result/relative"))) {
      // Durations ("for three days") are prose, not a date; only "… ago" forms are dates.
      if (RELATIVE_DATE.test(r.text)) {
        refused.push(r.text);
        residual = residual.replace(r.text, " ");
      }
      continue;
    }
    residual = residual.replace(r.text, " ");
    // A credit printed against the date is post meta, not prose ("by Ana Lopez March 5, 2024").
    const credit = AUTHOR_CREDIT_BEFORE_DATE.exec(text.slice(0, r.index));
    if (credit) residual = residual.replace(credit[0], " ");
    const s = r.start;
    if (!s.isCertain("day") || !s.isCertain("month") || !s.isCertain("year")) continue;
    const time = s.isCertain("hour")
      ? { hour: s.get("hour") ?? 0, minute: s.get("minute") ?? 0, from: i }
      : nearbyTime(text, results, i, timeTaken);
    const year = s.get("year") ?? 0;
    const label = labelBefore(text.slice(0, r.index));
    const numeric = numericDayMonth(r.text);
    if (numeric && "a" in numeric) {
      refused.push(r.text);
      const dayFirst = calendarAt(year, numeric.b, numeric.a, time);
      const monthFirst = calendarAt(year, numeric.a, numeric.b, time);
      if (dayFirst && monthFirst) ambiguous.push({ text: r.text, dayFirst, monthFirst, label });
      continue;
    }
    const wall = numeric
      ? calendarAt(year, numeric.month, numeric.day, time)
      : calendarAt(year, s.get("month") ?? 0, s.get("day") ?? 0, time);
    if (wall) mentions.push(withZone({ value: wall, text: r.text, label }, text, time === null ? null : results[time.from]));
  }
  const rel = RELATIVE_DATE.exec(text);
  if (rel && !refused.includes(rel[0])) refused.push(rel[0]);
  return { mentions, ambiguous, refused, residualWords: countResidual(residual) };
}

type ChronoResults = ReturnType<typeof chrono.strict.parse>;

/**
 * A time printed beside a date without one: just after it ("Nov 18, 2019 | 4:10pm"), or
 * else just before it ("3:14 PM · Mar 5, 2024"), with only separators or "at" between.
 */
function nearbyTime(text: string, results: ChronoResults, i: number, taken: Set<number>): WallTime | null {
  const r = results[i]!;
  const timeOnly = (j: number) => {
    const t = results[j];
    return t !== undefined && !taken.has(j) && !t.start.isCertain("day") && t.start.isCertain("hour") ? t : undefined;
  };
  const next = timeOnly(i + 1);
  const prev = timeOnly(i - 1);
  const pick =
    next && DATE_TIME_GAP.test(text.slice(r.index + r.text.length, next.index))
      ? i + 1
      : prev && DATE_TIME_GAP.test(text.slice(prev.index + prev.text.length, r.index))
        ? i - 1
        : null;
  if (pick === null) return null;
  taken.add(pick);
  const t = results[pick]!.start;
  return { hour: t.get("hour") ?? 0, minute: t.get("minute") ?? 0, from: pick };
}

/** A time of day, and the chrono result it was read from. */
interface WallTime {
  readonly hour: number;
  readonly minute: number;
  readonly from: number;
}

function calendarAt(year: number, month: number, day: number, time: WallTime | null): CalendarDate | null {
  return time ? calendarFromParts(year, month, day, time.hour, time.minute) : calendarFromParts(year, month, day);
}

// How far past a time's own text its zone may be printed ("4:10pm" then " (GMT+05:30)").
const ZONE_REACH = 16;

/**
 * A mention with the zone printed after its time: the offset added when the zone names one,
 * a note when it names several. chrono's own zone reading is not used: it gives IST and CST
 * one offset each, a silent guess.
 */
function withZone(mention: DateMention, text: string, timeResult: ChronoResults[number] | undefined | null): DateMention {
  if (!timeResult) return mention;
  const after = text.slice(timeResult.index, timeResult.index + timeResult.text.length + ZONE_REACH);
  const zone = zoneAfterTime(after, mention.value);
  if (zone === null) return mention;
  if (zone.offset === null) return zone.note === undefined ? mention : { ...mention, zoneNote: zone.note };
  return { ...mention, value: `${mention.value}${zone.offset}` };
}

function countResidual(text: string): number {
  const rest = text
    .replace(RELATIVE_DATE, " ")
    .replace(PUBLISHED_LABELS, " ")
    .replace(UPDATED_LABELS, " ")
    .replace(POST_META_ALL, " ")
    .replace(TIME_WORDS, " ")
    .replace(DAY_NAMES, " ")
    .replace(SEPARATORS, " ")
    .trim();
  return rest ? rest.split(/\s+/).length : 0;
}

/** At most this many words besides the date for a line to count as a date line. */
export const DATE_LINE_MAX_OTHER_WORDS = 4;
const META_SEGMENT_WORDS = 5;

/**
 * Whether a line is article metadata around a date: the date with a few words at most
 * ("Published: 20 Sept 2023"), or short segments split by separators
 * ("October 15, 2018 / 0 Comments / in News / by admin").
 */
export function isDateLine(text: string, dates: LineDates = findDates(text)): boolean {
  if (dates.mentions.length === 0 && dates.refused.length === 0) return false;
  if (dates.residualWords !== null && dates.residualWords <= DATE_LINE_MAX_OTHER_WORDS) return true;
  const segments = text.split(/\s*[|/•·]\s*/).filter((x) => x.trim() !== "");
  return segments.length >= 2 && segments.every((x) => x.split(/\s+/).length <= META_SEGMENT_WORDS);
}

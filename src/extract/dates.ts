import * as chrono from "chrono-node";
import { calendarFromParts } from "../parse/calendar";
import type { CalendarDate } from "../types";
import { DATE_LABELS, RELATIVE_DATE } from "./vocabulary";
import { memoByText } from "../util/memo";

/** An absolute date found in a line of text. */
export interface DateMention {
  /** `YYYY-MM-DD`, or `YYYY-MM-DDTHH:mm` when the line gives a time. */
  readonly value: CalendarDate;
  /** The matched text, e.g. `Jul 2, 2025, 12:00 AM`. */
  readonly text: string;
  /** What the label before it says this date is, if anything. */
  readonly label: "published" | "updated" | null;
}

/** What a line says about dates. */
export interface LineDates {
  readonly mentions: readonly DateMention[];
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
// Purely numeric day/month forms where both parts could be a month are ambiguous.
const NUMERIC_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4})$/;
const DOTTED_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const SEPARATORS = /[|/•·,;:()@–—-]+/g;
const TIME_WORDS = /\b(\d{1,2}(:\d\d)?\s*(a\.?m\.?|p\.?m\.?)?|[ap]\.?m\.?|at|on|et|est|edt|pst|pdt|cst|cdt|gmt|utc|bst|cet|ist|hrs?)\b/gi;
const DAY_NAMES = /\b(mon|tues?|wed|thu(rs)?|fri|sat|sun)(day)?\b\.?/gi;
const LONG_LINE = 300;
// Global, shared: used only with replace and matchAll, which leave lastIndex at 0.
const PUBLISHED_LABELS = new RegExp(DATE_LABELS.published.source, "gi");
const UPDATED_LABELS = new RegExp(DATE_LABELS.updated.source, "gi");

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

function isAmbiguousNumeric(text: string): boolean {
  const m = NUMERIC_DATE.exec(text.trim());
  if (!m) return false;
  const a = Number(m[1]);
  const b = Number(m[2]);
  return a <= 12 && b <= 12 && a !== b;
}

/**
 * Find absolute dates in one line. Relative dates ("3 days ago", "yesterday") and
 * ambiguous numeric dates (`03/04/2023`) are refused, never resolved.
 * @example findDates("By | September 20, 2023").mentions[0]?.value //=> "2023-09-20"
 */
export const findDates: (text: string) => LineDates = memoByText(findDatesUncached);

function findDatesUncached(text: string): LineDates {
  if (text.length > LONG_LINE || !MAYBE_DATE.test(text)) {
    const relative = text.match(RELATIVE_DATE);
    return { mentions: [], refused: relative ? [relative[0]] : [], residualWords: relative ? countResidual(text) : null };
  }
  const results = chrono.strict.parse(text, REFERENCE);
  const mentions: DateMention[] = [];
  const refused: string[] = [];
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
    const s = r.start;
    if (!s.isCertain("day") || !s.isCertain("month") || !s.isCertain("year")) continue;
    // Dotted numeric dates are day-first wherever they are written ("05.03.2021" is 5 March).
    const dotted = DOTTED_DATE.exec(r.text.trim());
    if (!dotted && isAmbiguousNumeric(r.text)) {
      refused.push(r.text);
      continue;
    }
    // A time printed just after the date ("Nov 18, 2019 | 4:10pm") belongs to it.
    let hour = s.isCertain("hour") ? s.get("hour") : null;
    let minute = s.isCertain("hour") ? s.get("minute") : null;
    const next = results[i + 1];
    if (hour === null && next && !next.start.isCertain("day") && next.start.isCertain("hour")) {
      const between = text.slice(r.index + r.text.length, next.index);
      if (/^[\s|/,·•-]*(at\s*)?$/i.test(between)) {
        hour = next.start.get("hour");
        minute = next.start.get("minute");
      }
    }
    const [year, month, day] = dotted
      ? [Number(dotted[3]), Number(dotted[2]), Number(dotted[1])]
      : [s.get("year") ?? 0, s.get("month") ?? 0, s.get("day") ?? 0];
    const value = hour === null ? calendarFromParts(year, month, day) : calendarFromParts(year, month, day, hour ?? 0, minute ?? 0);
    if (!value) continue;
    mentions.push({ value, text: r.text, label: labelBefore(text.slice(0, r.index)) });
  }
  const rel = RELATIVE_DATE.exec(text);
  if (rel && !refused.includes(rel[0])) refused.push(rel[0]);
  return { mentions, refused, residualWords: countResidual(residual) };
}

function countResidual(text: string): number {
  const rest = text
    .replace(RELATIVE_DATE, " ")
    .replace(PUBLISHED_LABELS, " ")
    .replace(UPDATED_LABELS, " ")
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

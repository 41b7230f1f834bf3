import type { CalendarDate } from "../../types";
import type { PersonName } from "./person-name";

/**
 * What every citation style is built from: only what the record knows. Nothing is guessed: an
 * unknown author, date or publisher is absent and each style says so its own way.
 */
export interface CitationInput {
  /** The article's headline, or null when the page shows a placeholder (no headline was found). */
  readonly title: string | null;
  readonly authors: readonly PersonName[];
  /** The original publisher (the record's source), or null when unknown. */
  readonly publisher: string | null;
  /** The publication date as the record states it, or null when unknown. */
  readonly published: CalendarDate | null;
  /** The archive's name: where the copy cited is kept. */
  readonly archive: string;
  /** The article's absolute URL in the archive. */
  readonly archiveUrl: string;
  /** The article's own address at its publisher (`http`/`https`), or null when unknown. */
  readonly originalUrl: string | null;
}

/** A run of citation text, set in italics or not. */
export interface CitationPart {
  readonly text: string;
  readonly italic: boolean;
}

/** A date's calendar day as numbers: the day the archive files it under (its own offset). */
export interface Day {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * The calendar day of a record's date (its first ten characters).
 * @throws TypeError when the date does not start with `YYYY-MM-DD`.
 * @example dayOf("2024-05-14T06:02+04:00") //=> { year: 2024, month: 5, day: 14 }
 */
export function dayOf(date: CalendarDate): Day {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  if (m === null) throw new TypeError(`Not a calendar date: \`${date}\``);
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

/** English month names, January first. */
export const MONTHS: readonly string[] = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/**
 * A title closed with a full stop, unless it already ends with its own mark.
 * @example closed("Who pays?") //=> "Who pays?"
 * @example closed("Talks resume") //=> "Talks resume."
 */
export function closed(text: string): string {
  return /[.?!…]["'”’)]*$/u.test(text) ? text : `${text}.`;
}

/**
 * The full stop that closes a text set apart (an italic name), unless it ends with its own mark.
 * @example stopAfter("Example Inc.") //=> ""
 * @example stopAfter("The Times") //=> "."
 */
export function stopAfter(text: string): string {
  return closed(text).slice(text.length);
}

/**
 * Texts joined as one plain run.
 * @example plain("a", "b") //=> [{ text: "ab", italic: false }]
 */
export function plain(...texts: readonly string[]): CitationPart[] {
  return texts.length === 0 ? [] : [{ text: texts.join(""), italic: false }];
}

/**
 * A text as one italic run.
 * @example italic("The Times") //=> [{ text: "The Times", italic: true }]
 */
export function italic(text: string): CitationPart[] {
  return [{ text, italic: true }];
}

/**
 * Parts merged where neighbours share a kind, empty runs dropped.
 * @example merged([{ text: "a", italic: false }, { text: "b", italic: false }]) //=> [{ text: "ab", italic: false }]
 */
export function merged(parts: readonly CitationPart[]): CitationPart[] {
  const out: CitationPart[] = [];
  for (const part of parts) {
    if (part.text === "") continue;
    const last = out.at(-1);
    if (last !== undefined && last.italic === part.italic) out[out.length - 1] = { text: last.text + part.text, italic: last.italic };
    else out.push(part);
  }
  return out;
}

/**
 * Names joined as a list: "A, B, and C" (`serial`), "A and B" for two.
 * @example listed(["A", "B", "C"], "and") //=> "A, B, and C"
 */
export function listed(names: readonly string[], conjunction: string): string {
  if (names.length <= 1) return names.join("");
  if (names.length === 2) return `${names[0]}, ${conjunction} ${names[1]}`;
  return `${names.slice(0, -1).join(", ")}, ${conjunction} ${names.at(-1)}`;
}

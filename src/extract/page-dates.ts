import { dayOf } from "../parse/calendar";
import { findDates, isDateLine, type DateMention, type LineDates } from "./dates";
import type { Line } from "./lines";

/** Which number comes first in the page's numeric dates, when the page shows it. */
export type NumericOrder = "day-first" | "month-first";

const NUMERIC_DATES = /(?<![\d.])(\d{1,2})([/.-])(\d{1,2})\2(?:\d{4}|\d{2})(?![\d.]\d)/g;

/**
 * The order of day and month in a page's numeric dates, from the dates that can only be read
 * one way (`14/04/2020` is day-first, `04/14/2020` month-first). Null when the page shows no
 * such date, or shows both orders.
 * @example numericDateOrder(toLines("12/04/2020\n\n14/04/2020 at 3 pm")) //=> "day-first"
 */
export function numericDateOrder(lines: readonly Line[]): NumericOrder | null {
  let dayFirst = false;
  let monthFirst = false;
  for (const line of lines) {
    if (line.blank || !/\d[/.-]\d/.test(line.text)) continue;
    for (const m of line.text.matchAll(NUMERIC_DATES)) {
      const a = Number(m[1]);
      const b = Number(m[3]);
      if (a > 12 && b >= 1 && b <= 12) dayFirst = true;
      else if (b > 12 && a >= 1 && a <= 12) monthFirst = true;
    }
  }
  if (dayFirst === monthFirst) return null;
  return dayFirst ? "day-first" : "month-first";
}

/**
 * A line's date mentions, with its ambiguous numeric dates read in the page's order when the
 * page settles it.
 * @example pageMentions(findDates("05/03/2024"), "day-first")[0]?.value //=> "2024-03-05"
 */
export function pageMentions(found: LineDates, order: NumericOrder | null): readonly DateMention[] {
  if (order === null || found.ambiguous.length === 0) return found.mentions;
  const resolved = found.ambiguous.map((a) => ({
    value: order === "day-first" ? a.dayFirst : a.monthFirst,
    text: a.text,
    label: a.label,
  }));
  return [...found.mentions, ...resolved];
}

/** Date lines of the same shape this close (in lines) are links of one chain. */
const LISTING_GAP_LINES = 12;
/** A chain of at least this many date lines, on as many different days, is a listing. */
const LISTING_MIN_LINES = 3;
/** Longer lines are prose or teasers, not the short date lines listings print. */
const LISTING_MAX_WORDS = 12;

/**
 * Lines whose date belongs to a listing: a chain of short date lines written the same way,
 * close together, on different days — a comment thread's headers ("Name June 28, 2015 at
 * 10:25 pm"), a gallery's captions, a related-stories list. Such a date is an item's, not
 * the article's, wherever the headline is found.
 * @example listingDateLines(toLines("Ann May 1, 2020 at 1 pm\nBo May 2, 2020 at 2 pm\nCy May 3, 2020 at 3 pm")) //=> Set {0, 1, 2}
 */
export function listingDateLines(lines: readonly Line[]): ReadonlySet<number> {
  const byShape = new Map<string, { index: number; day: string }[]>();
  for (const line of lines) {
    if (line.blank || line.words > LISTING_MAX_WORDS) continue;
    const found = findDates(line.text);
    const first = found.mentions[0];
    if (!first || !isDateLine(line.text, found)) continue;
    const shape = lineShape(line.text, first.label);
    const members = byShape.get(shape) ?? [];
    members.push({ index: line.index, day: dayOf(first.value) });
    byShape.set(shape, members);
  }
  const listing = new Set<number>();
  for (const members of byShape.values()) {
    let chain: typeof members = [];
    const close = () => {
      if (chain.length >= LISTING_MIN_LINES && new Set(chain.map((m) => m.day)).size >= LISTING_MIN_LINES)
        for (const m of chain) listing.add(m.index);
    };
    for (const m of members) {
      const last = chain.at(-1);
      if (last && m.index - last.index > LISTING_GAP_LINES) {
        close();
        chain = [];
      }
      chain.push(m);
    }
    close();
  }
  return listing;
}

/**
 * How a date line is written, without its values or names: "Ann Lee June 28, 2015 at 10:25 pm"
 * and "Bo Chen July 6, 2015 at 6:57 pm" are both "a 9, 9 a 9:9 a"; an embedded post's
 * "Ann Lee (@ann) June 7, 2016" is "a (@a) a 9, 9".
 */
function lineShape(text: string, label: DateMention["label"]): string {
  const written = text
    .toLowerCase()
    .replace(/\d+/g, "9")
    .replace(/\p{L}+/gu, "a")
    .replace(/a(?:[\s.'’-]+a)+/g, "a");
  return `${label ?? ""} ${written}`;
}

/** Longer lines are prose that mentions a date, not a labelled date line. */
const LABELLED_MAX_WORDS = 25;

/**
 * The date the page labels as `label` ("Published: 26 September 2020") anywhere outside
 * listings, when every such label on the page names the same day: the article's own label,
 * found where the headline search did not look. Null when there is none, or when labels
 * disagree (teasers with their own dates).
 * @param accept which dates are plausible at all.
 * @example pageLabelledDate(toLines("Posted: Nov 8, 2023\n\n…"), "published", null, new Set(), () => true)?.mention.value //=> "2023-11-08"
 */
export function pageLabelledDate(
  lines: readonly Line[],
  label: "published" | "updated",
  order: NumericOrder | null,
  listing: ReadonlySet<number>,
  accept: (value: string) => boolean,
): { line: Line; mention: DateMention } | null {
  let first: { line: Line; mention: DateMention } | null = null;
  for (const line of lines) {
    if (line.blank || line.words > LABELLED_MAX_WORDS || listing.has(line.index)) continue;
    const found = findDates(line.text);
    if (found.mentions.length + found.ambiguous.length === 0 || !isDateLine(line.text, found)) continue;
    for (const mention of pageMentions(found, order)) {
      if (mention.label !== label || !accept(mention.value)) continue;
      if (first === null) first = { line, mention };
      else if (dayOf(first.mention.value) !== dayOf(mention.value)) return null;
    }
  }
  return first;
}

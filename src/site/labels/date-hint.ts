/**
 * An honest hint for an undated article: the latest year its own text mentions. It is never
 * used as a date (no sorting, no archive month); pages print it labelled as an estimate.
 */

/** Years outside this range are not taken as years (street numbers, counts, codes). */
export const HINT_MIN_YEAR = 1800;
export const HINT_MAX_YEAR = 2099;

// A four-digit number standing alone: not part of a longer number, a decimal, an amount or a
// percentage, and not directly followed by a word that makes it a count ("2000 troops").
const YEAR =
  /(?<![\p{L}\p{N}$€£.,/-])(1[89]\d\d|20\d\d)(?![\p{L}\p{N}%]|[.,]\d|\s+(?:people|persons|troops|soldiers|men|women|children|civilians|families|homes|houses|km|kilometres|kilometers|metres|meters|miles|tons|tonnes|dollars|euros|manats|drams|roubles|rubles|units|pieces|copies|votes|members|residents|refugees)\b)/giu;

/**
 * The latest plausible year mentioned in the text, or null when none is.
 * @example latestMentionedYear(["Fighting in 1992 and again in 2020."]) //=> 2020
 * @example latestMentionedYear(["Some 2000 troops arrived."]) //=> null
 */
export function latestMentionedYear(paragraphs: readonly string[]): number | null {
  let latest: number | null = null;
  for (const p of paragraphs) {
    for (const m of p.matchAll(YEAR)) {
      const year = Number(m[1]);
      if (year >= HINT_MIN_YEAR && year <= HINT_MAX_YEAR && (latest === null || year > latest)) latest = year;
    }
  }
  return latest;
}

/**
 * The estimate line shown where an undated article's date would be.
 * @returns null when the date is known or the text mentions no year.
 * @example dateHintLabel(null, ["Since 2020 and in 2024."]) //=> "mentions events up to 2024"
 */
export function dateHintLabel(published: string | null, paragraphs: readonly string[]): string | null {
  if (published !== null) return null;
  const year = latestMentionedYear(paragraphs);
  return year === null ? null : `mentions events up to ${year}`;
}

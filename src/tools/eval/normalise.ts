/**
 * Text normalisation for scoring extracted fields against labelled truth. Comparisons are
 * deliberately forgiving about typography (curly quotes, dashes, odd spaces) and case, so a
 * score measures what was found, not how it was typeset.
 */

const TYPOGRAPHY: readonly (readonly [RegExp, string])[] = [
  [/[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g, "'"],
  [/[\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB]/g, '"'],
  [/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212]/g, "-"],
  [/\u2026/g, "..."],
  [/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, " "],
  [/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, ""],
];

/**
 * Normalise for "same text" comparisons: NFKC, straight quotes, ASCII dashes, collapsed
 * whitespace, lower case.
 * @example normText("  The \u201Cbig\u201D day \u2014 Part 2 ") //=> 'the "big" day - part 2'
 */
export function normText(s: string | null | undefined): string {
  if (s == null) return "";
  let t = String(s).normalize("NFKC");
  for (const [re, rep] of TYPOGRAPHY) t = t.replace(re, rep);
  return t.replace(/\s+/g, " ").trim().toLowerCase();
}

/** Lower-case word tokens (Unicode letters, digits and `_`). */
export function tokens(s: string | null | undefined): string[] {
  if (!s) return [];
  return (
    String(s)
      .normalize("NFKC")
      .toLowerCase()
      .match(/[\p{L}\p{N}_]+/gu) ?? []
  );
}

/** Count of each distinct item. */
export function bag(items: readonly string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of items) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

/** Multiset overlap of predicted and true items as true positives, false positives, false negatives. */
export function bagOverlap(predicted: readonly string[], truth: readonly string[]): { tp: number; fp: number; fn: number } {
  const p = bag(predicted);
  const t = bag(truth);
  let tp = 0;
  for (const [k, c] of p) tp += Math.min(c, t.get(k) ?? 0);
  return { tp, fp: predicted.length - tp, fn: truth.length - tp };
}

/**
 * Person-name normalisation for author matching: {@link normText}, a leading "By"-style word
 * dropped, accents and punctuation removed.
 * @example normName("By Zoë O\u2019Brien") //=> "zoe o brien"
 */
export function normName(s: string): string {
  let t = normText(s);
  t = t.replace(/^(by|written by|words by|reported by|von|par)\s+/, "");
  t = t.normalize("NFD").replace(/\p{M}+/gu, "");
  return t
    .replace(/[^\p{L}\p{N} ]+/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Publisher-name normalisation: case, accents, a URL scheme and `www.`, a trailing
 * `.com`-style suffix, all punctuation and spaces, and a leading "The".
 * @example normSource("The Daily Example.com") //=> "dailyexample"
 */
export function normSource(s: string): string {
  let t = normText(s);
  t = t.normalize("NFD").replace(/\p{M}+/gu, "");
  t = t.replace(/^https?:\/\//, "").replace(/^www\./, "");
  t = t.replace(/\.(com|net|org|info|co\.uk|co|uk|ca|in|au|ie|us|tv|news)$/, "");
  t = t.replace(/[^\p{L}\p{N}]+/gu, "");
  return t.replace(/^(the)+/, "");
}

/** The `YYYY-MM-DD` part of an ISO-like date string, or null when there is none. */
export function isoDay(s: string | null | undefined): string | null {
  if (s == null) return null;
  const m = /(\d{4})-(\d{2})-(\d{2})/.exec(String(s));
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

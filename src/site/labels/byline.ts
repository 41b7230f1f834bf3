import type { ArticleRecord } from "../../types";

// English month names, full and short ("September", "Sep"), from the runtime's own calendar
// data, and "Sept", the other common short form.
const MONTH_WORDS = new Set(
  (["long", "short"] as const).flatMap((month) =>
    Array.from({ length: 12 }, (_, i) =>
      new Intl.DateTimeFormat("en", { month, timeZone: "UTC" }).format(Date.UTC(2000, i, 1)).toLowerCase(),
    ),
  ),
);
MONTH_WORDS.add("sept");

/** Whether a raw byline names anyone: a word left once "By", month names and numbers are set aside. */
function namesSomeone(raw: string): boolean {
  const words = raw.replace(/^by\b/iu, "").match(/\p{L}+/gu) ?? [];
  return words.some((w) => !MONTH_WORDS.has(w.toLowerCase()));
}

/**
 * "By A, B and C" from the recognised names; otherwise the raw byline when it has any words
 * besides "By" and a date ("By | September 20, 2023" names no one); otherwise null (the page
 * then says "Author unknown").
 * @example bylineText({ authors: ["A", "B"], byline: null }) //=> "By A and B"
 */
export function bylineText(r: Pick<ArticleRecord, "authors" | "byline">): string | null {
  const names = r.authors.map((a) => a.trim()).filter((a) => a !== "");
  if (names.length > 0) {
    const last = names.at(-1) as string;
    return names.length === 1 ? `By ${last}` : `By ${names.slice(0, -1).join(", ")} and ${last}`;
  }
  const raw = r.byline?.trim() ?? "";
  return namesSomeone(raw) ? raw : null;
}

/**
 * The article's author names that get a page: trimmed, non-empty, each once, in byline order.
 * @example authorNames({ authors: [" A ", "", "A", "B"] }) //=> ["A", "B"]
 */
export function authorNames(r: Pick<ArticleRecord, "authors">): string[] {
  return [...new Set(r.authors.map((a) => a.trim()).filter((a) => a !== ""))];
}

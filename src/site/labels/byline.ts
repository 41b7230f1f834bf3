import type { ArticleRecord } from "../../types";

/**
 * "By A, B and C" from the recognised names; otherwise the raw byline when it has any words
 * besides "By"; otherwise null (the page then says "Author unknown").
 * @example bylineText({ authors: ["A", "B"], byline: null }) //=> "By A and B"
 */
export function bylineText(r: Pick<ArticleRecord, "authors" | "byline">): string | null {
  const names = r.authors.map((a) => a.trim()).filter((a) => a !== "");
  if (names.length > 0) {
    const last = names.at(-1) as string;
    return names.length === 1 ? `By ${last}` : `By ${names.slice(0, -1).join(", ")} and ${last}`;
  }
  const raw = r.byline?.trim() ?? "";
  return /\p{L}/u.test(raw.replace(/^by\b/iu, "")) ? raw : null;
}

/**
 * The article's author names that get a page: trimmed, non-empty, each once, in byline order.
 * @example authorNames({ authors: [" A ", "", "A", "B"] }) //=> ["A", "B"]
 */
export function authorNames(r: Pick<ArticleRecord, "authors">): string[] {
  return [...new Set(r.authors.map((a) => a.trim()).filter((a) => a !== ""))];
}

import type { OriginalText, SiteData } from "../archive/site-data";

/**
 * The `original.txt` page of each article: the record's `original` text, byte for byte.
 * A JavaScript template rather than Nunjucks because plain text must not be HTML-escaped,
 * and the only unescaped output allowed in Nunjucks is the sanitized article body.
 * `templates/original.11ty.ts` re-exports this so it is type-checked with `src/`.
 */

interface OriginalData {
  readonly site: SiteData;
  readonly original: OriginalText;
}

/** Eleventy front data: one page per article, at the URL computed in `src/archive/urls.ts`. */
export const data = {
  pagination: { data: "site.views.originals", size: 1, alias: "original" },
  permalink: (page: OriginalData): string => page.original.url,
  eleventyExcludeFromCollections: true,
};

/** @returns the original text unchanged. */
export function render(page: OriginalData): string {
  return page.original.text;
}

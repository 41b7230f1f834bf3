import type { ArticleRecord } from "../types";
import { authorNames, bylineText } from "./labels/byline";
import { formatDate } from "./labels/format-date";
import { displayName } from "./name-slugs";
import { escapeXml } from "./outputs/xml";

/**
 * What a search result shows and filters by, beside its headline and excerpt: the date, the
 * source and the byline, each saying once, plainly, when it is unknown. Pagefind's UI prints
 * meta values as text but filter labels as HTML, so filter values arrive escaped.
 */

/** The fields of an article a search result describes. */
export type SearchFieldsRecord = Pick<ArticleRecord, "headline" | "published" | "source" | "authors" | "byline">;

/** A result's lines under its headline (Pagefind prints each as "Key: value"). */
export interface SearchMeta {
  readonly title: string;
  readonly published: string;
  readonly source: string;
  readonly author: string;
}

/** The search page's filters of one article, HTML-escaped. */
export type SearchFilters = { readonly [name in (typeof SEARCH_FILTER_NAMES)[number]]: string[] };

/** The filters' names, as the search page's address and Pagefind's UI spell them. */
export const SEARCH_FILTER_NAMES = ["topic", "source", "author", "year"] as const;

/** The filter value of articles without a date (the year filter). */
export const UNDATED_FILTER = "Undated";
/** The filter value of articles whose publisher is unknown (the source filter). */
export const UNKNOWN_SOURCE_FILTER = "Source unknown";
/** The sort key of an undated article: before every day, so last when newest come first. */
const UNDATED_SORT = "0000-00-00";

/**
 * A result's date, source and byline.
 * @example searchMeta({ headline: "H", published: "2024-05-14", source: "The Times", authors: ["A"], byline: null })
 * //=> { title: "H", published: "14 May 2024", source: "The Times", author: "A" }
 */
export function searchMeta(record: SearchFieldsRecord): SearchMeta {
  const byline = bylineText(record);
  return {
    title: record.headline,
    // The day as the article states it; the article page shows the time and its zone.
    published: record.published === null ? "unknown" : formatDate(record.published.slice(0, 10)),
    source: record.source === null ? "unknown" : displayName(record.source),
    author: byline === null ? "unknown" : byline.replace(/^by\s+/iu, ""),
  };
}

/**
 * The article's filter values: topic labels, source, authors and year, with "Undated" and
 * "Source unknown" so readers can pick the articles lacking them.
 * @param topicLabels the labels of the article's topics, in its order.
 * @example searchFilters({ …, published: null, source: null, authors: [] }, ["War"]).year //=> ["Undated"]
 */
export function searchFilters(record: SearchFieldsRecord, topicLabels: readonly string[]): SearchFilters {
  return {
    topic: topicLabels.map(escapeXml),
    // One filter value however the file encoded the name (NFC or NFD, spaces): a spelling
    // chosen across the archive would tie each shard to the others' articles.
    source: [escapeXml(record.source === null ? UNKNOWN_SOURCE_FILTER : displayName(record.source))],
    author: authorNames(record).map((name) => escapeXml(displayName(name))),
    year: [record.published === null ? UNDATED_FILTER : record.published.slice(0, 4)],
  };
}

/**
 * The article's sort key by date: its day (the archive's order by day), undated before all.
 * @example searchSort({ …, published: "2024-05-14T06:02+04:00" }) //=> { date: "2024-05-14" }
 */
export function searchSort(record: Pick<ArticleRecord, "published">): { readonly date: string } {
  return { date: record.published === null ? UNDATED_SORT : record.published.slice(0, 10) };
}

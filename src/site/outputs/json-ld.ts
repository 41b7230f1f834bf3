import { datedValue } from "../../parse/instant";
import type { ArticleRecord, CalendarDate } from "../../types";
import { authorNames } from "../labels/byline";
import { absolute, type Scaffold } from "../scaffold";
import type { Link } from "../site-data";
import * as urls from "../urls";
import { originalFileUrl } from "./saved-pages";

/**
 * schema.org `NewsArticle` structured data for an article page. Only known values are
 * included: no date, author or publisher is ever guessed.
 */

/** What the structured data is built from. URLs are absolute. */
export interface NewsArticleInput {
  readonly url: string;
  readonly headline: string;
  readonly published: CalendarDate | null;
  readonly updated: CalendarDate | null;
  readonly authors: readonly { readonly name: string; readonly url: string }[];
  readonly publisher: string | null;
  readonly originalUrl: string;
  /** A saved page's own address, or null: what the article is based on, beside its original text. */
  readonly canonical: string | null;
  readonly keywords: readonly string[];
  readonly description: string;
  /** The site's time zone, for times written without an offset. */
  readonly timeZone: string;
}

/**
 * The JSON-LD object for a `NewsArticle`.
 * @example newsArticle({ url, headline: "H", published: null, … })["datePublished"] //=> undefined
 */
export function newsArticle(input: NewsArticleInput): Record<string, unknown> {
  const data: Record<string, unknown> = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    "@id": input.url,
    url: input.url,
    mainEntityOfPage: input.url,
    headline: input.headline,
  };
  if (input.description !== "") data["description"] = input.description;
  // A day stays a day; a time carries its offset, so the instant is the one the article states.
  if (input.published !== null) data["datePublished"] = datedValue(input.published, input.timeZone);
  if (input.updated !== null) data["dateModified"] = datedValue(input.updated, input.timeZone);
  if (input.authors.length > 0) {
    data["author"] = input.authors.map((a) => ({ "@type": "Person", name: a.name, url: a.url }));
  }
  if (input.publisher !== null) data["publisher"] = { "@type": "Organization", name: input.publisher };
  if (input.keywords.length > 0) data["keywords"] = input.keywords;
  data["isBasedOn"] = input.canonical === null ? input.originalUrl : [input.canonical, input.originalUrl];
  return data;
}

/**
 * JSON text safe to place inside `<script type="application/ld+json">`: `<`, `>` and `&` are
 * written as `\u` escapes so no `</script>` or `<!--` can appear, and U+2028/U+2029 are escaped
 * for older JavaScript parsers. The result still parses to the same value.
 * @example serializeJsonLd({ a: "</script>" }) //=> '{"a":"\\u003c/script\\u003e"}'
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}

/**
 * An article page's structured data, serialised (a builder for `ViewCache.perObject`: kept per
 * record while the site's address, the authors' pages and the topic labels stay).
 * @param authorSlugs the page slug of each of the article's author names (see `authorNames`).
 * @param topics the article's topic links, whose labels are its keywords.
 * @param description the article's summary.
 * @example JSON.parse(articleJsonLd(record, s, [], [], ""))["@type"] //=> "NewsArticle"
 */
export function articleJsonLd(
  r: ArticleRecord,
  s: Scaffold,
  authorSlugs: readonly string[],
  topics: readonly Link[],
  description: string,
): string {
  return serializeJsonLd(
    newsArticle({
      url: absolute(s, urls.articleUrl(r.slug)),
      headline: r.headline,
      published: r.published,
      updated: r.updated,
      authors: authorNames(r).map((name, i) => ({ name, url: absolute(s, urls.authorUrl(authorSlugs[i] as string)) })),
      publisher: r.source,
      originalUrl: absolute(s, originalFileUrl(r)),
      canonical: r.canonical?.value ?? null,
      keywords: topics.map((t) => t.label),
      description,
      timeZone: s.timeZone,
    }),
  );
}

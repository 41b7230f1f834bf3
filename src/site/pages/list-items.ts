import type { ArticleRecord } from "../../types";
import { dateLabel } from "../labels/format-date";
import { summarize } from "../labels/summary";
import type { Link, ListItem } from "../site-data";
import * as urls from "../urls";
import { topicLinks, type PageContext } from "../scaffold";

/** Most topic chips an article shows in a list; the rest are counted ("+2 more"). */
export const MAX_LIST_CHIPS = 3;

/**
 * The list item of every article, by slug, in the order given. An unchanged article keeps its
 * list item object from one build to the next (the dev server compares pages, and identical
 * objects compare at once), and every list showing the article shares that one object.
 * @throws TypeError when an article names a topic the taxonomy lacks.
 * @example listItemsBySlug(ctx, sorted).get("a")?.href //=> "/articles/a/"
 */
export function listItemsBySlug(ctx: Pick<PageContext, "scaffold" | "cache">, records: readonly ArticleRecord[]): Map<string, ListItem> {
  const { cache, scaffold } = ctx;
  return new Map(
    records.map((r) => [
      r.slug,
      cache.perObject(listItem, r, scaffold.prefix, topicLinks(ctx, r.topics), cache.perObject(summarize, r), scaffold.timeZone),
    ]),
  );
}

/** An article as lists show it (a builder for `ViewCache.perObject`). */
function listItem(r: ArticleRecord, prefix: string, topics: readonly Link[], summary: string, timeZone: string): ListItem {
  return {
    slug: r.slug,
    href: urls.withPathPrefix(prefix, urls.articleUrl(r.slug)),
    headline: r.headline,
    published: dateLabel(r.published, timeZone),
    source: r.source,
    topics,
    chips: topics.length > MAX_LIST_CHIPS ? topics.slice(0, MAX_LIST_CHIPS) : topics,
    moreTopics: moreTopicsLabel(topics.length),
    summary,
    draft: r.draft,
  };
}

/**
 * What a list says of the topics it does not show as chips: "+2 more", or null when every
 * topic is shown.
 * @example moreTopicsLabel(5) //=> "+2 more"
 */
export function moreTopicsLabel(count: number): string | null {
  return count > MAX_LIST_CHIPS ? `+${count - MAX_LIST_CHIPS} more` : null;
}

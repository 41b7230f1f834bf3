import type { ArticleRecord } from "../../types";
import type { TopicGroup } from "../group/group-by-topic";
import { paginate } from "../group/paginate";
import type { CountedLink, Link, TopicPageView, TopicsIndexView } from "../site-data";
import * as urls from "../urls";
import type { TopicDates } from "./topic-dates";
import { searchWithin } from "./search-within";
import { counted, link, listItemsOf, viewBase, type PageContext, type Scaffold } from "../scaffold";

/** The topics' pages: the index of topics, and each topic's paginated list of articles. */

/** A topic as its index lists it: its link, its article count and its description. */
export type CountedTopic = CountedLink & { readonly description: string };

/**
 * Every topic given with its count, in the groups' order (by label).
 * @example countedTopics(s, groupByTopic(sorted, topics)).map((t) => t.count)
 */
export function countedTopics(s: Scaffold, groups: readonly TopicGroup<ArticleRecord>[]): CountedTopic[] {
  return groups.map(({ topic, items }) => ({
    ...link(s, urls.topicUrl(topic.slug), topic.label),
    ...counted(items.length),
    description: topic.description,
  }));
}

/**
 * The index of the topics with articles (an empty topic has no page to link to).
 * @example topicsIndexView(ctx, topics).url //=> "/topics/"
 */
export function topicsIndexView(ctx: PageContext, topics: readonly CountedTopic[]): TopicsIndexView {
  const s = ctx.scaffold;
  return {
    kind: "topics",
    ...viewBase(s, urls.topicsIndexUrl(), "Topics", "topics", [s.links.home], "Every topic of the archive."),
    topics,
  };
}

/**
 * Each topic's pages of `pageSize` articles, newest first, with links to the topic's own year
 * and undated pages and its own feed. Given only topics with articles: an empty topic has no page.
 * @param dates each topic's articles by date (see `topicDates`), in the same order as `groups`.
 * @example topicPageViews(ctx, groups, dates).map((p) => p.url) // ["/topics/armenia/", "/topics/armenia/page/2/", …]
 */
export function topicPageViews(
  ctx: PageContext,
  groups: readonly TopicGroup<ArticleRecord>[],
  dates: readonly TopicDates[],
): TopicPageView[] {
  const s = ctx.scaffold;
  return groups.flatMap(({ topic, items: list }, i) => {
    const { years, undated } = dates[i] as TopicDates;
    const feed = link(s, urls.topicFeedUrl(topic.slug), `${topic.label}: ${s.site}`);
    const pageLink = (n: number): Link => link(s, urls.topicUrl(topic.slug, n), `Page ${n}`);
    return paginate(list, ctx.pageSize).map((page): TopicPageView => {
      const title = page.number === 1 ? topic.label : `${topic.label}, page ${page.number} of ${page.total}`;
      return {
        kind: "topic",
        ...viewBase(s, urls.topicUrl(topic.slug, page.number), title, "topics", [s.links.home, s.links.topicsIndex], topic.description, {
          feed,
        }),
        description: topic.description,
        searchWithin: searchWithin(s, "topic", topic.label),
        years,
        undated,
        ...counted(list.length),
        pageNumber: page.number,
        pageCount: page.total,
        paginated: page.total > 1,
        items: listItemsOf(ctx, page.items),
        previousPage: page.number > 1 ? pageLink(page.number - 1) : null,
        nextPage: page.number < page.total ? pageLink(page.number + 1) : null,
      };
    });
  });
}

import { instantMs, lastChange, rfc3339 } from "../../parse/instant";
import type { ArticleRecord } from "../../types";
import type { TopicGroup } from "../group/group-by-topic";
import { authorNames } from "../labels/byline";
import { summarize } from "../labels/summary";
import { absolute, type Scaffold } from "../scaffold";
import type { OriginalText } from "../site-data";
import * as urls from "../urls";
import type { ViewCache } from "../view-identity";
import { atomEntry, atomFeed, newestUpdated, type FeedEntry } from "./atom";
import { lazyText } from "./lazy-text";
import { originalFileUrl } from "./saved-pages";

/** Most entries in one Atom feed: the newest dated articles. Readers only poll for new ones. */
export const FEED_MAX_ENTRIES = 50;

/** A feed of one source's or one author's articles. */
export interface NamedFeed {
  /** The feed's site path (`/sources/<slug>/feed.xml`). */
  readonly path: string;
  /** The page listing the same articles. */
  readonly pagePath: string;
  readonly title: string;
  readonly subtitle: string;
  /** Newest first. */
  readonly items: readonly ArticleRecord[];
}

/**
 * The site's Atom feeds: one of all articles, one per topic with articles, and one per source
 * and per author (`named`), so a reader can follow a publication or a writer.
 *
 * A feed is written from its source when rendered, and the dev server compares the sources:
 * building the text of every feed on every rebuild (one per topic besides the site's, each entry
 * with its article's body) would cost more than the pages it changes (measurements:
 * docs/performance.md, 'Feeds made when written'). An unchanged article keeps its entry object, and
 * the entry its XML. A topic feed with no entries gives the site feed's newest change as its
 * `updated`: a date from the content, the same on every build.
 * @param sorted every article, newest first.
 * @param topicGroups every topic with articles, and its articles, newest first.
 * @param named the source and author feeds, in the order they are written.
 * @param language the language of the site's text (the `language` setting), each feed's `xml:lang`.
 * @example feedFiles(cache, s, sorted, groups, "en", named).map((f) => f.url) // ["/feed.xml", "/topics/armenia/feed.xml", …]
 */
export function feedFiles(
  cache: ViewCache,
  s: Scaffold,
  sorted: readonly ArticleRecord[],
  topicGroups: readonly TopicGroup<ArticleRecord>[],
  language: string,
  named: readonly NamedFeed[] = [],
): OriginalText[] {
  const entries = (list: readonly ArticleRecord[]): FeedEntry[] =>
    list
      .filter((r): r is DatedRecord => r.published !== null)
      .slice(0, FEED_MAX_ENTRIES)
      .map((r) => cache.perObject(feedEntry, r, s, cache.perObject(summarize, r)));
  const entryXml = (entry: FeedEntry): string => cache.perObject(atomEntry, entry);
  const siteEntries = entries(sorted);
  const emptyUpdated = newestUpdated(siteEntries);
  const feed = (path: string, pagePath: string, title: string, subtitle: string, list: readonly FeedEntry[]): OriginalText => {
    const source = {
      selfUrl: absolute(s, path),
      pageUrl: absolute(s, pagePath),
      title,
      subtitle,
      language,
      entries: list,
      // Only an empty feed prints it: a feed with entries must not change when it does.
      ...(emptyUpdated === null || list.length > 0 ? {} : { emptyUpdated }),
    };
    return lazyText(path, source, () => atomFeed(source, entryXml));
  };
  return [
    feed(urls.feedUrl(), urls.homeUrl(), s.site, "The newest articles of the archive.", siteEntries),
    ...topicGroups.map(({ topic, items }) =>
      feed(urls.topicFeedUrl(topic.slug), urls.topicUrl(topic.slug), `${topic.label}: ${s.site}`, topic.description, entries(items)),
    ),
    ...named.map((n) => feed(n.path, n.pagePath, `${n.title}: ${s.site}`, n.subtitle, entries(n.items))),
  ];
}

type DatedRecord = ArticleRecord & { readonly published: string };

/** One article's feed entry (a builder for `ViewCache.perObject`). */
function feedEntry(r: DatedRecord, s: Scaffold, summary: string): FeedEntry {
  const changed = lastChange(r.published, r.updated, s.timeZone) ?? r.published;
  return {
    url: absolute(s, urls.articleUrl(r.slug)),
    title: r.headline,
    published: rfc3339(r.published, s.timeZone),
    updated: rfc3339(changed, s.timeZone),
    updatedMs: instantMs(changed, s.timeZone),
    authors: authorNames(r),
    summary,
    categories: r.topics.map((t) => s.topicLabels.get(t) ?? t),
    originalUrl: absolute(s, originalFileUrl(r)),
    contentHtml: r.bodyHtml,
  };
}

import type { OriginalReaders } from "../load/original-bytes";
import { DEFAULT_SETTINGS, type ArchiveSettings } from "../config/settings";
import type { ArticleRecord, Topic } from "../types";
import type { Redirect } from "../ingest/permanent-urls";
import { groupByDate } from "./group/group-by-date";
import { groupByTopic } from "./group/group-by-topic";
import { bylineText } from "./labels/byline";
import { newestFirstOf } from "./order/sort";
import { articlesJsonFiles } from "./outputs/articles-json";
import { feedFiles } from "./outputs/feeds";
import { originalTexts } from "./outputs/originals";
import { redirectFiles } from "./outputs/redirects";
import { savedPageFiles } from "./outputs/saved-pages";
import { sitemapFiles, type SitemapPage } from "./outputs/sitemap";
import { articleViews } from "./pages/article";
import { archiveIndexView, monthViews, undatedLink, undatedView, yearSummaries, yearViews } from "./pages/dates";
import { homeView } from "./pages/home";
import { listItemsBySlug } from "./pages/list-items";
import { authorsIndexView, nameFeeds, nameIndex, nameListViews, sourcesIndexView } from "./pages/names";
import { notFoundView } from "./pages/not-found";
import { searchView } from "./pages/search";
import { countedTopics, topicPageViews, topicsIndexView } from "./pages/topic";
import { topicDates, topicDateViews } from "./pages/topic-dates";
import { absolute, href, listItemsOf, scaffoldOf, type PageContext } from "./scaffold";
import { searchShards } from "./search-shards";
import type { ListItem, SiteData } from "./site-data";
import * as urls from "./urls";
import { ViewCache } from "./view-identity";

/** The settings the site data depends on; the URL settings default to the archive defaults. */
export type SiteSettings = Pick<ArchiveSettings, "siteName" | "pageSize"> &
  Partial<Pick<ArchiveSettings, "siteUrl" | "pathPrefix" | "searchShardSize" | "language" | "timeZone">>;

/**
 * Precompute every page of the site from the ingested records and the taxonomy: this module
 * only puts together what the page modules (`pages/`) and the text outputs (`outputs/`) build.
 *
 * Pure and deterministic: the output depends only on the arguments (no clock, no file
 * system, no host time zone; original texts come from `originalText` when they are written),
 * and lists are ordered newest first, then by slug.
 *
 * Every `url` is a site path (the permalink); every `href` already carries the path prefix,
 * and feeds, the sitemap and page metadata use absolute URLs from `siteUrl`.
 *
 * @param records validated records (drafts already filtered by ingestion as configured).
 * @param topics the editors' taxonomy; a topic gets pages and a feed while an article has it
 *   (an empty page tells a reader nothing, and a feed of nothing is a dead subscription).
 * @param originals give a record's original text and a saved page's bytes; called only when
 *   the files made from them are written (they are not kept: see `ArticleRecord.originalSha256`).
 * @param cache what an earlier build of the same session left to keep (the dev server passes
 *   its own; a single build passes none). Only what is built from the same inputs is kept.
 * @param redirects old URLs and the published slugs they lead to (`IngestResult.urls`).
 * @throws TypeError on two records with the same slug or a record naming an unknown topic
 *   (ingestion reports both as diagnostics first, so reaching here is a programming error),
 *   or on an invalid `siteUrl` or `pathPrefix`.
 * @example buildSiteData(result.records, result.topics, settings).views.articles.length
 */
export function buildSiteData(
  records: readonly ArticleRecord[],
  topics: readonly Topic[],
  settings: SiteSettings,
  originals: OriginalReaders,
  cache: ViewCache = new ViewCache(),
  redirects: readonly Redirect[] = [],
): SiteData {
  assertUniqueSlugs(records);
  cache.startBuild();
  const prefix = urls.normalizePathPrefix(settings.pathPrefix ?? DEFAULT_SETTINGS.pathPrefix);
  const origin = urls.normalizeSiteUrl(settings.siteUrl ?? DEFAULT_SETTINGS.siteUrl);
  const language = settings.language ?? DEFAULT_SETTINGS.language;
  const scaffold = cache.shared(
    scaffoldOf,
    settings.siteName,
    prefix,
    origin,
    topics.map((t): [string, string] => [t.slug, t.label]),
    settings.timeZone ?? DEFAULT_SETTINGS.timeZone,
  );
  const sorted = newestFirstOf(records, scaffold.timeZone);
  const ctx: PageContext = { scaffold, cache, pageSize: settings.pageSize, items: listItemsBySlug({ scaffold, cache }, sorted) };

  const byDate = groupByDate(sorted, scaffold.timeZone);
  const years = yearSummaries(scaffold, byDate);
  const undated = undatedLink(scaffold, byDate);
  const names = nameIndex(ctx, sorted);
  const articles = articleViews(ctx, sorted, names);
  const topicGroups = groupByTopic(sorted, topics, scaffold.timeZone).filter((g) => g.items.length > 0);
  const topicList = countedTopics(scaffold, topicGroups);
  const byTopicDate = topicGroups.map((g) => topicDates(scaffold, g.topic, g.items));
  const topicPages = topicPageViews(ctx, topicGroups, byTopicDate);
  const topicDatePages = topicDateViews(ctx, byTopicDate);
  const yearPages = [...yearViews(ctx, byDate, years), ...topicDatePages.years];
  const monthPages = [...monthViews(ctx, byDate), ...topicDatePages.months];
  const undatedPages = [undatedView(ctx, byDate), ...topicDatePages.undated];
  const lists = nameListViews(ctx, names);
  const bySlug = new Map(sorted.map((r) => [r.slug, r]));
  const listed = (view: { readonly url: string; readonly items: readonly ListItem[] }): SitemapPage => ({
    path: view.url,
    records: view.items.map((item) => bySlug.get(item.slug) as ArticleRecord),
  });
  const everything = (path: string): SitemapPage => ({ path, records: sorted });
  const home = homeView(ctx, {
    articleCount: records.length,
    latest: listItemsOf(ctx, sorted.slice(0, settings.pageSize)),
    topics: topicList,
    years,
    undated,
  });
  const sitemapPages: SitemapPage[] = [
    { path: home.url, records: sorted.slice(0, settings.pageSize) },
    everything(urls.topicsIndexUrl()),
    ...topicPages.map(listed),
    everything(urls.archiveUrl()),
    ...yearPages.map(listed),
    ...monthPages.map(listed),
    ...undatedPages.map(listed),
    everything(urls.sourcesIndexUrl()),
    everything(urls.authorsIndexUrl()),
    ...lists.map(listed),
  ];
  const shards = searchShards(records, topics, prefix, settings.searchShardSize ?? DEFAULT_SETTINGS.searchShardSize).map(
    ({ key, folder }) => ({ key, folder }),
  );

  return {
    siteName: scaffold.site,
    language,
    pathPrefix: prefix,
    searchShards: shards,
    homeUrl: href(scaffold, urls.homeUrl()),
    stylesheetUrl: urls.stylesheetUrl(),
    assets: { stylesheet: href(scaffold, urls.stylesheetUrl()), icon: href(scaffold, urls.iconUrl()) },
    stats: {
      articles: records.length,
      undated: byDate.undated.length,
      withoutSource: names.withoutSource.length,
      withoutByline: records.filter((r) => bylineText(r) === null).length,
      topicsUsed: topicGroups.length,
    },
    views: {
      home: [home],
      articles,
      originals: originalTexts(sorted, originals.text),
      savedPages: savedPageFiles(scaffold, sorted, originals),
      topicsIndex: [topicsIndexView(ctx, topicList)],
      topicPages,
      archiveIndex: [archiveIndexView(ctx, years, undated)],
      years: yearPages,
      months: monthPages,
      undated: undatedPages,
      notFound: [notFoundView(ctx)],
      sourcesIndex: [sourcesIndexView(ctx, names)],
      authorsIndex: [authorsIndexView(ctx, names)],
      lists,
      search: [
        searchView(
          ctx,
          shards.map((shard) => shard.folder),
        ),
      ],
      files: [
        ...feedFiles(cache, scaffold, sorted, topicGroups, language, nameFeeds(names)),
        ...sitemapFiles(scaffold, sitemapPages, sorted),
      ],
      exports: articlesJsonFiles(
        [
          ...byDate.years.map((y) => ({ year: y.year, records: y.items })),
          ...(byDate.undated.length === 0 ? [] : [{ year: null, records: byDate.undated }]),
        ],
        (path) => absolute(scaffold, path),
        scaffold.timeZone,
      ),
      redirects: redirectFiles(scaffold, redirects, sorted),
    },
  };
}

function assertUniqueSlugs(records: readonly ArticleRecord[]): void {
  const seen = new Map<string, string>();
  for (const r of records) {
    const other = seen.get(r.slug);
    if (other !== undefined) throw new TypeError(`Slug \`${r.slug}\` is used by both ${other} and ${r.file}`);
    seen.set(r.slug, r.file);
  }
}

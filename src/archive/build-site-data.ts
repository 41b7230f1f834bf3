import { createHash } from "node:crypto";
import { DEFAULT_SETTINGS, type ArchiveSettings } from "../settings";
import type { ArticleRecord, Topic } from "../types";
import type { OriginalTextReader } from "../load/original-text";
import { dateHintLabel } from "./date-hint";
import { articlesJsonFiles } from "./articles-json";
import { lazyText } from "./lazy-text";
import { atomFeed, type FeedEntry } from "./feeds";
import { dateLabel, formatMonth, formatMonthName } from "./format-date";
import { groupByDate } from "./group-by-date";
import { groupByTopic } from "./group-by-topic";
import { newsArticle, serializeJsonLd } from "./json-ld";
import { contextMemo, memoByObject, objectId, sharedByKey } from "./memo";
import { nameSlugs, type NamePage } from "./name-slugs";
import { paginate } from "./paginate";
import { readingTimeLabel } from "./reading-time";
import { relatedArticles } from "./related";
import { searchShards } from "./search-shards";
import { robotsTxt, sitemapXml } from "./sitemap";
import { neighboursByDate, newestFirstOf } from "./sort";
import { summarize } from "./summary";
import type {
  ArticleView,
  AuthorLink,
  CountedLink,
  Link,
  ListItem,
  ListPageView,
  MonthView,
  NavLink,
  OriginalText,
  PageMeta,
  SiteData,
  TopicPageView,
  ViewBase,
  YearSummary,
  YearView,
} from "./site-data";
import * as urls from "./urls";

type Section = "home" | "topics" | "archive" | "sources" | "search" | null;

/** Most entries in one Atom feed: the newest dated articles. Readers only poll for new ones. */
export const FEED_MAX_ENTRIES = 50;

/** The settings the site data depends on; the URL settings default to the archive defaults. */
export type SiteSettings = Pick<ArchiveSettings, "siteName" | "pageSize"> &
  Partial<Pick<ArchiveSettings, "siteUrl" | "pathPrefix" | "searchShardSize">>;

/**
 * Precompute every page of the site from the ingested records and the taxonomy.
 *
 * Pure and deterministic: the output depends only on the arguments (no clock, no file
 * system, no host time zone; original texts come from `originalText` when they are written),
 * and lists are ordered newest first, then by slug.
 *
 * Every `url` is a site path (the permalink); every `href` already carries the path prefix,
 * and feeds, the sitemap and page metadata use absolute URLs from `siteUrl`.
 *
 * @param records validated records (drafts already filtered by ingestion as configured).
 * @param topics the editors' taxonomy; every topic gets a page, used or not.
 * @param originalText gives a record's original text; called only when its `original.txt` is
 *   written (the texts are not kept: see `ArticleRecord.originalSha256`).
 * @throws TypeError on two records with the same slug or a record naming an unknown topic
 *   (ingestion reports both as diagnostics first, so reaching here is a programming error),
 *   or on an invalid `siteUrl` or `pathPrefix`.
 * @example buildSiteData(result.records, result.topics, settings).views.articles.length
 */
export function buildSiteData(
  records: readonly ArticleRecord[],
  topics: readonly Topic[],
  settings: SiteSettings,
  originalText: OriginalTextReader,
): SiteData {
  assertUniqueSlugs(records);
  const site = settings.siteName;
  const prefix = urls.normalizePathPrefix(settings.pathPrefix ?? DEFAULT_SETTINGS.pathPrefix);
  const origin = urls.normalizeSiteUrl(settings.siteUrl ?? DEFAULT_SETTINGS.siteUrl);
  const href = (path: string): string => urls.withPathPrefix(prefix, path);
  const absolute = (path: string): string => urls.absoluteUrl(origin, prefix, path);
  const link = (path: string, label: string): Link => ({ href: href(path), label });

  const topicLabels = new Map(topics.map((t) => [t.slug, t.label]));
  // What every page's view depends on besides its own articles: the site's name and address and
  // the topic labels. Hashed once per build, so the contexts the views are kept by (below) name
  // an article's topics by slug instead of holding their links (a tenth of a dev-server
  // rebuild went to writing those contexts at 10,000 articles).
  const frameKey = createHash("sha1").update(JSON.stringify([site, prefix, origin, topics.map((t) => [t.slug, t.label])])).digest("hex");
  const topicLink = sharedByKey((slug): Link => {
    const label = topicLabels.get(slug);
    if (label === undefined) throw new TypeError(`Unknown topic \`${slug}\``);
    return link(urls.topicUrl(slug), label);
  });
  // Slugs hold no line breaks; articles with the same topics share one list.
  const topicLists = sharedByKey((key): Link[] => (key === "" ? [] : key.split("\n").map(topicLink)));
  const topicLinks = (slugs: readonly string[]): Link[] => topicLists(slugs.join("\n"));

  const sorted = newestFirstOf(records);
  // An unchanged article keeps its list item object from one build to the next (the dev
  // server compares pages, and identical objects compare at once).
  const itemOf = (r: ArticleRecord): ListItem => {
    const topicList = topicLinks(r.topics);
    return listItems(r, JSON.stringify([frameKey, r.topics]), () => listItem(r, href, topicList));
  };
  const items = new Map<string, ListItem>(sorted.map((r) => [r.slug, itemOf(r)]));
  const toItems = (list: readonly ArticleRecord[]): ListItem[] => list.map((r) => items.get(r.slug) as ListItem);

  const home = link(urls.homeUrl(), "Home");
  const archive = link(urls.archiveUrl(), "Archive");
  const topicsIndex = link(urls.topicsIndexUrl(), "Topics");
  const sourcesIndex = link(urls.sourcesIndexUrl(), "Sources");
  const authorsIndex = link(urls.authorsIndexUrl(), "Authors");
  const search = link(urls.searchUrl(), "Search");
  const siteFeed = link(urls.feedUrl(), `${site}: all articles`);
  const navOf = sharedByKey((section): NavLink[] => [
    { ...home, current: section === "home" },
    { ...topicsIndex, current: section === "topics" },
    { ...archive, current: section === "archive" },
    { ...sourcesIndex, current: section === "sources" },
    { ...search, current: section === "search" },
  ]);
  const nav = (section: Section): NavLink[] => navOf(section ?? "");
  const meta = (path: string | null, description: string, extra: Partial<PageMeta> = {}): PageMeta => ({
    canonicalUrl: path === null ? null : absolute(path),
    description,
    ogType: "website",
    publishedTime: null,
    noindex: false,
    ...extra,
  });
  /** The fields of {@link ViewBase} for a page at `path` titled `title`. */
  const base = (
    path: string,
    title: string,
    section: Section,
    breadcrumbs: readonly Link[],
    description: string,
    extra: { meta?: Partial<PageMeta>; feed?: Link } = {},
  ): ViewBase => ({
    url: path,
    heading: title,
    documentTitle: `${title} · ${site}`,
    nav: nav(section),
    breadcrumbs,
    meta: meta(path, description, extra.meta),
    feed: extra.feed ?? siteFeed,
  });

  const byDate = groupByDate(sorted);
  const months = byDate.years.flatMap((y) => y.months);
  const yearLink = (y: { year: string }): Link => link(urls.yearUrl(y.year), y.year);
  const monthLink = (m: { year: string; month: string }): Link =>
    link(urls.monthUrl(m.year, m.month), formatMonth(m.year, m.month));
  const yearSummaries: YearSummary[] = byDate.years.map((y) => ({
    ...yearLink(y),
    ...counted(y.items.length),
    months: y.months.map((m) => ({ ...monthLink(m), label: formatMonthName(m.month), ...counted(m.items.length) })),
  }));
  const undated: CountedLink = { ...link(urls.undatedUrl(), "Undated"), ...counted(byDate.undated.length) };

  // Sources and authors are free text: the spellings of one name share its page, whose slug
  // comes from the name alone. Links keep each article's own spelling.
  const sourceNames = (r: ArticleRecord): string[] => (r.source === null ? [] : [r.source]);
  const authorNames = recordAuthorNames;
  const sourcePages = nameSlugs(sorted.flatMap(sourceNames), urls.RESERVED_NAME_SLUGS);
  const authorPages = nameSlugs(sorted.flatMap(authorNames), urls.RESERVED_NAME_SLUGS);
  const sourceSlug = (name: string): string => (sourcePages.get(name) as NamePage).slug;
  const authorSlug = (name: string): string => (authorPages.get(name) as NamePage).slug;
  const sourceLink = sharedByKey((name): Link => link(urls.sourceUrl(sourceSlug(name)), name));
  // An article's breadcrumbs: home, the archive, then its year and month (or "Undated").
  const dateCrumbs = sharedByKey((month): Link[] =>
    month === ""
      ? [home, archive, link(urls.undatedUrl(), "Undated")]
      : [home, archive, yearLink({ year: month.slice(0, 4) }), monthLink({ year: month.slice(0, 4), month: month.slice(5, 7) })],
  );
  const authorPath = (name: string): string => urls.authorUrl(authorSlug(name));
  const authorLinks = sharedByKey((separator) => sharedByKey((name): AuthorLink => ({ ...link(authorPath(name), name), separator })));
  const sourceUnknown = link(urls.sourceUnknownUrl(), "Source unknown");

  const neighbours = neighboursByDate(sorted);
  const related = relatedSlugs(sorted);
  const articleLink = (r: ArticleRecord | null): Link | null => (r === null ? null : link(urls.articleUrl(r.slug), r.headline));
  const articles: ArticleView[] = sorted.map((r) => {
    const n = neighbours.get(r.slug);
    const relatedItems = (related.get(r.slug) ?? []).map((slug) => items.get(slug) as ListItem);
    const names = authorNames(r);
    const topicList = topicLinks(r.topics);
    // Everything the view is made of besides the record itself; the same view object is kept
    // while all of it stays the same. Fields are joined with NUL and lists with line breaks
    // (paths and slugs hold neither, and none is empty). Neighbours are named by their record
    // object: a new one (an edited file) only means this view is made again, and the page
    // comparison then finds it unchanged unless the neighbour's headline changed.
    const context = [
      frameKey,
      names.map(authorPath).join("\n"),
      r.source === null ? "" : sourceSlug(r.source),
      r.topics.join("\n"),
      n?.previous == null ? 0 : objectId(n.previous),
      n?.next == null ? 0 : objectId(n.next),
      relatedItems.map(objectId).join(","),
    ].join("\u0000");
    return articleViews(r, context, () => articleView(r, n, relatedItems, names, topicList));
  });
  function articleView(
    r: ArticleRecord,
    n: { previous: ArticleRecord | null; next: ArticleRecord | null } | undefined,
    relatedItems: readonly ListItem[],
    names: readonly string[],
    topicList: readonly Link[],
  ): ArticleView {
    const path = urls.articleUrl(r.slug);
    const year = r.published?.slice(0, 4) ?? null;
    const authors: AuthorLink[] = names.map((name, i) => authorLinks(i === names.length - 1 ? "" : i === names.length - 2 ? " and " : ", ")(name));
    const summary = summarize(r);
    return {
      kind: "article",
      ...base(path, r.headline, null, dateCrumbs(r.published?.slice(0, 7) ?? ""), summary, {
        meta: { ogType: "article", publishedTime: r.published },
      }),
      slug: r.slug,
      byline: bylineText(r),
      authors,
      published: dateLabel(r.published),
      updated: dateLabel(r.updated),
      dateHint: dateHintLabel(r.published, [r.headline, ...r.body]),
      source: r.source === null ? null : sourceLink(r.source),
      sourceUnknown,
      topics: topicList,
      readingTime: readingTimeLabel(r.body),
      filterYear: year,
      related: relatedItems,
      jsonLd: articleJsonLd(r, absolute, names.map(authorPath), topicList, summary),
      highlights: r.highlights,
      bodyHtml: r.bodyHtml,
      originalUrl: href(urls.originalTextUrl(r.slug)),
      previous: articleLink(n?.previous ?? null),
      next: articleLink(n?.next ?? null),
      draft: r.draft,
    };
  }

  const topicGroups = groupByTopic(sorted, topics);
  const topicPages: TopicPageView[] = topicGroups.flatMap(({ topic, items: list }) => {
    const topicDates = groupByDate(list);
    const years: CountedLink[] = topicDates.years.map((y) => ({ ...yearLink(y), ...counted(y.items.length) }));
    const feed = link(urls.topicFeedUrl(topic.slug), `${topic.label}: ${site}`);
    return paginate(list, settings.pageSize).map((page): TopicPageView => {
      const pageLink = (n: number): Link => link(urls.topicUrl(topic.slug, n), `Page ${n}`);
      const title = page.number === 1 ? topic.label : `${topic.label}, page ${page.number} of ${page.total}`;
      return {
        kind: "topic",
        ...base(urls.topicUrl(topic.slug, page.number), title, "topics", [home, topicsIndex], topic.description, { feed }),
        description: topic.description,
        years,
        undatedCount: topicDates.undated.length,
        ...counted(list.length),
        pageNumber: page.number,
        pageCount: page.total,
        paginated: page.total > 1,
        items: toItems(page.items),
        previousPage: page.number > 1 ? pageLink(page.number - 1) : null,
        nextPage: page.number < page.total ? pageLink(page.number + 1) : null,
      };
    });
  });
  const countedTopics = topicGroups.map(({ topic, items: list }) => ({
    ...link(urls.topicUrl(topic.slug), topic.label),
    ...counted(list.length),
    description: topic.description,
  }));

  const years: YearView[] = byDate.years.map((y, i) => ({
    kind: "year",
    ...base(urls.yearUrl(y.year), y.year, "archive", [home, archive], `Articles published in ${y.year}.`),
    ...counted(y.items.length),
    months: yearSummaries[i]?.months ?? [],
    items: toItems(y.items),
    previousYear: neighbour(byDate.years, i + 1, yearLink),
    nextYear: neighbour(byDate.years, i - 1, yearLink),
  }));
  const monthViews: MonthView[] = months.map((m, i) => {
    const title = formatMonth(m.year, m.month);
    return {
      kind: "month",
      ...base(urls.monthUrl(m.year, m.month), title, "archive", [home, archive, yearLink(m)], `Articles published in ${title}.`),
      ...counted(m.items.length),
      items: toItems(m.items),
      previousMonth: neighbour(months, i + 1, monthLink),
      nextMonth: neighbour(months, i - 1, monthLink),
      year: yearLink(m),
    };
  });

  /** Paginated list pages of one group (a source, an author, the unknown source). */
  const listPages = (
    list: readonly ArticleRecord[],
    pageUrl: (page: number) => string,
    title: string,
    lede: string,
    crumbs: readonly Link[],
  ): ListPageView[] =>
    paginate(list, settings.pageSize).map((page) => ({
      kind: "list",
      ...base(pageUrl(page.number), page.number === 1 ? title : `${title}, page ${page.number} of ${page.total}`, "sources", crumbs, lede),
      lede,
      ...counted(list.length),
      pageNumber: page.number,
      pageCount: page.total,
      paginated: page.total > 1,
      items: toItems(page.items),
      previousPage: page.number > 1 ? link(pageUrl(page.number - 1), `Page ${page.number - 1}`) : null,
      nextPage: page.number < page.total ? link(pageUrl(page.number + 1), `Page ${page.number + 1}`) : null,
    }));
  const bySource = groupByName(sorted, sourceNames, sourcePages);
  const byAuthor = groupByName(sorted, authorNames, authorPages);
  const withoutSource = sorted.filter((r) => r.source === null);
  const lists: ListPageView[] = [
    ...bySource.flatMap(({ page, list }) =>
      listPages(list, (p) => urls.sourceUrl(page.slug, p), page.display, `Articles published by ${page.display}.`, [home, sourcesIndex]),
    ),
    ...(withoutSource.length === 0
      ? []
      : listPages(
          withoutSource,
          (p) => urls.sourceUnknownUrl(p),
          "Source unknown",
          "Articles whose publisher could not be found in the text. Nothing was guessed.",
          [home, sourcesIndex],
        )),
    ...byAuthor.flatMap(({ page, list }) =>
      listPages(list, (p) => urls.authorUrl(page.slug, p), page.display, `Articles by ${page.display}.`, [home, sourcesIndex, authorsIndex]),
    ),
  ];
  const namesList = (groups: readonly NameGroup[], path: (slug: string) => string): CountedLink[] =>
    groups.map(({ page, list }) => ({ ...link(path(page.slug), page.display), ...counted(list.length) }));

  const files = textFiles({
    site,
    sorted,
    topicGroups,
    absolute,
    topicLabels,
    authorNames,
    pagePaths: [
      urls.homeUrl(),
      urls.topicsIndexUrl(),
      ...topicPages.map((p) => p.url),
      urls.archiveUrl(),
      ...years.map((y) => y.url),
      ...monthViews.map((m) => m.url),
      urls.undatedUrl(),
      urls.sourcesIndexUrl(),
      urls.authorsIndexUrl(),
      ...lists.map((l) => l.url),
    ],
  });

  const shards = searchShards(records, topics, prefix, settings.searchShardSize ?? DEFAULT_SETTINGS.searchShardSize).map(({ key, folder }) => ({ key, folder }));
  const searchFolders = shards.map((shard) => shard.folder);

  return {
    siteName: site,
    pathPrefix: prefix,
    searchShards: shards,
    homeUrl: href(urls.homeUrl()),
    stylesheetUrl: urls.stylesheetUrl(),
    assets: { stylesheet: href(urls.stylesheetUrl()), icon: href(urls.iconUrl()) },
    stats: {
      articles: records.length,
      undated: byDate.undated.length,
      withoutSource: withoutSource.length,
      withoutByline: records.filter((r) => bylineText(r) === null).length,
      topicsUsed: topicGroups.filter((g) => g.items.length > 0).length,
    },
    views: {
      home: [
        {
          kind: "home",
          ...base(urls.homeUrl(), site, "home", [], `${articleCountLabel(records.length)}, browsable by topic, date and source.`),
          documentTitle: site,
          articleCount: records.length,
          countLabel: articleCountLabel(records.length),
          latest: toItems(sorted.slice(0, settings.pageSize)),
          topics: countedTopics.filter((t) => t.count > 0).map(({ href: h, label, count, countLabel }) => ({ href: h, label, count, countLabel })),
          years: yearSummaries,
          undated,
          allTopics: link(urls.topicsIndexUrl(), "All topics"),
          archive: link(urls.archiveUrl(), "The full archive"),
        },
      ],
      articles,
      originals: sorted.map((r) => lazyText(urls.originalTextUrl(r.slug), { sha256: r.originalSha256 }, () => originalText(r))),
      topicsIndex: [
        { kind: "topics", ...base(urls.topicsIndexUrl(), "Topics", "topics", [home], "Every topic of the archive."), topics: countedTopics },
      ],
      topicPages,
      archiveIndex: [
        {
          kind: "archive",
          ...base(urls.archiveUrl(), "Archive", "archive", [home], "Articles by year and month of publication."),
          years: yearSummaries,
          undated,
        },
      ],
      years,
      months: monthViews,
      undated: [
        {
          kind: "undated",
          ...base(urls.undatedUrl(), "Undated articles", "archive", [home, archive], "Articles with no known publication date."),
          countLabel: articleCountLabel(byDate.undated.length),
          items: toItems(byDate.undated),
        },
      ],
      notFound: [
        {
          kind: "not-found",
          ...base(urls.notFoundUrl(), "Page not found", null, [], "", { meta: { noindex: true } }),
          meta: meta(null, "", { noindex: true }),
          home,
        },
      ],
      sourcesIndex: [
        {
          kind: "names",
          ...base(urls.sourcesIndexUrl(), "Sources", "sources", [home], "The publications the articles were collected from."),
          lede: "The publications the articles were collected from, with the number of articles from each.",
          names: namesList(bySource, (slug) => urls.sourceUrl(slug)),
          unknown: withoutSource.length === 0 ? null : { ...sourceUnknown, ...counted(withoutSource.length) },
          other: link(urls.authorsIndexUrl(), "All authors"),
        },
      ],
      authorsIndex: [
        {
          kind: "names",
          ...base(urls.authorsIndexUrl(), "Authors", "sources", [home, sourcesIndex], "The authors named in the articles' bylines."),
          lede: "The people named in the articles' bylines, with the number of articles by each.",
          names: namesList(byAuthor, (slug) => urls.authorUrl(slug)),
          unknown: null,
          other: link(urls.sourcesIndexUrl(), "All sources"),
        },
      ],
      lists,
      search: [
        {
          kind: "search",
          ...base(urls.searchUrl(), "Search", "search", [home], "Full-text search across every article.", {
            meta: { noindex: true },
          }),
          bundlesJson: JSON.stringify(searchFolders.map(href)),
          // Pagefind writes its UI files into every shard; the first shard's are loaded.
          scriptUrl: href(`${searchFolders[0]}pagefind-ui.js`),
          styleUrl: href(`${searchFolders[0]}pagefind-ui.css`),
          starterUrl: href(urls.searchStarterUrl()),
          topics: link(urls.topicsIndexUrl(), "topics"),
          archive: link(urls.archiveUrl(), "the archive by date"),
        },
      ],
      files,
      exports: articlesJsonFiles(
        [
          ...byDate.years.map((y) => ({ year: y.year, records: y.items })),
          ...(byDate.undated.length === 0 ? [] : [{ year: null, records: byDate.undated }]),
        ],
        absolute,
      ),
    },
  };
}

/** The articles of one source or author. */
interface NameGroup {
  readonly page: NamePage;
  readonly list: ArticleRecord[];
}

/**
 * The articles under each name's page, in input order, an article once however many of its
 * spellings of the name it has; pages ordered by their shown spelling in code-unit order.
 */
function groupByName(records: readonly ArticleRecord[], names: (r: ArticleRecord) => readonly string[], pages: ReadonlyMap<string, NamePage>): NameGroup[] {
  const groups = new Map<NamePage, ArticleRecord[]>();
  for (const r of records) {
    for (const page of new Set(names(r).map((name) => pages.get(name) as NamePage))) {
      const list = groups.get(page) ?? [];
      list.push(r);
      groups.set(page, list);
    }
  }
  // Two pages never show the same spelling (one spelling is one name), so the order is total.
  return [...groups].map(([page, list]) => ({ page, list })).sort((a, b) => (a.page.display < b.page.display ? -1 : a.page.display > b.page.display ? 1 : 0));
}

/** Feeds, the sitemap and robots.txt. */
function textFiles(input: {
  site: string;
  sorted: readonly ArticleRecord[];
  topicGroups: readonly { topic: Topic; items: readonly ArticleRecord[] }[];
  absolute: (path: string) => string;
  topicLabels: ReadonlyMap<string, string>;
  authorNames: (r: ArticleRecord) => string[];
  pagePaths: readonly string[];
}): OriginalText[] {
  const { site, sorted, absolute } = input;
  const origin = absolute("/");
  const entry = (r: ArticleRecord & { published: string }): FeedEntry => {
    const categories = r.topics.map((t) => input.topicLabels.get(t) ?? t);
    return feedEntries(r, [origin, ...categories].join("\n"), () => ({
      url: absolute(urls.articleUrl(r.slug)),
      title: r.headline,
      published: r.published,
      updated: r.updated,
      authors: input.authorNames(r),
      summary: summarize(r),
      categories,
      originalUrl: absolute(urls.originalTextUrl(r.slug)),
      contentHtml: r.bodyHtml,
    }));
  };
  const entries = (list: readonly ArticleRecord[]): FeedEntry[] =>
    list
      .filter((r): r is ArticleRecord & { published: string } => r.published !== null)
      .slice(0, FEED_MAX_ENTRIES)
      .map(entry);
  // Feeds and the sitemap are written from their sources when rendered, and the dev server
  // compares the sources: building their text on every rebuild (61 feeds of 50 entries with
  // their bodies, a sitemap line per article) took a fifth of a rebuild at 10,000 articles.
  const feed = (path: string, pagePath: string, title: string, subtitle: string, list: readonly ArticleRecord[]): OriginalText => {
    const source = { selfUrl: absolute(path), pageUrl: absolute(pagePath), title, subtitle, entries: entries(list) };
    return lazyText(path, source, () => atomFeed(source));
  };
  const feeds: OriginalText[] = [
    feed(urls.feedUrl(), urls.homeUrl(), site, "The newest articles of the archive.", sorted),
    ...input.topicGroups.map(({ topic, items }) => feed(urls.topicFeedUrl(topic.slug), urls.topicUrl(topic.slug), `${topic.label}: ${site}`, topic.description, items)),
  ];
  // What the sitemap prints of each article: an edit that leaves them alone leaves it alone.
  const sitemapSource = { origin, pagePaths: input.pagePaths, articles: sorted.map((r) => `${r.slug} ${lastChange(r) ?? ""}`) };
  const sitemap = lazyText(urls.sitemapUrl(), sitemapSource, () =>
    sitemapXml([
      ...input.pagePaths.map((p) => ({ url: absolute(p), lastModified: null })),
      ...sorted.map((r) => ({ url: absolute(urls.articleUrl(r.slug)), lastModified: lastChange(r) })),
    ]),
  );
  return [...feeds, sitemap, { url: urls.robotsUrl(), text: robotsTxt(absolute(urls.sitemapUrl())) }];
}

let lastRelated: { readonly sorted: readonly ArticleRecord[]; readonly slugs: ReadonlyMap<string, readonly string[]> } | null = null;

/**
 * The slugs of each article's related articles. They depend only on the articles' slugs,
 * dates and topics, which most rebuilds of the dev server leave as they were: the last
 * result is kept and used again while those are the same.
 */
function relatedSlugs(sorted: readonly ArticleRecord[]): ReadonlyMap<string, readonly string[]> {
  if (lastRelated === null || !sameRelatedInput(lastRelated.sorted, sorted)) {
    const related = relatedArticles(sorted);
    lastRelated = { sorted, slugs: new Map([...related].map(([slug, list]) => [slug, list.map((r) => r.slug)])) };
  }
  return lastRelated.slugs;
}

/**
 * Whether two sorted record lists have the same slugs, dates and topics, in the same order.
 * Compared in place rather than through a key written out for every build (JSON of every
 * article's slug, date and topics took 0.2 s of a dev-server rebuild at 100,000 articles).
 */
function sameRelatedInput(a: readonly ArticleRecord[], b: readonly ArticleRecord[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const [x, y] = [a[i] as ArticleRecord, b[i] as ArticleRecord];
    if (x === y) continue;
    if (x.slug !== y.slug || x.published !== y.published || x.topics.length !== y.topics.length) return false;
    if (x.topics.some((topic, j) => topic !== y.topics[j])) return false;
  }
  return true;
}

const listItems = contextMemo<ArticleRecord, ListItem>();
const articleViews = contextMemo<ArticleRecord, ArticleView>();

// The same entry object for an unchanged article, so the feed keeps its entry's XML.
const feedEntries = contextMemo<ArticleRecord, FeedEntry>();

const recordAuthorNames = memoByObject((r: ArticleRecord): string[] => [...new Set(r.authors.map((a) => a.trim()).filter((a) => a !== ""))]);

const jsonLdTexts = contextMemo<ArticleRecord, string>();

/** The article page's structured data; kept per record while its URLs and topic labels stay. */
function articleJsonLd(
  r: ArticleRecord,
  absolute: (path: string) => string,
  authorPaths: readonly string[],
  topics: readonly Link[],
  description: string,
): string {
  const context = [absolute("/"), ...authorPaths, "", ...topics.map((t) => t.label)].join("\n");
  return jsonLdTexts(r, context, () => {
    const names = recordAuthorNames(r);
    return serializeJsonLd(
      newsArticle({
        url: absolute(urls.articleUrl(r.slug)),
        headline: r.headline,
        published: r.published,
        updated: r.updated,
        authors: names.map((name, i) => ({ name, url: absolute(authorPaths[i] as string) })),
        publisher: r.source,
        originalUrl: absolute(urls.originalTextUrl(r.slug)),
        keywords: topics.map((t) => t.label),
        description,
      }),
    );
  });
}

function lastChange(r: ArticleRecord): string | null {
  if (r.updated !== null && (r.published === null || r.updated > r.published)) return r.updated;
  return r.published;
}

function listItem(r: ArticleRecord, href: (path: string) => string, topics: readonly Link[]): ListItem {
  return {
    slug: r.slug,
    href: href(urls.articleUrl(r.slug)),
    headline: r.headline,
    published: dateLabel(r.published),
    source: r.source,
    topics,
    summary: summarize(r),
    draft: r.draft,
  };
}

/**
 * "By A, B and C" from the recognised names; otherwise the raw byline when it has any words
 * besides "By"; otherwise null (the page then says "Author unknown").
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
 * @example articleCountLabel(1) //=> "1 article"
 */
export function articleCountLabel(count: number): string {
  return `${count} ${count === 1 ? "article" : "articles"}`;
}

function counted(count: number): { count: number; countLabel: string } {
  return { count, countLabel: articleCountLabel(count) };
}

function neighbour<T>(list: readonly T[], index: number, link: (item: T) => Link): Link | null {
  const item = list[index];
  return item === undefined ? null : link(item);
}

function assertUniqueSlugs(records: readonly ArticleRecord[]): void {
  const seen = new Map<string, string>();
  for (const r of records) {
    const other = seen.get(r.slug);
    if (other !== undefined) throw new TypeError(`Slug \`${r.slug}\` is used by both ${other} and ${r.file}`);
    seen.set(r.slug, r.file);
  }
}

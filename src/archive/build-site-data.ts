import type { ArchiveSettings } from "../settings";
import type { ArticleRecord, Topic } from "../types";
import { dateLabel, formatMonth, formatMonthName } from "./format-date";
import { groupByDate } from "./group-by-date";
import { groupByTopic } from "./group-by-topic";
import { paginate } from "./paginate";
import { neighboursByDate, sortNewestFirst } from "./sort";
import { summarize } from "./summary";
import type {
  ArticleView,
  CountedLink,
  Link,
  ListItem,
  MonthView,
  NavLink,
  SiteData,
  TopicPageView,
  YearSummary,
  YearView,
} from "./site-data";
import * as urls from "./urls";

type Section = "home" | "topics" | "archive" | null;

/** The settings the site data depends on. */
export type SiteSettings = Pick<ArchiveSettings, "siteName" | "pageSize">;

/**
 * Precompute every page of the site from the ingested records and the taxonomy.
 *
 * Pure and deterministic: the output depends only on the arguments (no clock, no file
 * system, no host time zone), and lists are ordered newest first, then by slug.
 *
 * @param records validated records (drafts already filtered by ingestion as configured).
 * @param topics the editors' taxonomy; every topic gets a page, used or not.
 * @throws TypeError on two records with the same slug or a record naming an unknown topic
 *   (ingestion reports both as diagnostics first, so reaching here is a programming error).
 * @example buildSiteData(result.records, result.topics, settings).views.articles.length
 */
export function buildSiteData(
  records: readonly ArticleRecord[],
  topics: readonly Topic[],
  settings: SiteSettings,
): SiteData {
  assertUniqueSlugs(records);
  const site = settings.siteName;
  const topicLabels = new Map(topics.map((t) => [t.slug, t.label]));
  const topicLinks = (slugs: readonly string[]): Link[] =>
    slugs.map((slug) => {
      const label = topicLabels.get(slug);
      if (label === undefined) throw new TypeError(`Unknown topic \`${slug}\``);
      return { href: urls.topicUrl(slug), label };
    });

  const sorted = sortNewestFirst(records);
  const items = new Map<string, ListItem>(sorted.map((r) => [r.slug, listItem(r, topicLinks(r.topics))]));
  const toItems = (list: readonly ArticleRecord[]): ListItem[] => list.map((r) => items.get(r.slug) as ListItem);

  const home: Link = { href: urls.homeUrl(), label: "Home" };
  const archive: Link = { href: urls.archiveUrl(), label: "Archive" };
  const topicsIndex: Link = { href: urls.topicsIndexUrl(), label: "Topics" };
  const nav = (section: Section): NavLink[] =>
    [
      { ...home, current: section === "home" },
      { ...topicsIndex, current: section === "topics" },
      { ...archive, current: section === "archive" },
    ];
  const titled = (title: string) => ({ heading: title, documentTitle: `${title} · ${site}` });

  const byDate = groupByDate(sorted);
  const months = byDate.years.flatMap((y) => y.months);
  const yearLink = (y: { year: string }): Link => ({ href: urls.yearUrl(y.year), label: y.year });
  const monthLink = (m: { year: string; month: string }): Link => ({
    href: urls.monthUrl(m.year, m.month),
    label: formatMonth(m.year, m.month),
  });
  const yearSummaries: YearSummary[] = byDate.years.map((y) => ({
    ...yearLink(y),
    ...counted(y.items.length),
    months: y.months.map((m) => ({ ...monthLink(m), label: formatMonthName(m.month), ...counted(m.items.length) })),
  }));
  const undated: CountedLink = { href: urls.undatedUrl(), label: "Undated", ...counted(byDate.undated.length) };

  const neighbours = neighboursByDate(sorted);
  const articleLink = (r: ArticleRecord | null): Link | null =>
    r === null ? null : { href: urls.articleUrl(r.slug), label: r.headline };
  const articles: ArticleView[] = sorted.map((r) => {
    const n = neighbours.get(r.slug);
    const dateCrumbs: Link[] =
      r.published === null
        ? [{ href: urls.undatedUrl(), label: "Undated" }]
        : [yearLink({ year: r.published.slice(0, 4) }), monthLink({ year: r.published.slice(0, 4), month: r.published.slice(5, 7) })];
    return {
      kind: "article",
      url: urls.articleUrl(r.slug),
      ...titled(r.headline),
      nav: nav(null),
      breadcrumbs: [home, archive, ...dateCrumbs],
      slug: r.slug,
      byline: bylineText(r),
      published: dateLabel(r.published),
      updated: dateLabel(r.updated),
      source: r.source,
      topics: topicLinks(r.topics),
      highlights: r.highlights,
      bodyHtml: r.bodyHtml,
      originalUrl: urls.originalTextUrl(r.slug),
      previous: articleLink(n?.previous ?? null),
      next: articleLink(n?.next ?? null),
      draft: r.draft,
    };
  });

  const topicGroups = groupByTopic(sorted, topics);
  const topicPages: TopicPageView[] = topicGroups.flatMap(({ topic, items: list }) =>
    paginate(list, settings.pageSize).map((page): TopicPageView => {
      const pageLink = (n: number): Link => ({ href: urls.topicUrl(topic.slug, n), label: `Page ${n}` });
      const title = page.number === 1 ? topic.label : `${topic.label}, page ${page.number} of ${page.total}`;
      return {
        kind: "topic",
        url: urls.topicUrl(topic.slug, page.number),
        ...titled(title),
        nav: nav("topics"),
        breadcrumbs: [home, topicsIndex],
        description: topic.description,
        ...counted(list.length),
        pageNumber: page.number,
        pageCount: page.total,
        paginated: page.total > 1,
        items: toItems(page.items),
        previousPage: page.number > 1 ? pageLink(page.number - 1) : null,
        nextPage: page.number < page.total ? pageLink(page.number + 1) : null,
      };
    }),
  );
  const countedTopics = topicGroups.map(({ topic, items: list }) => ({
    href: urls.topicUrl(topic.slug),
    label: topic.label,
    ...counted(list.length),
    description: topic.description,
  }));

  const years: YearView[] = byDate.years.map((y, i) => ({
    kind: "year",
    url: urls.yearUrl(y.year),
    ...titled(y.year),
    nav: nav("archive"),
    breadcrumbs: [home, archive],
    ...counted(y.items.length),
    months: yearSummaries[i]?.months ?? [],
    items: toItems(y.items),
    previousYear: neighbour(byDate.years, i + 1, yearLink),
    nextYear: neighbour(byDate.years, i - 1, yearLink),
  }));
  const monthViews: MonthView[] = months.map((m, i) => ({
    kind: "month",
    url: urls.monthUrl(m.year, m.month),
    ...titled(formatMonth(m.year, m.month)),
    nav: nav("archive"),
    breadcrumbs: [home, archive, yearLink(m)],
    ...counted(m.items.length),
    items: toItems(m.items),
    previousMonth: neighbour(months, i + 1, monthLink),
    nextMonth: neighbour(months, i - 1, monthLink),
    year: yearLink(m),
  }));

  return {
    siteName: site,
    homeUrl: urls.homeUrl(),
    stylesheetUrl: urls.stylesheetUrl(),
    stats: {
      articles: records.length,
      undated: byDate.undated.length,
      withoutSource: records.filter((r) => r.source === null).length,
      withoutByline: records.filter((r) => bylineText(r) === null).length,
      topicsUsed: topicGroups.filter((g) => g.items.length > 0).length,
    },
    views: {
      home: [
        {
          kind: "home",
          url: urls.homeUrl(),
          heading: site,
          documentTitle: site,
          nav: nav("home"),
          breadcrumbs: [],
          articleCount: records.length,
          countLabel: articleCountLabel(records.length),
          latest: toItems(sorted.slice(0, settings.pageSize)),
          topics: countedTopics.filter((t) => t.count > 0).map(({ href, label, count, countLabel }) => ({ href, label, count, countLabel })),
          years: yearSummaries,
          undated,
          allTopics: { href: urls.topicsIndexUrl(), label: "All topics" },
          archive: { href: urls.archiveUrl(), label: "The full archive" },
        },
      ],
      articles,
      originals: sorted.map((r) => ({ url: urls.originalTextUrl(r.slug), text: r.original })),
      topicsIndex: [
        { kind: "topics", url: urls.topicsIndexUrl(), ...titled("Topics"), nav: nav("topics"), breadcrumbs: [home], topics: countedTopics },
      ],
      topicPages,
      archiveIndex: [
        {
          kind: "archive",
          url: urls.archiveUrl(),
          ...titled("Archive"),
          nav: nav("archive"),
          breadcrumbs: [home],
          years: yearSummaries,
          undated,
        },
      ],
      years,
      months: monthViews,
      undated: [
        {
          kind: "undated",
          url: urls.undatedUrl(),
          ...titled("Undated articles"),
          nav: nav("archive"),
          breadcrumbs: [home, archive],
          countLabel: articleCountLabel(byDate.undated.length),
          items: toItems(byDate.undated),
        },
      ],
      notFound: [
        { kind: "not-found", url: urls.notFoundUrl(), ...titled("Page not found"), nav: nav(null), breadcrumbs: [], home },
      ],
    },
  };
}

function listItem(r: ArticleRecord, topics: readonly Link[]): ListItem {
  return {
    slug: r.slug,
    href: urls.articleUrl(r.slug),
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

import type { ArticleRecord } from "../types";
import type { CountedLink, Link, ListItem, NavLink, PageMeta, ViewBase } from "./site-data";
import * as urls from "./urls";
import type { ViewCache } from "./view-identity";

/**
 * What every page is built with: the site's name and address, the taxonomy's labels, and the
 * links and navigation every page shares, made once per build and handed to the page modules
 * as an explicit {@link PageContext}.
 */

/** The section of the site a page belongs to, marked in the navigation; null for none. */
export type Section = "home" | "topics" | "archive" | "sources" | "authors" | "search" | null;

/** Links many pages show; each is one object shared by all of them. */
export interface CommonLinks {
  readonly home: Link;
  readonly archive: Link;
  readonly topicsIndex: Link;
  readonly sourcesIndex: Link;
  readonly authorsIndex: Link;
  readonly search: Link;
  /** The feed of all articles, advertised by every page but topic pages. */
  readonly siteFeed: Link;
  readonly sourceUnknown: Link;
}

/**
 * The site-wide part of every page. Made by {@link scaffoldOf} from plain values only, so a
 * {@link ViewCache} hands back the same object while the site's name, address and taxonomy
 * stay the same, and views built from it can be kept.
 */
export interface Scaffold {
  readonly site: string;
  /** The normalised path prefix (`/` or `/a/b/`). */
  readonly prefix: string;
  /** The normalised site URL. */
  readonly origin: string;
  /** The site's time zone (IANA name): where dates written without an offset are read. */
  readonly timeZone: string;
  /** Topic slug → label. */
  readonly topicLabels: ReadonlyMap<string, string>;
  /** Topic slug → the link to its page. */
  readonly topicLinks: ReadonlyMap<string, Link>;
  readonly links: CommonLinks;
  /** The navigation of a page of each section. */
  readonly nav: ReadonlyMap<Section, readonly NavLink[]>;
}

/** What a page module is given: the scaffold, the build's cache, and the articles' list items. */
export interface PageContext {
  readonly scaffold: Scaffold;
  readonly cache: ViewCache;
  /** Articles per listing page. */
  readonly pageSize: number;
  /** Every article's list item, by slug. */
  readonly items: ReadonlyMap<string, ListItem>;
}

/**
 * The scaffold of a site (a builder for `ViewCache.shared`).
 * @param topics `[slug, label]` of every topic of the taxonomy.
 * @param timeZone the site's time zone (IANA name), for dates written without an offset.
 * @example scaffoldOf("News", "/", "https://example.org", [["economy", "Economy"]]).links.home //=> { href: "/", label: "Home" }
 */
export function scaffoldOf(
  site: string,
  prefix: string,
  origin: string,
  topics: readonly (readonly [string, string])[],
  timeZone = "UTC",
): Scaffold {
  const at = (path: string, label: string): Link => ({ href: urls.withPathPrefix(prefix, path), label });
  const links: CommonLinks = {
    home: at(urls.homeUrl(), "Home"),
    archive: at(urls.archiveUrl(), "Archive"),
    topicsIndex: at(urls.topicsIndexUrl(), "Topics"),
    sourcesIndex: at(urls.sourcesIndexUrl(), "Sources"),
    authorsIndex: at(urls.authorsIndexUrl(), "Authors"),
    search: at(urls.searchUrl(), "Search"),
    siteFeed: at(urls.feedUrl(), `${site}: all articles`),
    sourceUnknown: at(urls.sourceUnknownUrl(), "Source unknown"),
  };
  const sections: readonly Section[] = ["home", "topics", "archive", "sources", "authors", "search", null];
  const nav = new Map(
    sections.map((section): [Section, NavLink[]] => [
      section,
      [
        { ...links.home, current: section === "home" },
        { ...links.topicsIndex, current: section === "topics" },
        { ...links.archive, current: section === "archive" },
        { ...links.sourcesIndex, current: section === "sources" },
        { ...links.authorsIndex, current: section === "authors" },
        { ...links.search, current: section === "search" },
      ],
    ]),
  );
  return {
    site,
    prefix,
    origin,
    timeZone,
    topicLabels: new Map(topics),
    topicLinks: new Map(topics.map(([slug, label]) => [slug, at(urls.topicUrl(slug), label)])),
    links,
    nav,
  };
}

/**
 * A site path as a link target: the path prefix added.
 * @example href(s, "/topics/") //=> "/news/topics/" under the prefix `/news/`
 */
export function href(s: Scaffold, path: string): string {
  return urls.withPathPrefix(s.prefix, path);
}

/**
 * A site path as an absolute URL, for feeds, the sitemap and page metadata.
 * @example absolute(s, "/feed.xml") //=> "https://example.org/feed.xml"
 */
export function absolute(s: Scaffold, path: string): string {
  return urls.absoluteUrl(s.origin, s.prefix, path);
}

/** @example link(s, "/topics/", "Topics") //=> { href: "/topics/", label: "Topics" } */
export function link(s: Scaffold, path: string, label: string): Link {
  return { href: href(s, path), label };
}

/**
 * An article's topic links, in its own order (a builder for `ViewCache.shared`, so articles
 * with the same topics share one list).
 * @throws TypeError on a topic the taxonomy lacks.
 * @example topicLinkList(s, ["economy"]) //=> [{ href: "/topics/economy/", label: "Economy" }]
 */
export function topicLinkList(s: Scaffold, slugs: readonly string[]): Link[] {
  return slugs.map((slug) => {
    const found = s.topicLinks.get(slug);
    if (found === undefined) throw new TypeError(`Unknown topic \`${slug}\``);
    return found;
  });
}

/**
 * An article's topic links, shared with every article with the same topics.
 * @example topicLinks(ctx, record.topics) === topicLinks(ctx, [...record.topics]) //=> true
 */
export function topicLinks(ctx: Pick<PageContext, "scaffold" | "cache">, slugs: readonly string[]): readonly Link[] {
  return ctx.cache.shared(topicLinkList, ctx.scaffold, slugs);
}

/**
 * A page's head metadata; `path` null for a page with no canonical URL (the 404 page).
 * @example pageMeta(s, null, "", { noindex: true }).canonicalUrl //=> null
 */
export function pageMeta(s: Scaffold, path: string | null, description: string, extra: Partial<PageMeta> = {}): PageMeta {
  return {
    canonicalUrl: path === null ? null : absolute(s, path),
    description,
    ogType: "website",
    publishedTime: null,
    noindex: false,
    citation: [],
    ...extra,
  };
}

/**
 * The fields of {@link ViewBase} for a page at `path` titled `title`.
 * @example viewBase(s, "/topics/", "Topics", "topics", [s.links.home], "Every topic.").documentTitle //=> "Topics · News"
 */
export function viewBase(
  s: Scaffold,
  path: string,
  title: string,
  section: Section,
  breadcrumbs: readonly Link[],
  description: string,
  extra: { meta?: Partial<PageMeta>; feed?: Link } = {},
): ViewBase {
  return {
    url: path,
    heading: title,
    documentTitle: `${title} · ${s.site}`,
    nav: s.nav.get(section) as readonly NavLink[],
    breadcrumbs,
    meta: pageMeta(s, path, description, extra.meta),
    feed: extra.feed ?? s.links.siteFeed,
  };
}

/**
 * The list items of some articles, in their order.
 * @example listItemsOf(ctx, page.items).map((item) => item.href)
 */
export function listItemsOf(ctx: PageContext, records: readonly ArticleRecord[]): ListItem[] {
  return records.map((r) => ctx.items.get(r.slug) as ListItem);
}

/**
 * @example articleCountLabel(1) //=> "1 article"
 */
export function articleCountLabel(count: number): string {
  return `${count} ${count === 1 ? "article" : "articles"}`;
}

/**
 * A count with its label, as counted links and lists carry them.
 * @example counted(2) //=> { count: 2, countLabel: "2 articles" }
 */
export function counted(count: number): Pick<CountedLink, "count" | "countLabel"> {
  return { count, countLabel: articleCountLabel(count) };
}

/**
 * The link to `list[index]`, or null past either end.
 * @example neighbour(years, i + 1, (y) => yearLink(s, y)) // the older year, or null
 */
export function neighbour<T>(list: readonly T[], index: number, linkTo: (item: T) => Link): Link | null {
  const item = list[index];
  return item === undefined ? null : linkTo(item);
}

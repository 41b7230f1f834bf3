import type { ArticleRecord } from "../../types";
import { byFamilyName } from "../group/family-name";
import { groupByName, type NameGroup } from "../group/group-by-name";
import { paginate } from "../group/paginate";
import { authorNames } from "../labels/byline";
import { nameSlugs, type NamePage } from "../name-slugs";
import type { NamedFeed } from "../outputs/feeds";
import type { CountedLink, Link, ListPageView, NamesIndexView, SearchWithin } from "../site-data";
import * as urls from "../urls";
import { UNKNOWN_SOURCE_FILTER } from "../search-fields";
import { searchWithin } from "./search-within";
import { counted, link, listItemsOf, viewBase, type PageContext, type Section } from "../scaffold";

/**
 * The pages of names: a paginated list per source, per author and of the articles whose source
 * is unknown, and the indexes of sources and of authors.
 *
 * Sources and authors are free text: the spellings of one name share its page, whose slug
 * comes from the name alone. Links keep each article's own spelling.
 */

/** Who published and wrote the articles, and the page of every spelling. */
export interface NameIndex {
  readonly bySource: readonly NameGroup<ArticleRecord>[];
  readonly byAuthor: readonly NameGroup<ArticleRecord>[];
  /** Newest first. */
  readonly withoutSource: readonly ArticleRecord[];
  /** The slug of the page of a source spelling that some article has. */
  readonly sourceSlug: (name: string) => string;
  /** The slug of the page of an author spelling that some article has. */
  readonly authorSlug: (name: string) => string;
}

/**
 * The sources and authors of the articles (given newest first).
 * @example nameIndex(ctx, sorted).sourceSlug("Example Wire") //=> "example-wire"
 */
export function nameIndex(ctx: Pick<PageContext, "cache">, sorted: readonly ArticleRecord[]): NameIndex {
  const authors = (r: ArticleRecord): readonly string[] => ctx.cache.perObject(authorNames, r);
  const sourcePages = nameSlugs(sorted.flatMap(sourceNames), urls.RESERVED_NAME_SLUGS);
  const authorPages = nameSlugs(sorted.flatMap(authors), urls.RESERVED_NAME_SLUGS);
  return {
    bySource: groupByName(sorted, sourceNames, sourcePages),
    byAuthor: groupByName(sorted, authors, authorPages, byFamilyName),
    withoutSource: sorted.filter((r) => r.source === null),
    sourceSlug: (name) => (sourcePages.get(name) as NamePage).slug,
    authorSlug: (name) => (authorPages.get(name) as NamePage).slug,
  };
}

function sourceNames(r: ArticleRecord): string[] {
  return r.source === null ? [] : [r.source];
}

/**
 * The list pages of every source, of the unknown source (when any article has none), then of every author.
 * @example nameListViews(ctx, names).map((l) => l.url) // ["/sources/civilnet/", "/sources/unknown/", "/authors/mark-dovich/", …]
 */
export function nameListViews(ctx: PageContext, names: NameIndex): ListPageView[] {
  const { home, sourcesIndex, authorsIndex } = ctx.scaffold.links;
  return [
    ...names.bySource.flatMap(({ page, list }) =>
      listPages(
        ctx,
        list,
        (p) => urls.sourceUrl(page.slug, p),
        page.display,
        `Articles published by ${page.display}.`,
        [home, sourcesIndex],
        ["source", page.display],
        "sources",
        urls.sourceFeedUrl(page.slug),
      ),
    ),
    ...(names.withoutSource.length === 0
      ? []
      : listPages(
          ctx,
          names.withoutSource,
          (p) => urls.sourceUnknownUrl(p),
          "Source unknown",
          "Articles whose publisher could not be found in the text. Nothing was guessed.",
          [home, sourcesIndex],
          ["source", UNKNOWN_SOURCE_FILTER],
        )),
    ...names.byAuthor.flatMap(({ page, list }) =>
      listPages(
        ctx,
        list,
        (p) => urls.authorUrl(page.slug, p),
        page.display,
        `Articles by ${page.display}.`,
        [home, authorsIndex],
        ["author", page.display],
        "authors",
        urls.authorFeedUrl(page.slug),
      ),
    ),
  ];
}

/**
 * The Atom feeds of every source and every author, with the page listing the same articles.
 * @example nameFeeds(names).map((f) => f.path) // ["/sources/civilnet/feed.xml", …, "/authors/mark-dovich/feed.xml", …]
 */
export function nameFeeds(names: NameIndex): NamedFeed[] {
  return [
    ...names.bySource.map(({ page, list }) => ({
      path: urls.sourceFeedUrl(page.slug),
      pagePath: urls.sourceUrl(page.slug),
      title: page.display,
      subtitle: `Articles published by ${page.display}.`,
      items: list,
    })),
    ...names.byAuthor.map(({ page, list }) => ({
      path: urls.authorFeedUrl(page.slug),
      pagePath: urls.authorUrl(page.slug),
      title: page.display,
      subtitle: `Articles by ${page.display}.`,
      items: list,
    })),
  ];
}

/** Paginated list pages of one group (a source, an author, the unknown source). */
function listPages(
  ctx: PageContext,
  list: readonly ArticleRecord[],
  pageUrl: (page: number) => string,
  title: string,
  lede: string,
  crumbs: readonly Link[],
  within: readonly [SearchWithin["filter"], string],
  section: Section = "sources",
  feedPath: string | null = null,
): ListPageView[] {
  const s = ctx.scaffold;
  // A source's or author's pages advertise its own feed, as a topic's do.
  const feed = feedPath === null ? {} : { feed: link(s, feedPath, `${title}: ${s.site}`) };
  return paginate(list, ctx.pageSize).map((page) => ({
    kind: "list",
    ...viewBase(
      s,
      pageUrl(page.number),
      page.number === 1 ? title : `${title}, page ${page.number} of ${page.total}`,
      section,
      crumbs,
      lede,
      feed,
    ),
    lede,
    searchWithin: searchWithin(s, ...within),
    ...counted(list.length),
    pageNumber: page.number,
    pageCount: page.total,
    paginated: page.total > 1,
    items: listItemsOf(ctx, page.items),
    previousPage: page.number > 1 ? link(s, pageUrl(page.number - 1), `Page ${page.number - 1}`) : null,
    nextPage: page.number < page.total ? link(s, pageUrl(page.number + 1), `Page ${page.number + 1}`) : null,
  }));
}

/**
 * The index of sources, with the unknown source's grouping when there is one.
 * @example sourcesIndexView(ctx, names).unknown?.href //=> "/sources/unknown/"
 */
export function sourcesIndexView(ctx: PageContext, names: NameIndex): NamesIndexView {
  const s = ctx.scaffold;
  const unknown = names.withoutSource.length;
  return {
    kind: "names",
    ...viewBase(s, urls.sourcesIndexUrl(), "Sources", "sources", [s.links.home], "The publications the articles were collected from."),
    lede: "The publications the articles were collected from, with the number of articles from each.",
    names: namesList(ctx, names.bySource, (slug) => urls.sourceUrl(slug)),
    unknown: unknown === 0 ? null : { ...s.links.sourceUnknown, ...counted(unknown) },
    other: link(s, urls.authorsIndexUrl(), "All authors"),
  };
}

/**
 * The index of authors.
 * @example authorsIndexView(ctx, names).other.label //=> "All sources"
 */
export function authorsIndexView(ctx: PageContext, names: NameIndex): NamesIndexView {
  const s = ctx.scaffold;
  return {
    kind: "names",
    ...viewBase(s, urls.authorsIndexUrl(), "Authors", "authors", [s.links.home], "The authors named in the articles' bylines."),
    lede: "The people named in the articles' bylines, by family name, with the number of articles by each.",
    names: namesList(ctx, names.byAuthor, (slug) => urls.authorUrl(slug)),
    unknown: null,
    other: link(s, urls.sourcesIndexUrl(), "All sources"),
  };
}

function namesList(ctx: PageContext, groups: readonly NameGroup<ArticleRecord>[], path: (slug: string) => string): CountedLink[] {
  return groups.map(({ page, list }) => ({ ...link(ctx.scaffold, path(page.slug), page.display), ...counted(list.length) }));
}

import type { ArticleRecord, CalendarDate } from "../../types";
import { datedValue } from "../../parse/instant";
import { isPlaceholderHeadline } from "../../record/placeholder-headline";
import { authorNames, bylineText } from "../labels/byline";
import { bylineParts } from "../labels/byline-line";
import { dateHintLabel } from "../labels/date-hint";
import { dateLabel } from "../labels/format-date";
import { readingTimeLabel } from "../labels/reading-time";
import { standfirst } from "../labels/standfirst";
import { summarize } from "../labels/summary";
import { relatedArticles } from "../order/related";
import { neighboursByDate } from "../order/sort";
import { articleCitation, citationInput } from "../citation/article-citation";
import { articleJsonLd } from "../outputs/json-ld";
import { isSavedPage, savedPageLinks } from "../outputs/saved-pages";
import { absolute, href, link, viewBase, type PageContext, type Scaffold } from "../scaffold";
import type { ArticleView, AuthorLink, Link, ListItem } from "../site-data";
import * as urls from "../urls";
import type { ViewCache } from "../view-identity";
import { dateCrumbs } from "./dates";
import type { NameIndex } from "./names";

/**
 * The article pages. Each view is built by {@link articleView} from the record and the
 * values it is given, and kept from one build to the next while all of them stay the same
 * (`view-identity.ts`): after an edit, only the edited article's page and the pages that show
 * it (its neighbours, the articles it is related to) are built again.
 */

/**
 * A page per article, newest first.
 * @param sorted every article, newest first.
 * @param names the pages of the sources and authors.
 * @example articleViews(ctx, sorted, names)[0]?.previous?.label // the next older article's headline
 */
export function articleViews(ctx: PageContext, sorted: readonly ArticleRecord[], names: NameIndex): ArticleView[] {
  const { cache, scaffold: s } = ctx;
  const neighbours = neighboursByDate(sorted, s.timeZone);
  const related = relatedSlugs(cache, sorted);
  return sorted.map((r) => {
    const n = neighbours.get(r.slug);
    const authors = cache.perObject(authorNames, r);
    const authorSlugs = authors.map(names.authorSlug);
    // The list item holds the article's topic links already.
    const topics = (ctx.items.get(r.slug) as ListItem).topics;
    const summary = cache.perObject(summarize, r);
    return cache.perObject(
      articleView,
      r,
      s,
      cache.shared(dateCrumbs, s, r.published?.slice(0, 7) ?? ""),
      authors.map((name, i) => cache.shared(authorLink, s.prefix, name, authorSlugs[i] as string, separator(i, authors.length))),
      r.source === null ? null : cache.shared(sourceLink, s.prefix, r.source, names.sourceSlug(r.source)),
      topics,
      (related.get(r.slug) ?? []).map((slug) => ctx.items.get(slug) as ListItem),
      n?.previous ?? null,
      n?.next ?? null,
      summary,
      cache.perObject(articleJsonLd, r, s, authorSlugs, topics, summary),
    );
  });
}

/**
 * One article's page (a builder for `ViewCache.perObject`: reads nothing but its arguments).
 * Neighbours are given as their records: a new one (an edited file) only means this view is
 * made again, and the page comparison then finds it unchanged unless the neighbour's headline
 * changed.
 */
function articleView(
  r: ArticleRecord,
  s: Scaffold,
  breadcrumbs: readonly Link[],
  authors: readonly AuthorLink[],
  source: Link | null,
  topics: readonly Link[],
  related: readonly ListItem[],
  previous: ArticleRecord | null,
  next: ArticleRecord | null,
  summary: string,
  jsonLd: string,
): ArticleView {
  const articleLink = (other: ArticleRecord | null): Link | null =>
    other === null ? null : link(s, urls.articleUrl(other.slug), other.headline);
  const placeholder = isPlaceholderHeadline(r.provenance.headline);
  const path = urls.articleUrl(r.slug);
  const citation = articleCitation(citationInput(r, authorNames(r), s.site, absolute(s, path), publishedAt(r), placeholder));
  const byline = bylineText(r);
  const published = dateLabel(r.published, s.timeZone);
  return {
    kind: "article",
    ...viewBase(s, path, r.headline, null, breadcrumbs, summary, {
      meta: {
        ogType: "article",
        publishedTime: r.published === null ? null : datedValue(r.published, s.timeZone),
        citation: citation.metaTags,
      },
    }),
    slug: r.slug,
    headlinePlaceholder: placeholder,
    byline,
    authors,
    published,
    bylineParts: bylineParts({ authors, byline, source, published }),
    standfirst: standfirst(r),
    updated: dateLabel(r.updated, s.timeZone),
    // A placeholder holds the date itself: it is no evidence of one.
    dateHint: dateHintLabel(r.published, placeholder ? r.body : [r.headline, ...r.body]),
    source,
    sourceUnknown: s.links.sourceUnknown,
    topics,
    readingTime: readingTimeLabel(r.body),
    filterYear: r.published?.slice(0, 4) ?? null,
    related,
    jsonLd,
    citation: citation.styles,
    highlights: r.highlights,
    bodyHtml: r.bodyHtml,
    originalUrl: isSavedPage(r) ? null : href(s, urls.originalTextUrl(r.slug)),
    savedPage: savedPageLinks(s, r),
    canonicalUrl: publishedAt(r),
    previous: articleLink(previous),
    next: articleLink(next),
    draft: r.draft,
  };
}

/** A saved page's own address, shown as "Originally published at": `http`/`https` only. */
function publishedAt(r: ArticleRecord): string | null {
  const url = r.canonical?.value;
  return url !== undefined && /^https?:\/\//i.test(url) ? url : null;
}

/** What a name in a byline is followed by: ", ", " and " before the last, nothing after it. */
function separator(index: number, count: number): string {
  return index === count - 1 ? "" : index === count - 2 ? " and " : ", ";
}

/** An author's link in a byline (a builder for `ViewCache.shared`). */
function authorLink(prefix: string, name: string, slug: string, after: string): AuthorLink {
  return { href: urls.withPathPrefix(prefix, urls.authorUrl(slug)), label: name, separator: after };
}

/** A source's link (a builder for `ViewCache.shared`). */
function sourceLink(prefix: string, name: string, slug: string): Link {
  return { href: urls.withPathPrefix(prefix, urls.sourceUrl(slug)), label: name };
}

/**
 * The slugs of each article's related articles. They depend only on the articles' slugs,
 * dates and topics, which most edits leave as they were: the last ranking is kept while
 * those lists are the same.
 */
function relatedSlugs(cache: ViewCache, sorted: readonly ArticleRecord[]): ReadonlyMap<string, readonly string[]> {
  return cache.latest(
    rankRelated,
    sorted.map((r) => r.slug),
    sorted.map((r) => r.published),
    sorted.map((r) => r.topics),
  );
}

function rankRelated(
  slugs: readonly string[],
  published: readonly (CalendarDate | null)[],
  topics: readonly (readonly string[])[],
): ReadonlyMap<string, readonly string[]> {
  const items = slugs.map((slug, i) => ({ slug, published: published[i] ?? null, topics: topics[i] ?? [] }));
  return new Map([...relatedArticles(items)].map(([slug, list]) => [slug, list.map((r) => r.slug)]));
}

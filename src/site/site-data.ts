import type { SEARCH_FILTER_NAMES } from "./search-fields";
import type { DateLabel } from "./labels/format-date";
import type { CitationStyle } from "./citation/article-citation";
import type { MetaTag } from "./citation/meta-tags";
import type { BylinePart } from "./labels/byline-line";

/**
 * The shape templates receive: one precomputed object with a list of views per page kind.
 * Every value a template prints is already here (URLs, labels, counts, neighbours), so
 * templates only loop, test flags and print. Each page kind is an array that Nunjucks
 * paginates with `size: 1`; single pages are one-element arrays so every template works
 * the same way.
 */

/** A link: where to and what to call it. */
export interface Link {
  readonly href: string;
  readonly label: string;
}

/** A navigation link, marked when it is the section of the current page. */
export interface NavLink extends Link {
  readonly current: boolean;
}

/** A link with the number of articles behind it. */
export interface CountedLink extends Link {
  readonly count: number;
  /** e.g. "1 article", "12 articles". */
  readonly countLabel: string;
}

/** A year in the date archive with its months. */
export interface YearSummary extends CountedLink {
  readonly months: readonly CountedLink[];
}

/** An article as it appears in a list. */
export interface ListItem {
  readonly slug: string;
  readonly href: string;
  readonly headline: string;
  /** Null when the publication date is unknown. */
  readonly published: DateLabel | null;
  /** Null when the source is unknown. */
  readonly source: string | null;
  /** Every topic of the article, in its own order. */
  readonly topics: readonly Link[];
  /** The topics lists show as chips: the first three of {@link topics}. */
  readonly chips: readonly Link[];
  /** "+2 more" when the article has more topics than {@link chips}; else null. */
  readonly moreTopics: string | null;
  /** One or two sentences; may be empty. */
  readonly summary: string;
  readonly draft: boolean;
}

/** Open Graph and other head metadata of a page. */
export interface PageMeta {
  /** Absolute canonical URL (with `SITE_URL` and the path prefix); null on the 404 page. */
  readonly canonicalUrl: string | null;
  /** One or two sentences for `<meta name="description">` and `og:description`; may be empty. */
  readonly description: string;
  readonly ogType: "website" | "article";
  /** `article:published_time`, when known. */
  readonly publishedTime: string | null;
  /** Whether search engines should skip the page (the 404 and search pages). */
  readonly noindex: boolean;
  /** `citation_*` meta tags for reference managers (article pages); empty elsewhere. */
  readonly citation: readonly MetaTag[];
}

/** Fields every page has. */
export interface ViewBase {
  /** The page's site path (without the path prefix), used as its permalink. */
  readonly url: string;
  /** The `<title>` text, site name included. */
  readonly documentTitle: string;
  /** The page's single `<h1>`. */
  readonly heading: string;
  readonly nav: readonly NavLink[];
  /** Ancestor pages, outermost first; empty on the home and 404 pages. */
  readonly breadcrumbs: readonly Link[];
  readonly meta: PageMeta;
  /** The Atom feed advertised in the page head: the topic's own on topic pages. */
  readonly feed: Link;
}

/** An author link inside a byline, with the text printed after it (", ", " and ", or ""). */
export interface AuthorLink extends Link {
  readonly separator: string;
}

export interface ArticleView extends ViewBase {
  readonly kind: "article";
  readonly slug: string;
  /** Whether the heading is a placeholder (`Untitled — Source, day`): the article's own headline was not found. */
  readonly headlinePlaceholder: boolean;
  /** "By A, B and C", the raw byline when no names were recognised, or null when unknown. */
  readonly byline: string | null;
  /** Recognised authors, each linking to their page; empty when none were recognised. */
  readonly authors: readonly AuthorLink[];
  readonly published: DateLabel | null;
  /** The byline line under the headline: authors, source and date, then what is unknown in one phrase. */
  readonly bylineParts: readonly BylinePart[];
  /** The editor's summary set under the headline; null when there is none or the body opens with it. */
  readonly standfirst: string | null;
  readonly updated: DateLabel | null;
  /** For an undated article: "mentions events up to 2024", an estimate from its text; else null. */
  readonly dateHint: string | null;
  /** The source's page, or null when the source is unknown. */
  readonly source: Link | null;
  /** Link to the "source unknown" grouping, used when `source` is null. */
  readonly sourceUnknown: Link;
  readonly topics: readonly Link[];
  /** e.g. "3 min read"; null when the body is empty. */
  readonly readingTime: string | null;
  /** Search filter values (`data-pagefind-filter`): the publication year, when known. */
  readonly filterYear: string | null;
  /** Up to five articles sharing topics, most shared first, then nearest in date; shown compactly (headline, date, source). */
  readonly related: readonly ListItem[];
  /** schema.org NewsArticle JSON, escaped so it cannot end its `<script>` element. */
  readonly jsonLd: string;
  /** "Cite this article": the article in APA, MLA, Chicago and BibTeX. */
  readonly citation: readonly CitationStyle[];
  readonly highlights: readonly string[];
  /** Sanitized by ingestion; the only string templates print unescaped. */
  readonly bodyHtml: string;
  /** The article file's text as collected; null for a saved page, published as {@link savedPage} instead. */
  readonly originalUrl: string | null;
  /** A saved page's archival snapshot and original bytes (`.html` articles); else null. */
  readonly savedPage: SavedPageLinks | null;
  /** A saved page's own address (`http`/`https`), shown as "Originally published at"; else null. */
  readonly canonicalUrl: string | null;
  /** The next older dated article. */
  readonly previous: Link | null;
  /** The next newer dated article. */
  readonly next: Link | null;
  readonly draft: boolean;
}

/** A text file published as is: an original text, a feed, the JSON export, the sitemap. */
export interface OriginalText {
  readonly url: string;
  readonly text: string;
}

/** A file published byte for byte: a saved page as it was collected. */
export interface OriginalBytes {
  readonly url: string;
  readonly bytes: Uint8Array;
}

/** What an article page shows of its saved page: the snapshot in a sandboxed frame, and the download. */
export interface SavedPageLinks {
  /** The snapshot page (`/articles/SLUG/snapshot/`), with the path prefix. */
  readonly snapshotUrl: string;
  /** The frame's accessible name. */
  readonly frameTitle: string;
  /** The frame's attribute values (`SNAPSHOT_FRAME`): what it may not do. */
  readonly frame: { readonly sandbox: string; readonly referrerpolicy: string; readonly loading: string };
  /** The original bytes (`original.bin`), with the path prefix. */
  readonly downloadUrl: string;
  /** The name a browser saves them as (`SLUG.html`). */
  readonly downloadName: string;
}

export interface HomeView extends ViewBase {
  readonly kind: "home";
  readonly articleCount: number;
  readonly countLabel: string;
  readonly latest: readonly ListItem[];
  /** Topics that have at least one article. */
  readonly topics: readonly CountedLink[];
  readonly years: readonly YearSummary[];
  readonly undated: CountedLink;
  readonly allTopics: Link;
  readonly archive: Link;
}

export interface TopicsIndexView extends ViewBase {
  readonly kind: "topics";
  readonly topics: readonly (CountedLink & { readonly description: string })[];
}

/** One page of a paginated article list. */
export interface PaginatedList {
  /** Articles in the list, across all its pages. */
  readonly count: number;
  readonly countLabel: string;
  readonly pageNumber: number;
  readonly pageCount: number;
  /** Whether the list has more than one page. */
  readonly paginated: boolean;
  readonly items: readonly ListItem[];
  readonly previousPage: Link | null;
  readonly nextPage: Link | null;
}

export interface TopicPageView extends ViewBase, PaginatedList {
  readonly kind: "topic";
  readonly description: string;
  /** The box searching this topic's articles. */
  readonly searchWithin: SearchWithin;
  /** Articles of this topic per year, newest year first, linking to the topic's own year pages. */
  readonly years: readonly CountedLink[];
  /** The topic's articles with no known date, linking to their page; null when it has none. */
  readonly undated: CountedLink | null;
}

export interface ArchiveIndexView extends ViewBase {
  readonly kind: "archive";
  readonly years: readonly YearSummary[];
  readonly undated: CountedLink;
}

export interface YearView extends ViewBase {
  readonly kind: "year";
  readonly count: number;
  readonly countLabel: string;
  readonly months: readonly CountedLink[];
  /** Empty on a topic's year split into months (see `topic-dates.ts`). */
  readonly items: readonly ListItem[];
  /** The previous (older) year with articles. */
  readonly previousYear: Link | null;
  readonly nextYear: Link | null;
}

export interface MonthView extends ViewBase {
  readonly kind: "month";
  readonly count: number;
  readonly countLabel: string;
  readonly items: readonly ListItem[];
  /** The previous (older) month with articles, possibly in another year. */
  readonly previousMonth: Link | null;
  readonly nextMonth: Link | null;
  readonly year: Link;
}

export interface UndatedView extends ViewBase {
  readonly kind: "undated";
  readonly countLabel: string;
  readonly items: readonly ListItem[];
}

/** A paginated article list of one source, one author, or of articles with no known source. */
export interface ListPageView extends ViewBase, PaginatedList {
  readonly kind: "list";
  /** One sentence under the heading. */
  readonly lede: string;
  /** The box searching this source's or author's articles. */
  readonly searchWithin: SearchWithin;
}

/** The index of sources or of authors. */
export interface NamesIndexView extends ViewBase {
  readonly kind: "names";
  readonly lede: string;
  readonly names: readonly CountedLink[];
  /** The "source unknown" or "author unknown" grouping; null when there is none. */
  readonly unknown: CountedLink | null;
  /** A link to the other index (authors from sources and back). */
  readonly other: Link;
}

/** The search page. */
/**
 * The search box of a topic, source or author page: a plain form that opens the search page
 * with the query and this page's filter in its address (`/search/?q=…&topic=Floods`), so it
 * works before any script runs and the search it opens can be shared.
 */
export interface SearchWithin {
  /** The search page's link, path prefix included. */
  readonly action: string;
  /** The box's label, naming what it searches. */
  readonly label: string;
  /** The filter the search page selects, as its address spells it. */
  readonly filter: (typeof SEARCH_FILTER_NAMES)[number];
  /** The filter value: the topic label or the name as pages show it. */
  readonly value: string;
}

export interface SearchView extends ViewBase {
  readonly kind: "search";
  /** Every search index shard's folder, path prefix included, as a JSON array for the page script. */
  readonly bundlesJson: string;
  /** The filters' names, as a JSON array: the page script reads them from the address. */
  readonly filtersJson: string;
  readonly scriptUrl: string;
  readonly styleUrl: string;
  readonly starterUrl: string;
  readonly topics: Link;
  readonly archive: Link;
}

export interface NotFoundView extends ViewBase {
  readonly kind: "not-found";
  readonly home: Link;
}

/** Counts for the build summary. */
export interface SiteStats {
  readonly articles: number;
  readonly undated: number;
  readonly withoutSource: number;
  readonly withoutByline: number;
  /** Topics with at least one article. */
  readonly topicsUsed: number;
}

/** Links to the site's own assets, with the path prefix. */
export interface AssetLinks {
  readonly stylesheet: string;
  readonly icon: string;
}

/** Everything the templates need, computed once. */
export interface SiteData {
  readonly siteName: string;
  /** The language of the site's text (BCP 47), for `<html lang>` and the feeds. */
  readonly language: string;
  /** The subpath the site is served under (`/` or `/a/b/`). */
  readonly pathPrefix: string;
  /** The home page link, with the path prefix. */
  readonly homeUrl: string;
  /** The stylesheet's site path (without the prefix), for output checks. */
  readonly stylesheetUrl: string;
  readonly assets: AssetLinks;
  /** The search index shards the search page loads, oldest articles first (see `search-shards.ts`). */
  readonly searchShards: readonly { readonly key: string; readonly folder: string }[];
  readonly stats: SiteStats;
  readonly views: {
    readonly home: readonly [HomeView];
    readonly articles: readonly ArticleView[];
    readonly originals: readonly OriginalText[];
    /** Saved pages' snapshot pages and original bytes, written as they are like the original texts. */
    readonly savedPages: readonly (OriginalText | OriginalBytes)[];
    readonly topicsIndex: readonly [TopicsIndexView];
    readonly topicPages: readonly TopicPageView[];
    readonly archiveIndex: readonly [ArchiveIndexView];
    readonly years: readonly YearView[];
    readonly months: readonly MonthView[];
    readonly undated: readonly UndatedView[];
    readonly notFound: readonly [NotFoundView];
    readonly sourcesIndex: readonly [NamesIndexView];
    readonly authorsIndex: readonly [NamesIndexView];
    /** Source pages, author pages and the "source unknown" pages. */
    readonly lists: readonly ListPageView[];
    readonly search: readonly [SearchView];
    /** Feeds, the sitemap and robots.txt. */
    readonly files: readonly OriginalText[];
    /** The JSON export: its index and one part per year (see `articles-json.ts`). */
    readonly exports: readonly OriginalText[];
    /** Old URLs' redirect pages and the hosts' `_redirects` file (see `redirects.ts`). */
    readonly redirects: readonly OriginalText[];
  };
}

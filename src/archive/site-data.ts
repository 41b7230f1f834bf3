import type { DateLabel } from "./format-date";

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
  readonly topics: readonly Link[];
  /** One or two sentences; may be empty. */
  readonly summary: string;
  readonly draft: boolean;
}

/** Fields every page has. */
export interface ViewBase {
  /** The page's URL, used as its permalink. */
  readonly url: string;
  /** The `<title>` text, site name included. */
  readonly documentTitle: string;
  /** The page's single `<h1>`. */
  readonly heading: string;
  readonly nav: readonly NavLink[];
  /** Ancestor pages, outermost first; empty on the home and 404 pages. */
  readonly breadcrumbs: readonly Link[];
}

export interface ArticleView extends ViewBase {
  readonly kind: "article";
  readonly slug: string;
  /** "By A, B and C", the raw byline when no names were recognised, or null when unknown. */
  readonly byline: string | null;
  readonly published: DateLabel | null;
  readonly updated: DateLabel | null;
  readonly source: string | null;
  readonly topics: readonly Link[];
  readonly highlights: readonly string[];
  /** Sanitized by ingestion; the only string templates print unescaped. */
  readonly bodyHtml: string;
  readonly originalUrl: string;
  /** The next older dated article. */
  readonly previous: Link | null;
  /** The next newer dated article. */
  readonly next: Link | null;
  readonly draft: boolean;
}

/** The verbatim text published at `original.txt`. */
export interface OriginalText {
  readonly url: string;
  readonly text: string;
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

export interface TopicPageView extends ViewBase {
  readonly kind: "topic";
  readonly description: string;
  /** Articles in the topic, across all its pages. */
  readonly count: number;
  readonly countLabel: string;
  readonly pageNumber: number;
  readonly pageCount: number;
  /** Whether the topic has more than one page. */
  readonly paginated: boolean;
  readonly items: readonly ListItem[];
  readonly previousPage: Link | null;
  readonly nextPage: Link | null;
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

/** Everything the templates need, computed once. */
export interface SiteData {
  readonly siteName: string;
  readonly homeUrl: string;
  readonly stylesheetUrl: string;
  readonly stats: SiteStats;
  readonly views: {
    readonly home: readonly [HomeView];
    readonly articles: readonly ArticleView[];
    readonly originals: readonly OriginalText[];
    readonly topicsIndex: readonly [TopicsIndexView];
    readonly topicPages: readonly TopicPageView[];
    readonly archiveIndex: readonly [ArchiveIndexView];
    readonly years: readonly YearView[];
    readonly months: readonly MonthView[];
    readonly undated: readonly [UndatedView];
    readonly notFound: readonly [NotFoundView];
  };
}

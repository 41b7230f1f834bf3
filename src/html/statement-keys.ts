/**
 * Which page statements say what, in the order the cascade trusts them (after JSON-LD): Open
 * Graph and `article:*`, then the named `<meta>` conventions (`author`, `citation_*` of
 * scholarly pages, Parse.ly's `parsely-*`, Dublin Core `dc.*`/`dcterms.*`), then microdata.
 * Data, not code: a convention is added here, never as a branch for one site.
 */

/** `<meta>` keys (lower case) for each field, most trusted first. */
export const META_KEYS = {
  headline: ["og:title", "twitter:title", "citation_title", "parsely-title", "dc.title", "dcterms.title", "sailthru.title"],
  authors: [
    "article:author",
    "author",
    "citation_author",
    "parsely-author",
    "dc.creator",
    "dcterms.creator",
    "sailthru.author",
    "byl",
    "twitter:creator",
  ],
  published: [
    "article:published_time",
    "og:article:published_time",
    "article:published",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "original-publish-date",
    "article.published",
    "citation_publication_date",
    "citation_date",
    "citation_online_date",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dc.date",
    "dcterms.issued",
    "dcterms.date",
    "dcterms.created",
    "date",
  ],
  updated: ["article:modified_time", "og:updated_time", "datemodified", "dc.date.modified", "dcterms.modified", "last-modified"],
  source: ["og:site_name", "application-name", "citation_journal_title", "citation_publisher", "dc.publisher", "dcterms.publisher"],
  canonical: ["og:url", "twitter:url"],
} as const satisfies Record<string, readonly string[]>;

/** Microdata `itemprop` names (lower case) for each field. */
export const ITEMPROP_KEYS = {
  headline: ["headline"],
  authors: ["author"],
  published: ["datepublished"],
  updated: ["datemodified"],
} as const satisfies Record<string, readonly string[]>;

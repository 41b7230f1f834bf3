import { escapeXml } from "./xml";

/**
 * Atom 1.0 feeds (RFC 4287) built as text with every value escaped. Dates come only from the
 * articles: the feed's `updated` is its newest entry's, never the build clock, so a rebuild of
 * the same content gives the same bytes.
 */

/** One article in a feed. Every URL is absolute. */
export interface FeedEntry {
  readonly url: string;
  readonly title: string;
  /** RFC 3339 with the offset the article states (see `rfc3339` in `parse/instant`). */
  readonly published: string;
  /** RFC 3339: the later of publication and update. */
  readonly updated: string;
  /** The instant of `updated`, in milliseconds since 1970, to find a feed's newest entry. */
  readonly updatedMs: number;
  readonly authors: readonly string[];
  readonly summary: string;
  readonly categories: readonly string[];
  /** The original text, linked as `rel="via"`. */
  readonly originalUrl: string;
  /** Sanitized HTML of the body, sent escaped as `type="html"`. */
  readonly contentHtml: string;
}

/** A whole feed. */
export interface Feed {
  /** Absolute URL of the feed itself, also its id. */
  readonly selfUrl: string;
  /** Absolute URL of the page the feed mirrors. */
  readonly pageUrl: string;
  readonly title: string;
  readonly subtitle: string;
  /** The language of the feed's text (BCP 47), its `xml:lang`; none when unknown. */
  readonly language?: string;
  /** Newest first; only dated articles (an Atom entry must have a date). */
  readonly entries: readonly FeedEntry[];
  /**
   * The `updated` of the feed when it has no entries (RFC 3339): the site passes its newest
   * change, so an empty topic's feed says when the archive last changed rather than an
   * invented instant. Without it, {@link EMPTY_FEED_UPDATED}.
   */
  readonly emptyUpdated?: string;
}

/**
 * The `updated` of an empty feed of an archive with no dated article at all: a fixed instant,
 * so the output stays reproducible.
 */
export const EMPTY_FEED_UPDATED = "1970-01-01T00:00:00Z";

/**
 * The newest entry's `updated`, or null for no entries. Equal instants written at different
 * offsets keep the first entry's, so the text is the same on every build.
 * @example newestUpdated([]) //=> null
 */
export function newestUpdated(entries: readonly FeedEntry[]): string | null {
  let newest: FeedEntry | null = null;
  for (const e of entries) if (newest === null || e.updatedMs > newest.updatedMs) newest = e;
  return newest === null ? null : newest.updated;
}

/**
 * The Atom XML of a feed.
 * @param entryXml writes one entry; the site's feeds pass {@link atomEntry} kept per entry
 *   object, so an entry an edit left alone is not written out again.
 * @example atomFeed({ selfUrl, pageUrl, title: "News", subtitle: "", entries: [] })
 */
export function atomFeed(feed: Feed, entryXml: (entry: FeedEntry) => string = atomEntry): string {
  const updated = newestUpdated(feed.entries) ?? feed.emptyUpdated ?? EMPTY_FEED_UPDATED;
  const lines = [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom"${feed.language === undefined ? "" : ` xml:lang="${escapeXml(feed.language)}"`}>`,
    `  <id>${escapeXml(feed.selfUrl)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    ...(feed.subtitle === "" ? [] : [`  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`]),
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.pageUrl)}"/>`,
    `  <updated>${updated}</updated>`,
    // Atom requires an author on the feed or on every entry; entries with no known author
    // inherit this neutral one instead of an invented name.
    `  <author><name>${escapeXml(feed.title)}</name></author>`,
    ...feed.entries.map((entry) => entryXml(entry)),
    `</feed>`,
  ];
  return `${lines.join("\n")}\n`;
}

/**
 * The `<entry>` element of one article, indented for its feed, without a final line break.
 * @example atomEntry(entry).startsWith("  <entry>") //=> true
 */
export function atomEntry(e: FeedEntry): string {
  return [
    `  <entry>`,
    `    <id>${escapeXml(e.url)}</id>`,
    `    <title>${escapeXml(e.title)}</title>`,
    `    <link rel="alternate" type="text/html" href="${escapeXml(e.url)}"/>`,
    `    <link rel="via" type="text/plain" href="${escapeXml(e.originalUrl)}"/>`,
    `    <published>${e.published}</published>`,
    `    <updated>${e.updated}</updated>`,
    ...e.authors.map((a) => `    <author><name>${escapeXml(a)}</name></author>`),
    ...e.categories.map((c) => `    <category term="${escapeXml(c)}"/>`),
    ...(e.summary === "" ? [] : [`    <summary>${escapeXml(e.summary)}</summary>`]),
    `    <content type="html">${escapeXml(e.contentHtml)}</content>`,
    `  </entry>`,
  ].join("\n");
}

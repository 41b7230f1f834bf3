import { datedValue, instantMs, lastChange } from "../../parse/instant";
import type { ArticleRecord, CalendarDate } from "../../types";
import { absolute, type Scaffold } from "../scaffold";
import type { OriginalText } from "../site-data";
import * as urls from "../urls";
import { lazyText } from "./lazy-text";
import { escapeXml } from "./xml";

/** A page listed in the sitemap. */
export interface SitemapEntry {
  /** Absolute URL. */
  readonly url: string;
  /** The page's last known change, when it has one. */
  readonly lastModified: CalendarDate | null;
}

/**
 * A sitemaps.org XML sitemap; `lastmod` only where a date is known: a day alone, or a time with
 * its offset (both W3C datetimes).
 * @param timeZone the site's time zone, for times written without an offset.
 * @example sitemapXml([{ url: "https://example.org/", lastModified: null }], "UTC")
 */
export function sitemapXml(entries: readonly SitemapEntry[], timeZone = "UTC"): string {
  const urls = entries.map((e) =>
    e.lastModified === null
      ? `  <url><loc>${escapeXml(e.url)}</loc></url>`
      : `  <url><loc>${escapeXml(e.url)}</loc><lastmod>${datedValue(e.lastModified, timeZone)}</lastmod></url>`,
  );
  return [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`,
    ...urls,
    `</urlset>`,
    ``,
  ].join("\n");
}

/**
 * robots.txt allowing everything and naming the sitemap.
 * @example robotsTxt("https://example.org/sitemap.xml") //=> "User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap.xml\n"
 */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}

/** A page other than an article, as the sitemap lists it. */
export interface SitemapPage {
  /** Site path. */
  readonly path: string;
  /** The articles the page lists (see {@link newestChange}). */
  readonly records: readonly ArticleRecord[];
}

/**
 * The last change among some articles: the latest of their publication and update dates,
 * compared as instants; null when none of them has a date. A listing page changes when one of
 * the articles it lists does, so this is its `lastmod`, taken from the content, never the clock.
 * @example newestChange([{ published: "2024-05-01", updated: "2024-06-02" }, { published: null, updated: null }], "UTC") //=> "2024-06-02"
 */
export function newestChange(records: readonly Pick<ArticleRecord, "published" | "updated">[], timeZone: string): CalendarDate | null {
  let newest: CalendarDate | null = null;
  let newestMs = Number.NEGATIVE_INFINITY;
  for (const r of records) {
    const { date, ms } = changeOf(r, timeZone);
    if (date !== null && ms > newestMs) {
      newest = date;
      newestMs = ms;
    }
  }
  return newest;
}

/**
 * An article's last change and its instant, worked out once per record: every listing page
 * that holds the article asks again (docs/performance.md, 'Instants remembered').
 */
function changeOf(r: Pick<ArticleRecord, "published" | "updated">, timeZone: string): { date: CalendarDate | null; ms: number } {
  const known = lastChanges.get(r);
  if (known !== undefined && known.zone === timeZone) return known;
  const date = lastChange(r.published, r.updated, timeZone);
  const change = { zone: timeZone, date, ms: date === null ? Number.NEGATIVE_INFINITY : instantMs(date, timeZone) };
  lastChanges.set(r, change);
  return change;
}

const lastChanges = new WeakMap<object, { readonly zone: string; readonly date: CalendarDate | null; readonly ms: number }>();

/**
 * The site's sitemap (every listing page with the last change of what it lists, then every
 * article with its last change) and its robots.txt. The sitemap is written from its source when
 * rendered; the source holds what it prints of each page, so an edit that leaves those alone
 * leaves the sitemap alone.
 * @param pages the pages other than articles, in sitemap order.
 * @param sorted every article, newest first.
 * @example sitemapFiles(s, pages, sorted).map((f) => f.url) //=> ["/sitemap.xml", "/robots.txt"]
 */
export function sitemapFiles(s: Scaffold, pages: readonly SitemapPage[], sorted: readonly ArticleRecord[]): OriginalText[] {
  const origin = absolute(s, "/");
  const changed = (r: ArticleRecord): CalendarDate | null => lastChange(r.published, r.updated, s.timeZone);
  const listed = pages.map((p) => ({ path: p.path, lastModified: newestChange(p.records, s.timeZone) }));
  const source = {
    origin,
    timeZone: s.timeZone,
    pages: listed.map((p) => `${p.path} ${p.lastModified ?? ""}`),
    articles: sorted.map((r) => `${r.slug} ${changed(r) ?? ""}`),
  };
  const sitemap = lazyText(urls.sitemapUrl(), source, () =>
    sitemapXml(
      [
        ...listed.map((p) => ({ url: absolute(s, p.path), lastModified: p.lastModified })),
        ...sorted.map((r) => ({ url: absolute(s, urls.articleUrl(r.slug)), lastModified: changed(r) })),
      ],
      s.timeZone,
    ),
  );
  return [sitemap, { url: urls.robotsUrl(), text: robotsTxt(absolute(s, urls.sitemapUrl())) }];
}

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
 * A sitemaps.org XML sitemap; `lastmod` only where a date is known (the date part, which is
 * a valid W3C datetime on its own).
 * @example sitemapXml([{ url: "https://example.org/", lastModified: null }])
 */
export function sitemapXml(entries: readonly SitemapEntry[]): string {
  const urls = entries.map((e) =>
    e.lastModified === null
      ? `  <url><loc>${escapeXml(e.url)}</loc></url>`
      : `  <url><loc>${escapeXml(e.url)}</loc><lastmod>${e.lastModified.slice(0, 10)}</lastmod></url>`,
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

/**
 * The site's sitemap (every listing page, then every article with its last change) and its
 * robots.txt. The sitemap is written from its source when rendered; the source holds what it
 * prints of each article, so an edit that leaves those alone leaves the sitemap alone.
 * @param pagePaths the site paths of the pages other than articles, in sitemap order.
 * @param sorted every article, newest first.
 * @example sitemapFiles(s, pagePaths, sorted).map((f) => f.url) //=> ["/sitemap.xml", "/robots.txt"]
 */
export function sitemapFiles(s: Scaffold, pagePaths: readonly string[], sorted: readonly ArticleRecord[]): OriginalText[] {
  const origin = absolute(s, "/");
  const source = { origin, pagePaths, articles: sorted.map((r) => `${r.slug} ${lastChange(r) ?? ""}`) };
  const sitemap = lazyText(urls.sitemapUrl(), source, () =>
    sitemapXml([
      ...pagePaths.map((p) => ({ url: absolute(s, p), lastModified: null })),
      ...sorted.map((r) => ({ url: absolute(s, urls.articleUrl(r.slug)), lastModified: lastChange(r) })),
    ]),
  );
  return [sitemap, { url: urls.robotsUrl(), text: robotsTxt(absolute(s, urls.sitemapUrl())) }];
}

/** The later of an article's publication and update, when either is known. */
function lastChange(r: ArticleRecord): string | null {
  if (r.updated !== null && (r.published === null || r.updated > r.published)) return r.updated;
  return r.published;
}

import type { CalendarDate } from "../types";
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

import type { Redirect } from "../../ingest/permanent-urls";
import type { ArticleRecord } from "../../types";
import { redirectPagePath } from "../../util/site-paths";
import { absolute, href, type Scaffold } from "../scaffold";
import type { OriginalText } from "../site-data";
import * as urls from "../urls";
import { escapeXml } from "./xml";

/**
 * The redirects of old URLs to their articles' current pages, in the two forms static hosting
 * understands: a page at the old path (an instant `<meta http-equiv="refresh">`, a canonical
 * link, a visible link, `noindex`; no script), which every host serves, and one `_redirects`
 * file (`/old/ /new/ 301` lines) that Netlify and Cloudflare Pages answer with a real 301
 * before any page. Neither is listed in the sitemap, the feeds or the search index.
 */

/**
 * One redirect page's HTML.
 * @param target the new page's link (with the path prefix) and absolute URL, and its headline.
 * @example redirectPage("Archive", { href: "/articles/new/", absolute: "https://example.org/articles/new/", headline: "New" })
 */
export function redirectPage(site: string, target: { href: string; absolute: string; headline: string }): string {
  const link = escapeXml(target.href);
  return [
    "<!doctype html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex">',
    `<title>Moved: ${escapeXml(target.headline)} — ${escapeXml(site)}</title>`,
    `<link rel="canonical" href="${escapeXml(target.absolute)}">`,
    `<meta http-equiv="refresh" content="0; url=${link}">`,
    "</head>",
    "<body>",
    "<main>",
    "<h1>This article has moved</h1>",
    `<p>It is now at <a href="${link}">${escapeXml(target.headline)}</a>.</p>`,
    "</main>",
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

/**
 * The `_redirects` file: one `FROM TO 301` line per redirect, both with the path prefix, in the
 * order given.
 * @example redirectsFile([["/old/", "/new/"]]) //=> "/old/ /new/ 301\n"
 */
export function redirectsFile(lines: readonly (readonly [string, string])[]): string {
  return lines.map(([from, to]) => `${from} ${to} 301\n`).join("");
}

/**
 * Every redirect page and the `_redirects` file (none when there is no redirect).
 * @param redirects as the ingest decided them (`permanentUrls`): each `to` is a published slug.
 * @param sorted the published records.
 * @throws TypeError when a redirect leads to no record (code misuse: the ingest checks it).
 * @example redirectFiles(s, [{ from: "/articles/old/", to: "new" }], records).map((f) => f.url) //=> ["/articles/old/", "/_redirects"]
 */
export function redirectFiles(s: Scaffold, redirects: readonly Redirect[], sorted: readonly ArticleRecord[]): OriginalText[] {
  if (redirects.length === 0) return [];
  const bySlug = new Map(sorted.map((r) => [r.slug, r]));
  const pages: OriginalText[] = [];
  const lines: [string, string][] = [];
  for (const { from, to } of redirects) {
    const record = bySlug.get(to);
    if (record === undefined) throw new TypeError(`A redirect from \`${from}\` leads to no article (\`${to}\`)`);
    const path = urls.articleUrl(to);
    lines.push([href(s, from), href(s, path)]);
    const page = redirectPagePath(from);
    if (page === null) continue;
    pages.push({ url: page, text: redirectPage(s.site, { href: href(s, path), absolute: absolute(s, path), headline: record.headline }) });
  }
  return [...pages, { url: urls.redirectsFileUrl(), text: redirectsFile(lines) }];
}

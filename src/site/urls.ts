import { SLUG_PATTERN } from "../util/slug-rules";
import { articlePath } from "../util/site-paths";

/**
 * The only module that builds site URLs. Every URL is root-relative and ends in `/` (a folder
 * holding `index.html`) or in a file name; templates print these strings and never join paths.
 *
 * The page functions return *site paths* (`/topics/x/`): where a page lives inside the output
 * folder, used as Eleventy permalinks. Links printed in pages go through {@link withPathPrefix}
 * and feeds through {@link absoluteUrl}, so subpath hosting is handled here and only here
 * (Eleventy's HtmlBasePlugin is deliberately not used: two mechanisms would prefix twice).
 *
 * Each path segment that comes from data (slugs, years, months, page numbers) is validated
 * here, so a malformed value can never produce a URL that escapes the output folder.
 */

const YEAR = /^\d{4}$/;
const MONTH = /^(?:0[1-9]|1[0-2])$/;

function path(...segments: readonly string[]): string {
  return segments.length === 0 ? "/" : `/${segments.join("/")}/`;
}

function file(name: string, ...segments: readonly string[]): string {
  return `${path(...segments)}${name}`;
}

function paged(segments: readonly string[], page: number): string {
  if (!Number.isInteger(page) || page < 1) throw new TypeError(`Invalid page number \`${page}\``);
  return page === 1 ? path(...segments) : path(...segments, "page", String(page));
}

function checkSlug(kind: string, slug: string): string {
  if (!SLUG_PATTERN.test(slug)) throw new TypeError(`Invalid ${kind} slug \`${slug}\` (expected ${SLUG_PATTERN.source})`);
  return slug;
}

function checkNameSlug(kind: string, slug: string): string {
  if (RESERVED_NAME_SLUGS.includes(slug)) throw new TypeError(`The ${kind} slug \`${slug}\` is reserved`);
  return checkSlug(kind, slug);
}

/** `/` */
export function homeUrl(): string {
  return path();
}

/**
 * The page of one article.
 * @throws TypeError when `slug` is not lower-case kebab-case.
 * @example articleUrl("azerbaijan-cancels-events") //=> "/articles/azerbaijan-cancels-events/"
 */
export function articleUrl(slug: string): string {
  return articlePath(checkSlug("article", slug));
}

/**
 * The article's original text, published verbatim.
 * @example originalTextUrl("a-b") //=> "/articles/a-b/original.txt"
 */
export function originalTextUrl(slug: string): string {
  return file("original.txt", "articles", checkSlug("article", slug));
}

/**
 * The archival snapshot of a saved page (`.html`, WARC) article: its content with nothing that
 * runs or loads (`src/snapshot/`).
 * @example snapshotUrl("a-b") //=> "/articles/a-b/snapshot/"
 */
export function snapshotUrl(slug: string): string {
  return path("articles", checkSlug("article", slug), "snapshot");
}

/**
 * A saved page's original bytes, published as they were collected. `.bin`: every static host
 * serves it as `application/octet-stream`, which browsers download and never render, so the
 * page's scripts never run on the site's origin; links give the download its name
 * (`download="SLUG.html"`).
 * @example savedPageUrl("a-b") //=> "/articles/a-b/original.bin"
 */
export function savedPageUrl(slug: string): string {
  return file("original.bin", "articles", checkSlug("article", slug));
}

/** `/topics/` */
export function topicsIndexUrl(): string {
  return path("topics");
}

/**
 * One page of a topic's article list; page 1 is the topic's own URL.
 * @throws TypeError on an invalid slug or a page number below 1.
 * @example topicUrl("diplomacy") //=> "/topics/diplomacy/"
 * @example topicUrl("diplomacy", 2) //=> "/topics/diplomacy/page/2/"
 */
export function topicUrl(slug: string, page = 1): string {
  return paged(["topics", checkSlug("topic", slug)], page);
}

/**
 * A topic's articles of one year.
 * @throws TypeError on an invalid slug or year.
 * @example topicYearUrl("diplomacy", "2024") //=> "/topics/diplomacy/2024/"
 */
export function topicYearUrl(slug: string, year: string): string {
  if (!YEAR.test(year)) throw new TypeError(`Invalid year \`${year}\``);
  return path("topics", checkSlug("topic", slug), year);
}

/**
 * A topic's articles of one month.
 * @throws TypeError on an invalid slug, year or month.
 * @example topicMonthUrl("diplomacy", "2024", "05") //=> "/topics/diplomacy/2024/05/"
 */
export function topicMonthUrl(slug: string, year: string, month: string): string {
  if (!MONTH.test(month)) throw new TypeError(`Invalid month \`${month}\``);
  return `${topicYearUrl(slug, year)}${month}/`;
}

/**
 * A topic's articles with no known publication date.
 * @example topicUndatedUrl("diplomacy") //=> "/topics/diplomacy/undated/"
 */
export function topicUndatedUrl(slug: string): string {
  return path("topics", checkSlug("topic", slug), "undated");
}

/** `/archive/` */
export function archiveUrl(): string {
  return path("archive");
}

/**
 * @throws TypeError unless `year` is four digits.
 * @example yearUrl("2023") //=> "/archive/2023/"
 */
export function yearUrl(year: string): string {
  if (!YEAR.test(year)) throw new TypeError(`Invalid year \`${year}\``);
  return path("archive", year);
}

/**
 * @throws TypeError unless `year` is four digits and `month` is `01`–`12`.
 * @example monthUrl("2023", "09") //=> "/archive/2023/09/"
 */
export function monthUrl(year: string, month: string): string {
  if (!MONTH.test(month)) throw new TypeError(`Invalid month \`${month}\``);
  return `${yearUrl(year)}${month}/`;
}

/** `/archive/undated/`, for articles with no known publication date. */
export function undatedUrl(): string {
  return path("archive", "undated");
}

/** `/sources/` */
export function sourcesIndexUrl(): string {
  return path("sources");
}

/**
 * One page of a source's article list; page 1 is the source's own URL.
 * @throws TypeError on an invalid or reserved slug (see {@link RESERVED_NAME_SLUGS}) or a page number below 1.
 * @example sourceUrl("civilnet") //=> "/sources/civilnet/"
 */
export function sourceUrl(slug: string, page = 1): string {
  return paged(["sources", checkNameSlug("source", slug)], page);
}

/**
 * Articles whose source is unknown. `unknown` is reserved: no source slug may take it.
 * @example sourceUnknownUrl(2) //=> "/sources/unknown/page/2/"
 */
export function sourceUnknownUrl(page = 1): string {
  return paged(["sources", RESERVED_SOURCE_SLUG], page);
}

/** The source slug kept for the "source unknown" grouping. */
export const RESERVED_SOURCE_SLUG = "unknown";

/**
 * Slugs no source or author may have (`name-slugs.ts` gives such a name a hashed slug):
 * `unknown` is the "source unknown" page, and `page` is the word of paginated URLs, kept free
 * so that the name indexes can be paginated (`/sources/page/2/`) without meeting a name.
 */
export const RESERVED_NAME_SLUGS: readonly string[] = [RESERVED_SOURCE_SLUG, "page"];

/** `/authors/` */
export function authorsIndexUrl(): string {
  return path("authors");
}

/**
 * One page of an author's article list.
 * @throws TypeError on an invalid or reserved slug (see {@link RESERVED_NAME_SLUGS}) or a page number below 1.
 * @example authorUrl("mark-dovich") //=> "/authors/mark-dovich/"
 */
export function authorUrl(slug: string, page = 1): string {
  return paged(["authors", checkNameSlug("author", slug)], page);
}

/** `/search/` */
export function searchUrl(): string {
  return path("search");
}

/** The Atom feed of the whole archive: `/feed.xml`. */
export function feedUrl(): string {
  return file("feed.xml");
}

/**
 * A topic's Atom feed.
 * @example topicFeedUrl("diplomacy") //=> "/topics/diplomacy/feed.xml"
 */
export function topicFeedUrl(slug: string): string {
  return file("feed.xml", "topics", checkSlug("topic", slug));
}

/**
 * A source's Atom feed.
 * @example sourceFeedUrl("civilnet") //=> "/sources/civilnet/feed.xml"
 */
export function sourceFeedUrl(slug: string): string {
  return file("feed.xml", "sources", checkNameSlug("source", slug));
}

/**
 * An author's Atom feed.
 * @example authorFeedUrl("mark-dovich") //=> "/authors/mark-dovich/feed.xml"
 */
export function authorFeedUrl(slug: string): string {
  return file("feed.xml", "authors", checkNameSlug("author", slug));
}

/** The JSON export's index, listing its parts: `/api/articles.json`. */
export function articlesJsonUrl(): string {
  return file("articles.json", "api");
}

/**
 * One part of the JSON export: the records published in `year`, or (null) those without a date.
 * @example articlesJsonPartUrl("2024") //=> "/api/articles/2024.json"
 * @example articlesJsonPartUrl(null) //=> "/api/articles/undated.json"
 */
export function articlesJsonPartUrl(year: string | null): string {
  if (year !== null && !/^\d{4}$/.test(year)) throw new TypeError(`Invalid year \`${year}\``);
  return file(`${year ?? "undated"}.json`, "api", "articles");
}

/** `/sitemap.xml` */
export function sitemapUrl(): string {
  return file("sitemap.xml");
}

/** `/robots.txt` */
export function robotsUrl(): string {
  return file("robots.txt");
}

/** The site icon, copied from `templates/assets/` (so browsers' favicon request finds a file). */
export function iconUrl(): string {
  return file("icon.svg", "assets");
}

/**
 * The folder Pagefind writes a search index shard and its UI files into, named by the shard's
 * key (a hash of what it indexes, see `search-shards.ts`).
 * @example searchBundleUrl("0123abcd") //=> "/pagefind/0123abcd/"
 */
export function searchBundleUrl(key: string): string {
  if (!/^[0-9a-f]+$/.test(key)) throw new TypeError(`Invalid search shard key \`${key}\``);
  return path("pagefind", key);
}

/** The folder holding every search index shard. */
export function searchIndexFolder(): string {
  return path("pagefind");
}

/** The script that starts the search UI on the search page. */
export function searchStarterUrl(): string {
  return file("search.js", "assets");
}

/** The site stylesheet, copied from `templates/assets/`. */
export function stylesheetUrl(): string {
  return file("site.css", "assets");
}

/** The redirects file Netlify and Cloudflare Pages read (`/old/ /new/ 301` lines). */
export function redirectsFileUrl(): string {
  return file("_redirects");
}

/** The not-found page most static hosts serve for unknown paths. */
export function notFoundUrl(): string {
  return file("404.html");
}

/**
 * The file a URL is written to, relative to the output folder.
 * @example outputFileFor("/topics/diplomacy/") //=> "topics/diplomacy/index.html"
 * @example outputFileFor("/articles/a/original.txt") //=> "articles/a/original.txt"
 */
export function outputFileFor(url: string): string {
  if (!url.startsWith("/")) throw new TypeError(`Not a root-relative URL: \`${url}\``);
  const relative = url.slice(1);
  return relative === "" || relative.endsWith("/") ? `${relative}index.html` : relative;
}

/**
 * The folder of the output that a site folder URL maps to, relative to the output folder.
 * @example outputFolderFor("/pagefind/") //=> "pagefind"
 */
export function outputFolderFor(url: string): string {
  return outputFileFor(url).replace(/\/?index\.html$/, "");
}

const PREFIX_SEGMENT = /^[A-Za-z0-9._~-]+$/;

/**
 * The path prefix for subpath hosting in canonical form: `/` or `/a/b/`.
 * Accepts it with or without the leading and trailing slash.
 * @throws TypeError when a segment has characters outside unreserved URL characters, or is `.`/`..`.
 * @example normalizePathPrefix("archive") //=> "/archive/"
 * @example normalizePathPrefix("") //=> "/"
 */
export function normalizePathPrefix(raw: string): string {
  const segments = raw.split("/").filter((s) => s !== "");
  for (const s of segments) {
    if (!PREFIX_SEGMENT.test(s) || s === "." || s === "..") throw new TypeError(`Invalid path prefix \`${raw}\``);
  }
  return path(...segments);
}

/**
 * The link to print for a site path when the site is served under `prefix`.
 * @param prefix as from {@link normalizePathPrefix}.
 * @throws TypeError when `sitePath` is not root-relative.
 * @example withPathPrefix("/archive/", "/topics/x/") //=> "/archive/topics/x/"
 */
export function withPathPrefix(prefix: string, sitePath: string): string {
  if (!sitePath.startsWith("/")) throw new TypeError(`Not a root-relative URL: \`${sitePath}\``);
  return `${prefix}${sitePath.slice(1)}`;
}

/**
 * The site's origin in canonical form: `http(s)://host[:port]`, no trailing slash.
 * @throws TypeError on anything but an http(s) URL without path, query or fragment.
 * @example normalizeSiteUrl("https://example.org/") //=> "https://example.org"
 */
export function normalizeSiteUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new TypeError(`SITE_URL must be an absolute http(s) URL, got \`${raw}\``);
  }
  if (!/^https?:$/.test(url.protocol) || url.pathname !== "/" || url.search !== "" || url.hash !== "" || url.username !== "") {
    throw new TypeError(`SITE_URL must be an origin such as https://example.org (put any subpath in PATH_PREFIX), got \`${raw}\``);
  }
  return url.origin;
}

/**
 * The absolute URL of a site path, for feeds, sitemaps, canonical links and structured data.
 * @param siteUrl as from {@link normalizeSiteUrl}; `prefix` as from {@link normalizePathPrefix}.
 * @example absoluteUrl("https://example.org", "/archive/", "/feed.xml") //=> "https://example.org/archive/feed.xml"
 */
export function absoluteUrl(siteUrl: string, prefix: string, sitePath: string): string {
  return `${siteUrl}${withPathPrefix(prefix, sitePath)}`;
}

import { SLUG_PATTERN } from "./slug-rules";

/**
 * Site paths an article was once published under (a registered URL, an alias): what such a
 * path may look like, where its redirect page goes, and which paths belong to the site's own
 * pages. Kept below every stage because the ingest checks these paths and the site writes them;
 * `src/site/urls.ts` builds article URLs with {@link articlePath}, and a test checks that every
 * page of a built site lies under {@link SITE_SECTIONS} or is one of {@link SITE_FILES}.
 */

/** The first path segment of every page the site builds itself. */
export const SITE_SECTIONS: readonly string[] = [
  "articles",
  "topics",
  "archive",
  "sources",
  "authors",
  "search",
  "api",
  "pagefind",
  "assets",
];

/** The files the site writes at its root. */
export const SITE_FILES: readonly string[] = ["index.html", "404.html", "feed.xml", "sitemap.xml", "robots.txt", "_redirects"];

/** One path segment: URL characters, non-ASCII written percent-encoded; never `.` or `..`. */
const SEGMENT = /^(?:[A-Za-z0-9._~!$&'()*+,;=:@-]|%[0-9A-Fa-f]{2})+$/;

/** Extensions a static host serves as an HTML page, so a redirect page may be written there. */
const PAGE_EXTENSION = /\.html?$/i;

/**
 * The site path of an article page.
 * @throws TypeError when `slug` is not a slug (code misuse).
 * @example articlePath("mayor-resigns") //=> "/articles/mayor-resigns/"
 */
export function articlePath(slug: string): string {
  if (!SLUG_PATTERN.test(slug)) throw new TypeError(`Invalid article slug \`${slug}\``);
  return `/articles/${slug}/`;
}

/**
 * What is wrong with `path` as an old URL of the site, or null when it is one: root-relative,
 * no query or fragment, no empty, `.` or `..` segment, URL characters only.
 * @example sitePathProblem("/posts/old.html") //=> null
 * @example sitePathProblem("https://example.org/a/") //=> "it must start with `/` (a path on this site, without the address)"
 */
export function sitePathProblem(path: string): string | null {
  if (!path.startsWith("/")) return "it must start with `/` (a path on this site, without the address)";
  if (/[?#]/.test(path)) return "it must not have a query (`?`) or fragment (`#`)";
  const segments = path.slice(1).split("/");
  if (segments.at(-1) === "") segments.pop();
  if (segments.length === 0) return "it is the home page";
  for (const segment of segments) {
    if (segment === "." || segment === ".." || !SEGMENT.test(segment))
      return `the segment \`${segment}\` is not allowed (write other characters percent-encoded; no empty, \`.\` or \`..\` segments)`;
  }
  return null;
}

/**
 * What is wrong with `path` as an old address an article redirects from (a front-matter alias,
 * an entry of the registry), or null: a site path ({@link sitePathProblem}) that is none of the
 * site's own pages ({@link isReservedPath}).
 * @example aliasProblem("/2019/05/14/old-title/") //=> null
 * @example aliasProblem("/topics/diplomacy/") //=> "it is a path of the site's own pages"
 */
export function aliasProblem(path: string): string | null {
  return sitePathProblem(path) ?? (isReservedPath(path) ? "it is a path of the site's own pages" : null);
}

/**
 * Where a redirect page for `path` is written, as a site path: a folder path as it is, an
 * `.html`/`.htm` file as it is, a last segment without extension as a folder (static hosts serve
 * `/a` from `a/index.html`), and null for any other extension (`.php`): a page written there
 * would be served with that file's type, so only the host's redirects file covers it.
 * @example redirectPagePath("/2019/05/old-title") //=> "/2019/05/old-title/"
 * @example redirectPagePath("/index.php") //=> null
 */
export function redirectPagePath(path: string): string | null {
  if (path.endsWith("/") || PAGE_EXTENSION.test(path)) return path;
  const last = path.slice(path.lastIndexOf("/") + 1);
  return last.includes(".") ? null : `${path}/`;
}

/**
 * The key two old paths collide on: the page they would be written to (or the path), NFC and
 * case-folded, because `/A/` and `/a/` are one folder on macOS and Windows checkouts.
 * @example pathKey("/Articles/X") //=> "/articles/x/"
 */
export function pathKey(path: string): string {
  return (redirectPagePath(path) ?? path).normalize("NFC").toLowerCase();
}

/**
 * The article slug `path` names, when it is exactly an article page (`/articles/SLUG/`, the
 * trailing slash optional); else null.
 * @example articleSlugOf("/articles/mayor-resigns") //=> "mayor-resigns"
 */
export function articleSlugOf(path: string): string | null {
  const match = /^\/articles\/([^/]+)\/?$/.exec(path);
  return match?.[1] !== undefined && SLUG_PATTERN.test(match[1]) ? match[1] : null;
}

/**
 * Whether a redirect at `path` would take the place of one of the site's own pages or files: a
 * path under a section of the site (but for an article page, `/articles/SLUG/`, which stays
 * free for old URLs while no article has the slug) or a file at the root that the site writes.
 * @example isReservedPath("/topics/diplomacy/") //=> true
 * @example isReservedPath("/articles/old-title/") //=> false
 */
export function isReservedPath(path: string): boolean {
  if (articleSlugOf(path) !== null) return false;
  const first = path.slice(1).split("/")[0] ?? "";
  const single = !path.slice(1).includes("/");
  return SITE_SECTIONS.includes(first.toLowerCase()) || first.startsWith(".") || (single && SITE_FILES.includes(first.toLowerCase()));
}

/**
 * The only module that builds site URLs. Every URL is root-relative and ends in `/` (a folder
 * holding `index.html`) or in a file name; templates print these strings and never join paths.
 *
 * Each path segment that comes from data (slugs, years, months, page numbers) is validated
 * here, so a malformed value can never produce a URL that escapes the output folder.
 */

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const YEAR = /^\d{4}$/;
const MONTH = /^(?:0[1-9]|1[0-2])$/;

// Joining happens in one place so a path prefix (subpath hosting) can be added here later.
function path(...segments: readonly string[]): string {
  return segments.length === 0 ? "/" : `/${segments.join("/")}/`;
}

function file(name: string, ...segments: readonly string[]): string {
  return `${path(...segments)}${name}`;
}

function checkSlug(kind: string, slug: string): string {
  if (!SLUG.test(slug)) throw new TypeError(`Invalid ${kind} slug \`${slug}\` (expected ${SLUG.source})`);
  return slug;
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
  return path("articles", checkSlug("article", slug));
}

/**
 * The article's original text, published verbatim.
 * @example originalTextUrl("a-b") //=> "/articles/a-b/original.txt"
 */
export function originalTextUrl(slug: string): string {
  return file("original.txt", "articles", checkSlug("article", slug));
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
  checkSlug("topic", slug);
  if (!Number.isInteger(page) || page < 1) throw new TypeError(`Invalid page number \`${page}\``);
  return page === 1 ? path("topics", slug) : path("topics", slug, "page", String(page));
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

/** The site stylesheet, copied from `templates/assets/`. */
export function stylesheetUrl(): string {
  return file("site.css", "assets");
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

import type { WarcHtmlResponse } from "./warc-response";

/**
 * File extensions of things that are not pages: a server that answers a stylesheet, an image
 * or a feed URL with an HTML error page or a login wall still has not served an article.
 */
const NOT_PAGE_EXTENSIONS: ReadonlySet<string> = new Set([
  ...["css", "js", "mjs", "json", "xml", "rss", "atom", "txt", "ico", "png", "jpg", "jpeg", "gif", "webp", "avif", "svg", "bmp"],
  ...["woff", "woff2", "ttf", "otf", "eot", "mp3", "mp4", "webm", "ogg", "wav", "pdf", "zip", "gz", "map", "wasm"],
]);

/**
 * The names a server gives the root's own page. Only at the root: a static site may well
 * publish an article as `/2024/05/floods/index.html`.
 */
const INDEX_DOCUMENT = /^(index|default|home)\.(html?|php|aspx?|jsp|shtml)$/i;

/**
 * Whether an HTML page from a WARC may be an article: a cheap test on the record alone, made
 * before any parsing. It turns away what is certainly not one — a site's home page (the root
 * path, or `/index.html` and the like), a URL naming an asset or a feed, a non-http(s) URL, an empty body —
 * and lets the rest through. Telling an article from a section front, tag page or search
 * result needs the page's content: the caller runs the HTML extractor on what passes and keeps
 * a page as an article only when the extraction is confident (publisher metadata names it an
 * article, or a headline and a body of prose were found); a page that fails that test is
 * reported as not an article, not built.
 * @param record the page (only its URL and body length are read)
 * @returns false when the record is certainly not an article
 * @example isArticleRecord({ targetUri: "https://example.org/", body }) //=> false
 * @example isArticleRecord({ targetUri: "https://example.org/2024/05/floods.html", body }) //=> true
 */
export function isArticleRecord(record: Pick<WarcHtmlResponse, "targetUri" | "body">): boolean {
  if (record.body.length === 0) return false;
  let url: URL;
  try {
    url = new URL(record.targetUri);
  } catch {
    return false;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return false;
  const segments = url.pathname.split("/").filter((segment) => segment !== "");
  const last = segments.at(-1);
  if (last === undefined || (segments.length === 1 && INDEX_DOCUMENT.test(last))) return false;
  const extension = /\.([a-z0-9]+)$/i.exec(last)?.[1]?.toLowerCase();
  return extension === undefined || !NOT_PAGE_EXTENSIONS.has(extension);
}

/**
 * A fetched page as a new saved-page article: its sidecar `NAME.yml` pre-filled as front matter
 * is for pasted text, with comments recording where the page came from — the redirects, the
 * final address, the HTTP Content-Type — because the saved bytes themselves are kept exactly as
 * the server sent them.
 */
import { decodeHtmlBytes } from "../../load/html-charset";
import type { FetchedPage } from "../fetch-page";
import type { FoundFields } from "./field-summary";
import { articleFileName, frontMatterFor } from "./new-article";

/**
 * The charset a fetched page is known by only from its HTTP header, or null when the page itself
 * settles it (a byte-order mark or a declaration) or the header says UTF-8, which is what an
 * undeclared page is read as anyway.
 * @example httpOnlyCharset({ ...page, charset: "windows-1252" }) //=> "windows-1252" (for a page with no <meta charset>)
 */
export function httpOnlyCharset(page: Pick<FetchedPage, "bytes" | "charset">): string | null {
  if (page.charset === undefined || /^utf-?8$/i.test(page.charset)) return null;
  return decodeHtmlBytes(page.bytes).source === "default" ? page.charset : null;
}

/**
 * The file name for a fetched page: its headline's slug, else the last segment of its address.
 * @example fetchedPageName("Mayor Resigns!", "https://example.org/news/x") //=> "mayor-resigns.html"
 */
export function fetchedPageName(headline: string | null, finalUrl: string): string {
  const url = new URL(finalUrl);
  // Without a headline, the address's last segment names the file, as a pasted file's name does.
  const segment = url.pathname.split("/").filter(Boolean).pop() ?? url.hostname;
  return articleFileName(headline, segment).replace(/\.txt$/, ".html");
}

/**
 * The sidecar for a fetched page: the pre-filled front matter (see {@link frontMatterFor}) with
 * the fetch recorded in comments after its first line.
 * @param found what the page's record holds, read from the saved bytes
 * @param canonical the address the page states for itself, or null when it states none
 * @example fetchedSidecar(found, page, null).startsWith("---\n# Fetched from ") //=> true
 */
export function fetchedSidecar(found: FoundFields, page: FetchedPage, canonical: string | null): string {
  const [open, ...rest] = frontMatterFor(found, page.finalUrl).split("\n");
  const notes = [`# Fetched from ${page.requested}`];
  for (const hop of page.redirects) notes.push(`#   ${hop.status} redirect from ${hop.url}`);
  if (page.redirects.length > 0) notes.push(`# Final address: ${page.finalUrl}`);
  notes.push(`# HTTP Content-Type: ${page.contentType}`);
  const charset = httpOnlyCharset(page);
  if (charset !== null) {
    notes.push(`# The page declares no charset and is read as UTF-8; the server named ${charset}.`);
  }
  notes.push(
    canonical === null
      ? `# The page states no address of its own; the address it was fetched from is ${page.finalUrl}`
      : `# The page's own address: ${canonical}`,
  );
  return `${[open, ...notes, ...rest].join("\n")}\n`;
}

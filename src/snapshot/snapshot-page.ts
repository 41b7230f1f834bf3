import type { ArchivalSnapshot } from "./archival-snapshot";
import { LINK_REL } from "./attributes";
import { webUrl } from "./urls";

/**
 * The Content-Security-Policy of a snapshot page: nothing may run, load or be sent, except inline
 * raster images (`data:`) and the page's own inline styles. It is delivered in a `<meta>` (a
 * static host sets no headers for us) placed before anything else in the document, so it
 * governs the whole page; `frame-ancestors` and `sandbox` cannot be given that way, which is
 * what {@link SNAPSHOT_FRAME} is for.
 */
export const SNAPSHOT_CSP = [
  "default-src 'none'",
  "script-src 'none'",
  "img-src data:",
  "style-src 'unsafe-inline'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

/**
 * The attributes of the `<iframe>` an article page shows its snapshot in: an empty `sandbox`
 * (no script, an opaque origin, no forms, no popups, no top navigation) on top of the page's
 * own CSP, no referrer, loaded when scrolled to.
 */
export const SNAPSHOT_FRAME = { sandbox: "", referrerpolicy: "no-referrer", loading: "lazy" } as const;

/** At most this many remote addresses are listed on the page; the rest are counted. */
export const MAX_LISTED_REMOTE = 200;

/** What the snapshot page says about the saved page around the snapshot. */
export interface SnapshotPageMeta {
  /** The article's headline. */
  readonly title: string;
  /** The article page's URL, as printed in links (with the site's path prefix). */
  readonly articleUrl: string;
  /** The saved page's original bytes, as printed in links, when published. */
  readonly originalUrl?: string;
  /** The file name a reader's browser saves the original bytes as (`slug.html`). */
  readonly originalFileName?: string;
  /** Where the page was published (an absolute http or https URL), when known. */
  readonly pageUrl?: string;
  /** The page's language (`en`), when known. */
  readonly lang?: string;
}

const ESCAPES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** `text` safe in HTML text and in a quoted attribute value. */
function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);
}

/** An external link, inert but for where it points. */
function webLink(url: string, text: string): string {
  return `<a href="${escapeHtml(url)}" rel="${LINK_REL}">${escapeHtml(text)}</a>`;
}

/** The banner: what this page is, where its article is, and where the original came from. */
function banner(snapshot: ArchivalSnapshot, meta: SnapshotPageMeta): string {
  const removed = snapshot.removed.map((r) => `${r.count} ${r.kind}`).join(", ");
  const lines = [
    `<strong>Archival snapshot</strong> of a saved page: scripts and remote content removed, so parts may be missing or look different.`,
    `<a href="${escapeHtml(meta.articleUrl)}">Back to the article: ${escapeHtml(meta.title)}</a>`,
  ];
  const published = meta.pageUrl === undefined ? undefined : webUrl(meta.pageUrl, undefined);
  if (published !== undefined) lines.push(`Originally published at ${webLink(published, published)}`);
  if (meta.originalUrl !== undefined) {
    const name = meta.originalFileName === undefined ? "" : ` download="${escapeHtml(meta.originalFileName)}"`;
    lines.push(`<a href="${escapeHtml(meta.originalUrl)}"${name}>Download the saved page as it was collected</a>`);
  }
  if (removed !== "") lines.push(`Removed: ${escapeHtml(removed)}.`);
  return `<div id="archival-snapshot-banner" role="note">\n${lines.map((l) => `<p>${l}</p>`).join("\n")}\n</div>`;
}

/** The remote addresses the page would have loaded, as links a reader may follow. */
function remoteList(links: readonly string[]): string {
  if (links.length === 0) return "";
  const shown = links.slice(0, MAX_LISTED_REMOTE).map((url) => `<li>${webLink(url, url)}</li>`);
  const more = links.length > MAX_LISTED_REMOTE ? `\n<p>and ${links.length - MAX_LISTED_REMOTE} more.</p>` : "";
  return `\n<aside id="archival-snapshot-remote">\n<h2>Remote content not loaded</h2>\n<ul>\n${shown.join("\n")}\n</ul>${more}\n</aside>`;
}

// The banner's look, with `!important` and ids so that the saved page's own styles are less
// likely to hide it. A hostile page can still restyle it: the trusted label is the article page
// around the frame (SNAPSHOT_FRAME).
const BANNER_STYLE = `#archival-snapshot-banner,#archival-snapshot-remote{all:initial;display:block!important;box-sizing:border-box;margin:0 0 1em;padding:.5em 1em;font:16px/1.4 system-ui,sans-serif!important;color:#111!important;background:#fff3c4!important;border:2px solid #8a6d00!important}
#archival-snapshot-banner p,#archival-snapshot-remote li{margin:.25em 0}
#archival-snapshot-banner a,#archival-snapshot-remote a{color:#0b3d91!important}`;

/**
 * The whole HTML document that publishes a snapshot, at `/articles/SLUG/snapshot/`: a strict CSP
 * ({@link SNAPSHOT_CSP}) first in the head, no referrer, `noindex` (it is a copy of someone
 * else's page), a banner saying what the page is with a link back to the article and to the
 * original bytes, the snapshot, and the remote addresses it did not load.
 * @param snapshot what {@link archivalSnapshot} made of the saved page.
 * @param meta the article's title and URLs.
 * @returns the document, deterministic for the same arguments.
 * @example snapshotPage(archivalSnapshot(html), { title: "A", articleUrl: "/articles/a/" }).startsWith("<!doctype html>") //=> true
 */
export function snapshotPage(snapshot: ArchivalSnapshot, meta: SnapshotPageMeta): string {
  const lang = meta.lang === undefined ? "" : ` lang="${escapeHtml(meta.lang)}"`;
  return [
    "<!doctype html>",
    `<html${lang}>`,
    "<head>",
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${SNAPSHOT_CSP}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="robots" content="noindex">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>Archival snapshot: ${escapeHtml(meta.title)}</title>`,
    `<style>${BANNER_STYLE}</style>`,
    "</head>",
    "<body>",
    banner(snapshot, meta),
    snapshot.html,
    `${remoteList(snapshot.remoteLinks)}`,
    "</body>",
    "</html>",
    "",
  ].join("\n");
}

import sanitizeHtml, { type Attributes, type IOptions } from "sanitize-html";
import { ALLOWED_ATTRIBUTES, ALLOWED_ELEMENTS, DROPPED_WITH_CONTENT, ELEMENT_KIND, REMOVED, type RemovedKind } from "./allowlist";
import { cleanAttributes, type SnapshotTally } from "./attributes";
import { cleanStylesheet } from "./css";
import { pageBase, webUrl } from "./urls";
import { byCodeUnits } from "../util/compare";

/** What {@link archivalSnapshot} made of a saved page. */
export interface ArchivalSnapshot {
  /** The page's content as HTML that runs nothing and loads nothing (a fragment, no `<head>`). */
  readonly html: string;
  /** What was taken out, by kind, in code-unit order of the kind. */
  readonly removed: readonly { readonly kind: RemovedKind; readonly count: number }[];
  /** Remote resources the page would have loaded (images, media, frames), as web addresses, once each. */
  readonly remoteLinks: readonly string[];
}

/**
 * Elements may nest this deep; a page nested deeper gets no snapshot. The HTML parser keeps its
 * open elements in a list it shifts at the front, so its work grows with the depth times the
 * number of tags: bounding the depth keeps it linear in the page. Browsers themselves stop
 * nesting at 512 (Chromium) and no article page comes near.
 */
export const MAX_SNAPSHOT_DEPTH = 1024;

/** Thrown inside the parser to stop it when a page nests deeper than {@link MAX_SNAPSHOT_DEPTH}. */
class TooDeep extends Error {}

/**
 * How the sanitizer writes an image left with no attribute, which {@link archivalSnapshot} then
 * removes: text and attribute values have `<` escaped, so the string is never anything else.
 * (Renaming the element to one not allowed would drop it, but the sanitizer then closes the
 * next element at the same depth with that name.)
 */
const BARE_IMAGE = "<img />";
/** Elements whose URL, when they are removed, is listed for the reader. */
const ALLOWED = new Set(ALLOWED_ELEMENTS);
const LISTS_URL = new Set<RemovedKind>([REMOVED.frame, REMOVED.object, REMOVED.media, REMOVED.remoteImage]);

/** Tally removals and remote addresses (in first-seen order) for one snapshot. */
function newTally(base: URL | undefined): SnapshotTally & { counts: Map<RemovedKind, number>; links: Set<string> } {
  const counts = new Map<RemovedKind, number>();
  const links = new Set<string>();
  return {
    base,
    counts,
    links,
    count: (kind) => counts.set(kind, (counts.get(kind) ?? 0) + 1),
    listRemote: (url) => links.add(url),
  };
}

/** A removed element's counted kind, and its resource's web address listed. */
function removeElement(name: string, attributes: Attributes, kind: RemovedKind, tally: SnapshotTally): void {
  tally.count(kind);
  if (!LISTS_URL.has(kind)) return;
  for (const attribute of ["src", "data", "poster", "href", "xlink:href"]) {
    const raw = attributes[attribute];
    const url = raw === undefined ? undefined : webUrl(raw, tally.base);
    if (url !== undefined) tally.listRemote(url);
  }
  // A `<source srcset>` names its picture's image when there is no `src`.
  const first = attributes["srcset"]?.trim().split(/\s/, 1)[0];
  const url = name === "source" && first !== undefined ? webUrl(first, tally.base) : undefined;
  if (url !== undefined) tally.listRemote(url);
}

/** The transform every element goes through before the allowlist: the snapshot's decisions. */
function transform(tally: SnapshotTally): (name: string, attributes: Attributes) => sanitizeHtml.Tag {
  return (name, attributes) => {
    const kind = name === "meta" && attributes["http-equiv"] !== undefined ? REMOVED.metaHttpEquiv : ELEMENT_KIND[name];
    if (kind !== undefined) {
      removeElement(name, attributes, kind, tally);
      return { tagName: name, attribs: {} };
    }
    if (!ALLOWED.has(name)) return { tagName: name, attribs: {} };
    const attribs = cleanAttributes(name, attributes, tally);
    // An image with nothing left to show goes (as BARE_IMAGE), rather than leave an empty frame.
    if (name === "img" && attribs["src"] === undefined) return { tagName: name, attribs: {} };
    return { tagName: name, attribs };
  };
}

/** The sanitizer's options: the allowlist, and the snapshot's transform and depth guard. */
function options(tally: SnapshotTally): IOptions {
  let depth = 0;
  return {
    allowedTags: [...ALLOWED_ELEMENTS],
    allowedAttributes: Object.fromEntries(Object.entries(ALLOWED_ATTRIBUTES).map(([k, v]) => [k, [...v]])),
    // `<style>` is allowed only so its text reaches `cleanStyles`, which keeps no load in it.
    allowVulnerableTags: true,
    nonTextTags: [...DROPPED_WITH_CONTENT],
    disallowedTagsMode: "discard",
    allowedSchemes: ["http", "https"],
    allowedSchemesByTag: { img: ["data"] },
    allowedSchemesAppliedToAttributes: ["href", "src", "cite", "xlink:href"],
    allowProtocolRelative: false,
    parseStyleAttributes: false,
    transformTags: { "*": transform(tally) },
    onOpenTag: () => {
      if (++depth > MAX_SNAPSHOT_DEPTH) throw new TooDeep();
    },
    onCloseTag: () => {
      depth--;
    },
  };
}

/**
 * The `<style>` elements of sanitized HTML with their loads removed (or the whole element). The
 * sanitizer writes each as `<style>` and copies its text unescaped up to the first `</style>`,
 * which it cannot contain; text and attribute values outside have `<` escaped, so every
 * `<style>` in the string opens an element.
 */
function cleanStyles(html: string, tally: SnapshotTally): string {
  let out = "";
  let from = 0;
  for (let open = html.indexOf("<style>"); open !== -1; open = html.indexOf("<style>", from)) {
    const close = html.indexOf("</style>", open);
    const end = close === -1 ? html.length : close;
    const { css, removed } = cleanStylesheet(html.slice(open + "<style>".length, end));
    for (let i = 0; i < removed; i++) tally.count(REMOVED.remoteStyle);
    out += html.slice(from, open) + (css === null ? "" : `<style>${css}</style>`);
    from = close === -1 ? html.length : close + "</style>".length;
  }
  return out + html.slice(from);
}

/**
 * A saved page's content as an archival snapshot: what a reader sees of it, with nothing that
 * runs and nothing that loads. Kept: text and its structure (headings, paragraphs, lists,
 * tables, figures), inline SVG shapes, inline raster images, styles that load nothing, and
 * links to the web (http and https, relative ones resolved against `pageUrl`, each with
 * `rel="noopener noreferrer nofollow"`). Removed: scripts, frames, embedded objects, forms and
 * their controls, event handlers, `javascript:` and other non-web URLs, `<base>`,
 * `<meta http-equiv>`, `<link>`, remote images and media (their addresses listed in
 * `remoteLinks`), `srcset`, `ping`, link targets, and CSS that loads. The allowlist is in
 * `allowlist.ts`; `<noscript>` is unwrapped, since the snapshot is the page without script.
 *
 * Work is linear in the page: one streaming parse, with elements nested deeper than
 * {@link MAX_SNAPSHOT_DEPTH} refused (the result is then empty, counted as one removal).
 * @param html the page, decoded.
 * @param options.pageUrl the page's own address (absolute http or https), to resolve relative links.
 * @returns the snapshot's HTML, what was removed, and the remote addresses.
 * @throws TypeError when `pageUrl` is not an absolute http or https URL.
 * @example archivalSnapshot('<p onclick="x()">Hi <img src="/a.png"></p>', { pageUrl: "https://example.com/" })
 * //=> { html: "<p>Hi </p>", removed: [{ kind: "event handler attribute", count: 1 }, { kind: "remote image", count: 1 }],
 * //     remoteLinks: ["https://example.com/a.png"] }
 */
export function archivalSnapshot(html: string, options_: { readonly pageUrl?: string } = {}): ArchivalSnapshot {
  const tally = newTally(pageBase(options_.pageUrl));
  let sanitized: string;
  try {
    sanitized = sanitizeHtml(html, options(tally));
  } catch (error) {
    if (!(error instanceof TooDeep)) throw error;
    return { html: "", removed: [{ kind: REMOVED.tooDeep, count: 1 }], remoteLinks: [] };
  }
  const clean = cleanStyles(sanitized.replaceAll(BARE_IMAGE, ""), tally);
  const removed = [...tally.counts].map(([kind, count]) => ({ kind, count })).sort((a, b) => byCodeUnits(a.kind, b.kind));
  return { html: clean, removed, remoteLinks: [...tally.links] };
}

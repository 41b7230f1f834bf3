import type { Attributes } from "sanitize-html";
import { LOADING_ATTRIBUTE, REMOVED, type RemovedKind } from "./allowlist";
import { attributeLoads, loadsResource } from "./css";
import { isFragment, isInlineImage, webUrl } from "./urls";

/** Where a snapshot's removals are counted and its remote addresses listed, while it is made. */
export interface SnapshotTally {
  /** The saved page's own address, to resolve relative URLs against. */
  readonly base: URL | undefined;
  count(kind: RemovedKind): void;
  /** A resource the page would have loaded from the web, listed for the reader as a link. */
  listRemote(url: string): void;
}

/** Links to the web leave no trace of the archive with the site they point to. */
export const LINK_REL = "noopener noreferrer nofollow";

/** The kind a URL that is not kept counts as: a script URL, another scheme, or a relative one. */
function refusedUrlKind(raw: string, base: URL | undefined): RemovedKind {
  const scheme = URL.parse(raw)?.protocol;
  if (scheme === "javascript:" || scheme === "vbscript:" || scheme === "data:") return REMOVED.scriptUrl;
  if (scheme === undefined && base === undefined) return REMOVED.relativeUrl;
  return REMOVED.otherUrl;
}

/** A link's `href`: a fragment as it is, a web address resolved, anything else removed. */
function linkHref(raw: string, tally: SnapshotTally): string | undefined {
  if (isFragment(raw)) return raw.trim();
  const url = webUrl(raw, tally.base);
  if (url === undefined) tally.count(refusedUrlKind(raw, tally.base));
  return url;
}

/** An image's `src`: an inline raster image kept; a web address listed and removed. */
function imageSrc(raw: string, tally: SnapshotTally): string | undefined {
  if (isInlineImage(raw)) return raw;
  const url = webUrl(raw, tally.base);
  if (url === undefined) {
    tally.count(refusedUrlKind(raw, tally.base));
    return undefined;
  }
  tally.count(REMOVED.remoteImage);
  tally.listRemote(url);
  return undefined;
}

/** An SVG reference (`<use href>`, a gradient's `href`): only one inside the document is kept. */
function svgReference(raw: string, tally: SnapshotTally): string | undefined {
  if (isFragment(raw)) return raw.trim();
  tally.count(refusedUrlKind(raw, undefined) === REMOVED.scriptUrl ? REMOVED.scriptUrl : REMOVED.remoteSvg);
  return undefined;
}

/** One attribute's kept value, or `undefined` when it goes (counted when it is a hazard). */
function keptValue(element: string, name: string, value: string, tally: SnapshotTally): string | undefined {
  if (name.startsWith("on")) {
    tally.count(REMOVED.handler);
    return undefined;
  }
  const loading = LOADING_ATTRIBUTE[name];
  if (loading !== undefined) {
    tally.count(loading);
    return undefined;
  }
  if (name === "style") {
    if (!loadsResource(value)) return value;
    tally.count(REMOVED.remoteStyle);
    return undefined;
  }
  if (element === "a" && name === "href") return linkHref(value, tally);
  if (element === "img" && name === "src") return imageSrc(value, tally);
  if (name === "href" || name === "xlink:href") return svgReference(value, tally);
  if (attributeLoads(value)) {
    tally.count(REMOVED.remoteSvg);
    return undefined;
  }
  return value;
}

/**
 * An element's attributes as a snapshot keeps them: event handlers, loading attributes, styles
 * that load and URLs other than web links removed and counted; remote images listed; a link
 * given {@link LINK_REL}. Attributes that are simply not allowed are left for the allowlist.
 * @example cleanAttributes("a", { href: "/x", onclick: "f()" }, tally) //=> { href: "https://example.com/x", rel: "noopener noreferrer nofollow" }
 */
export function cleanAttributes(element: string, attributes: Attributes, tally: SnapshotTally): Attributes {
  const kept: Attributes = {};
  for (const [name, value] of Object.entries(attributes)) {
    const clean = keptValue(element, name, value, tally);
    if (clean !== undefined) kept[name] = clean;
  }
  if (element === "a" && kept["href"] !== undefined) kept["rel"] = LINK_REL;
  else delete kept["rel"];
  return kept;
}

import type { SiteData } from "../site/site-data";
import { siteFrame } from "../site/site-pages";
import { byCodeUnits } from "../util/compare";

/**
 * Which pages of the site differ between two builds of its data. Every page is one view in
 * one of the `site.views` lists, at its own URL; a page is rendered from its view and the
 * few site-wide fields (site name, asset links), so a page whose view and those fields are
 * unchanged would be written with the same bytes and need not be rendered again.
 */

/** The name of one list of pages in `site.views` (`articles`, `topicPages`, `files`, …). */
export type ViewListName = keyof SiteData["views"];

/** Pages added, changed and removed, each list holding page URLs in code-unit order. */
export interface PageChanges {
  readonly added: string[];
  readonly changed: string[];
  readonly removed: string[];
}

interface Page {
  readonly list: ViewListName;
  readonly view: unknown;
}

/**
 * Compare every page of `next` with the page at the same URL in `previous` (a generic deep
 * comparison of the two views, so no rule says which page depends on which article).
 * @param previous the data of the last build, or null before the first one (every page is added).
 * @example diffPages(before, after).changed //=> ["/articles/a/", "/topics/armenia/"]
 */
export function diffPages(previous: SiteData | null, next: SiteData): PageChanges {
  const before = previous === null ? new Map<string, Page>() : pagesByUrl(previous);
  const after = pagesByUrl(next);
  // The site-wide fields appear on every page: when one of them changes, every page does.
  const known = new WeakMap<object, object>();
  const sameFrame = previous !== null && sameData(siteFrame(previous), siteFrame(next), known);
  const added: string[] = [];
  const changed: string[] = [];
  for (const [url, page] of after) {
    const old = before.get(url);
    if (old === undefined) added.push(url);
    else if (!sameFrame || old.list !== page.list || !sameData(old.view, page.view, known)) changed.push(url);
  }
  const removed = [...before.keys()].filter((url) => !after.has(url));
  return { added: sorted(added), changed: sorted(changed), removed: sorted(removed) };
}

// The previous build's pages are looked up again when the next build is compared with it.
const pageMaps = new WeakMap<SiteData, Map<string, Page>>();

function pagesByUrl(data: SiteData): Map<string, Page> {
  const cached = pageMaps.get(data);
  if (cached !== undefined) return cached;
  const pages = new Map<string, Page>();
  for (const [list, views] of Object.entries(data.views) as [ViewListName, readonly { readonly url: string }[]][]) {
    for (const view of views) {
      if (pages.has(view.url)) throw new TypeError(`Two pages at \`${view.url}\``);
      pages.set(view.url, { list, view });
    }
  }
  pageMaps.set(data, pages);
  return pages;
}

function sorted(urls: string[]): string[] {
  return urls.sort(byCodeUnits);
}

/**
 * Deep equality of JSON-like data (what site data is made of: strings, numbers, booleans,
 * null, arrays and plain objects). Not `util.isDeepStrictEqual`, which compares a shared object
 * again wherever it appears: objects found equal are remembered in `known`, since one build's
 * views share their list items and links, and each shared object is compared once.
 * @param known pairs already found equal, from earlier calls of one comparison.
 * @example sameData({ a: [1, "x"] }, { a: [1, "x"] }) //=> true
 */
export function sameData(a: unknown, b: unknown, known: WeakMap<object, object> = new WeakMap()): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (known.get(a) === b) return true;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameData(a[i], b[i], known)) return false;
  } else {
    if (Array.isArray(b)) return false;
    const keys = Object.keys(a);
    if (keys.length !== Object.keys(b).length) return false;
    for (const key of keys) {
      if (!Object.hasOwn(b, key) || !sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], known))
        return false;
    }
  }
  known.set(a, b);
  return true;
}

import { createHash } from "node:crypto";
import type { SiteData } from "./site-data";

/**
 * The site's pages as the site data holds them: every page is one view in one of the
 * `views` lists, at its own URL, and is rendered from that view and the site-wide fields
 * (`siteFrame`). What the build and the dev server need to render only some pages, or only
 * the pages that changed.
 */

/**
 * Site data whose view lists may hold only some of the pages. Templates only loop over the
 * lists, so rendering such data writes exactly the pages left in them.
 */
export type SiteDataSubset = Omit<SiteData, "views"> & {
  readonly views: { readonly [K in keyof SiteData["views"]]: readonly SiteData["views"][K][number][] };
};

/**
 * The site-wide fields templates may print: all but the views and what only the build command
 * reads (the summary's counts, the search index shards). A test checks that no template
 * names those two.
 */
export function siteFrame(data: SiteData | SiteDataSubset): Omit<SiteData, "views" | "stats" | "searchShards"> {
  const { views: _views, stats: _stats, searchShards: _searchShards, ...frame } = data;
  return frame;
}

/** Every page URL of the site data. */
export function pageUrls(data: SiteData | SiteDataSubset): string[] {
  return Object.values(data.views).flatMap((list: readonly { readonly url: string }[]) => list.map((view) => view.url));
}

/**
 * The same site data with only the pages `keep` accepts left in its view lists.
 * @example onlyPages(site, (url) => url === "/articles/a/").views.articles.length //=> 1
 */
export function onlyPages(data: SiteData | SiteDataSubset, keep: (url: string) => boolean): SiteDataSubset {
  const views = Object.fromEntries(
    Object.entries(data.views).map(([list, pages]: [string, readonly { readonly url: string }[]]) => [
      list,
      pages.filter((view) => keep(view.url)),
    ]),
  );
  return { ...data, views: views as unknown as SiteDataSubset["views"] };
}

/** A hash of what every page is rendered from (see {@link siteFingerprints}). */
export interface SiteFingerprints {
  /** Hash of the site-wide fields, printed on every page. */
  readonly frame: string;
  /** Page URL → hash of its view and the list holding it. */
  readonly pages: ReadonlyMap<string, string>;
}

/**
 * Fingerprint every page of `data` (all of the site's, or a subset's: a shard build's, see
 * `shard.ts`): a page whose fingerprint and frame are the same in two builds, with
 * the same templates and code, is written with the same bytes, so a build can keep it from
 * the previous one (see `render-manifest.ts`). Views are JSON-like (strings, numbers,
 * booleans, null, arrays, plain objects, and text files whose own fields `url` and `source`
 * say what their text is made from: `lazy-text.ts`), so a view's JSON holds all it says.
 * Most of the cost is the JSON; the hash is SHA-1, as it only tells changed data from unchanged,
 * and is quicker than SHA-256 (measurements: docs/performance.md, 'Page fingerprints').
 * @throws TypeError when two pages have one URL.
 * @example siteFingerprints(data).pages.get("/articles/a/") // "3f9c…"
 */
export function siteFingerprints(data: SiteData | SiteDataSubset): SiteFingerprints {
  const pages = new Map<string, string>();
  for (const [url, fingerprint] of pageFingerprints(data)) addPage(pages, url, fingerprint);
  return { frame: frameFingerprint(data), pages };
}

/**
 * {@link siteFingerprints} with a turn of the event loop after every `perTurn` pages, for a
 * build that makes them while its worker threads wait to be handed work: on a large site they
 * take long enough to leave the workers idle (measurements: docs/performance.md, 'Page
 * fingerprints').
 */
export async function siteFingerprintsInTurns(data: SiteData | SiteDataSubset, perTurn = 500): Promise<SiteFingerprints> {
  const pages = new Map<string, string>();
  for (const [url, fingerprint] of pageFingerprints(data)) {
    addPage(pages, url, fingerprint);
    if (pages.size % perTurn === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  return { frame: frameFingerprint(data), pages };
}

function* pageFingerprints(data: SiteData | SiteDataSubset): Generator<[string, string]> {
  for (const [list, views] of Object.entries(data.views) as [string, readonly { readonly url: string }[]][]) {
    for (const view of views)
      yield [view.url, createHash("sha1").update(list).update("\n").update(JSON.stringify(view)).digest("base64url")];
  }
}

function addPage(pages: Map<string, string>, url: string, fingerprint: string): void {
  if (pages.has(url)) throw new TypeError(`Two pages at \`${url}\``);
  pages.set(url, fingerprint);
}

function frameFingerprint(data: SiteData | SiteDataSubset): string {
  return createHash("sha1")
    .update(JSON.stringify(siteFrame(data)))
    .digest("base64url");
}

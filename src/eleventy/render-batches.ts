import type { SiteData } from "../archive/site-data";

type Views = SiteData["views"];

/**
 * Split the site's pages into batches of at most `maxPages` pages, each a copy of `data` whose
 * view lists hold only that batch's pages (the other lists empty; a template paginating an
 * empty list writes nothing). Rendering the batches one after another writes the same files as
 * rendering `data` once, while Eleventy holds only one batch's pages in memory: it keeps every
 * rendered page until its build ends (about 35 KiB per article page measured at 10,000).
 *
 * A view with a `weight` (a large text file: a part of the JSON export weighs as many pages as
 * it has articles) counts as that many pages, so the export is spread over batches instead of
 * held whole by one (420 MB of JSON at 100,000 articles); a view heavier than `maxPages` gets a
 * batch of its own.
 *
 * Pages keep their order: batches take the lists in key order, each list in its own order.
 * @example splitIntoBatches(data, 2500).length // 14 for 10,000 articles (33,000 pages and the JSON export)
 */
export function splitIntoBatches(data: SiteData, maxPages: number): SiteData[] {
  if (!Number.isInteger(maxPages) || maxPages < 1) throw new TypeError(`Invalid batch size \`${maxPages}\``);
  const kinds = Object.keys(data.views) as (keyof Views)[];
  const empty = Object.fromEntries(kinds.map((kind) => [kind, []])) as unknown as Views;
  const batches: Partial<Record<keyof Views, unknown[]>>[] = [];
  let current: Partial<Record<keyof Views, unknown[]>> = {};
  let size = 0;
  for (const kind of kinds) {
    for (const page of data.views[kind] as readonly unknown[]) {
      const weight = pageWeight(page);
      if (size > 0 && size + weight > maxPages) {
        batches.push(current);
        current = {};
        size = 0;
      }
      (current[kind] ??= []).push(page);
      size += weight;
    }
  }
  if (size > 0 || batches.length === 0) batches.push(current);
  return batches.map((views) => ({ ...data, views: { ...empty, ...views } as Views }));
}

/** How many pages' worth of memory a view's output takes: its `weight`, 1 when it has none. */
function pageWeight(view: unknown): number {
  const weight = (view as { readonly weight?: unknown }).weight;
  return typeof weight === "number" && weight > 1 ? weight : 1;
}

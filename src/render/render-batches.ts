import type { SiteDataSubset } from "../site/site-pages";

type Views = SiteDataSubset["views"];

/**
 * Split the site's pages into batches of at most `maxPages` pages, each a copy of `data` whose
 * view lists hold only that batch's pages (the other lists empty; a template paginating an
 * empty list writes nothing). Rendering the batches one after another writes the same files as
 * rendering `data` once, while Eleventy holds only one batch's pages in memory: it keeps every
 * rendered page until its build ends (measurements: docs/performance.md, 'Render batch size').
 *
 * Pages keep their order: batches take the lists in key order, each list in its own order.
 * @example splitIntoBatches(data, 2500).length // the pages in `data.views` ÷ 2,500, rounded up (at least 1)
 */
export function splitIntoBatches(data: SiteDataSubset, maxPages: number): SiteDataSubset[] {
  if (!Number.isInteger(maxPages) || maxPages < 1) throw new TypeError(`Invalid batch size \`${maxPages}\``);
  const kinds = Object.keys(data.views) as (keyof Views)[];
  const empty = Object.fromEntries(kinds.map((kind) => [kind, []])) as unknown as Views;
  const batches: Partial<Record<keyof Views, unknown[]>>[] = [];
  let current: Partial<Record<keyof Views, unknown[]>> = {};
  let size = 0;
  for (const kind of kinds) {
    for (const page of data.views[kind] as readonly unknown[]) {
      if (size === maxPages) {
        batches.push(current);
        current = {};
        size = 0;
      }
      const list = current[kind] ?? [];
      list.push(page);
      current[kind] = list;
      size++;
    }
  }
  if (size > 0 || batches.length === 0) batches.push(current);
  return batches.map((views) => ({ ...data, views: { ...empty, ...views } as Views }));
}

import type { SiteData } from "../site/site-data";

/**
 * Hands precomputed site data from `src/cli/build.ts` to `.eleventy.ts` in the same process.
 *
 * A key on `globalThis` rather than a module variable: Eleventy imports the config file
 * itself, and a cache-busting import would otherwise see a second, empty copy of this module.
 */
const KEY = Symbol.for("news-archive.site-data");
const ASSETS = Symbol.for("news-archive.copy-assets");

type Store = { [KEY]?: SiteData; [ASSETS]?: boolean };

/**
 * Provide the data for the next Eleventy build in this process.
 * @param copyAssets whether that build copies `templates/assets/` (default true): a site rendered
 *   in several runs needs them copied once, and runs in parallel processes must not write the
 *   same files at once (see `render-pool.ts`).
 */
export function provideSiteData(data: SiteData, copyAssets = true): void {
  (globalThis as Store)[KEY] = data;
  (globalThis as Store)[ASSETS] = copyAssets;
}

/** Whether the next Eleventy build copies the assets (true when nothing was provided). */
export function assetsWanted(): boolean {
  return (globalThis as Store)[ASSETS] ?? true;
}

/** The data provided by the build command, or undefined when Eleventy runs on its own. */
export function providedSiteData(): SiteData | undefined {
  return (globalThis as Store)[KEY];
}

/** Forget provided data (so a later build in the same process ingests afresh). */
export function clearSiteData(): void {
  delete (globalThis as Store)[KEY];
  delete (globalThis as Store)[ASSETS];
}

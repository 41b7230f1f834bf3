import type { SiteData } from "../site/site-data";

/**
 * Hands precomputed site data from `src/cli/build.ts` to `.eleventy.ts` in the same process.
 *
 * A key on `globalThis` rather than a module variable: Eleventy imports the config file
 * itself, and a cache-busting import would otherwise see a second, empty copy of this module.
 */
const KEY = Symbol.for("news-archive.site-data");

type Store = { [KEY]?: SiteData };

/** Provide the data for the next Eleventy build in this process. */
export function provideSiteData(data: SiteData): void {
  (globalThis as Store)[KEY] = data;
}

/** The data provided by the build command, or undefined when Eleventy runs on its own. */
export function providedSiteData(): SiteData | undefined {
  return (globalThis as Store)[KEY];
}

/** Forget provided data (so a later build in the same process ingests afresh). */
export function clearSiteData(): void {
  delete (globalThis as Store)[KEY];
}

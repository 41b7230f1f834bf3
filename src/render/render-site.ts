import { isAbsolute, join, relative, resolve, sep } from "node:path";
import { Eleventy } from "@11ty/eleventy";
import type { SiteData } from "../site/site-data";
import type { SiteDataSubset } from "../site/site-pages";
import { onlyPages, pageUrls, siteFingerprints, siteFingerprintsInTurns } from "../site/site-pages";
import type { StagedOutput } from "../output/staged-output";
import { byCodeUnits } from "../util/compare";
import { listFileTree } from "../util/file-tree";
import { loadRenderManifest, manifestAfter, pagesToKeep, saveRenderManifest, type FileStamp } from "../cache/render-manifest";
import { splitIntoBatches } from "./render-batches";
import { defaultRenderWorkers, renderInWorkers } from "./render-pool";
import { clearSiteData, provideSiteData } from "./site-data-store";
import { directFiles, writeTextFiles, writeTextFilesInTurns, type WrittenPage } from "./write-text-files";
import { PROJECT_ROOT } from "../config/project-root";

export type { SiteDataSubset, WrittenPage };

/**
 * Pages rendered by one Eleventy run. Eleventy keeps every page it rendered until its run ends,
 * so large sites are rendered in batches, and smaller batches lower the build's peak memory;
 * each run also costs a fixed start (config, templates), so batches too small add time. The
 * size was chosen by measurement (docs/performance.md, 'Render batch size').
 */
export const RENDER_BATCH_PAGES = 2500;

export interface RenderOptions {
  /** Most pages per Eleventy run (default {@link RENDER_BATCH_PAGES}). */
  readonly batchPages?: number;
  /** Render worker processes (default one per core, see `defaultRenderWorkers`); 1 renders in this process. */
  readonly workers?: number;
  /**
   * Where the list of rendered pages is kept between builds, and the key it must carry (see
   * `render-manifest.ts`): pages unchanged since the previous build into the folder are kept
   * rather than rendered again. Without it every page is rendered.
   */
  readonly manifest?: { readonly file: string; readonly key: string };
}

export interface RenderSummary {
  /** Every file of the site's pages and assets, relative to the output folder, sorted. */
  readonly files: string[];
  /** Pages rendered (or written as they are) by this build. */
  readonly rendered: number;
  /** URLs of the pages kept as the previous build wrote them. */
  readonly kept: ReadonlySet<string>;
  /** The files of every page, rendered or kept. */
  readonly pages: readonly WrittenPage[];
  /**
   * Save the list of this build's pages for the next build (with `options.manifest`; nothing
   * otherwise). Made after rendering when no page could be kept, so a build from scratch can
   * make the fingerprints while it waits for the search index; never fails, only reports.
   */
  readonly saveManifest: () => Promise<void>;
}

/**
 * Write the site for `data` into the staging folder of `output`: Eleventy renders the templates
 * with `data` as its one global data object, in batches of at most `batchPages` pages (see
 * {@link splitIntoBatches}; the files written are the same for any batch size). With
 * `options.manifest`, the pages the previous build into the output folder rendered from the
 * same data are taken over as they are rather than rendered again (see `render-manifest.ts`
 * and `StagedOutput.keepGroups`). Given a subset (`onlyPages`, a shard build's part), it writes
 * and fingerprints only the pages left in it.
 *
 * Must run with the project root as working directory (Eleventy resolves passthrough copies
 * against it); `src/cli/build.ts` sees to that.
 *
 * @returns every file of the site's pages and assets, relative to the folder, sorted, and each page's files.
 * @throws Error when Eleventy fails.
 */
export async function renderSite(
  data: SiteData | SiteDataSubset,
  output: Pick<StagedOutput, "target" | "folder" | "keepGroups">,
  options: RenderOptions = {},
): Promise<RenderSummary> {
  const manifest = options.manifest;
  const previous = manifest === undefined ? null : await loadRenderManifest(manifest.file, manifest.key);
  // Fingerprints are needed first only to keep pages; otherwise `saveManifest` makes them.
  const prints = previous === null ? null : siteFingerprints(data);
  const kept = prints === null ? new Map<string, readonly FileStamp[]>() : pagesToKeep(previous, prints, output.target);
  const notKept = output.keepGroups(new Map([...kept].map(([url, stamps]) => [url, stamps.map((stamp) => stamp.path)])));
  for (const url of notKept) kept.delete(url);
  const toRender = kept.size === 0 ? data : onlyPages(data, (url) => !kept.has(url));
  const written = await renderAllPages(toRender, output.folder, options.batchPages ?? RENDER_BATCH_PAGES, options.workers);
  const files = new Set(await assetFiles());
  for (const stamps of kept.values()) for (const stamp of stamps) files.add(stamp.path);
  for (const page of written) files.add(page.file);
  const saveManifest = async (): Promise<void> => {
    if (manifest === undefined) return;
    try {
      const fingerprints = prints ?? (await siteFingerprintsInTurns(data));
      // Stamped in the staging folder: the files keep their size and time when it is renamed.
      await saveRenderManifest(manifest.file, manifestAfter(manifest.key, fingerprints, kept, written, output.folder));
    } catch (error) {
      console.error(`Could not save the list of rendered pages ${manifest.file}: ${String(error)}`);
    }
  };
  const pages = [...[...kept].flatMap(([url, stamps]) => stamps.map((stamp) => ({ url, file: stamp.path }))), ...written];
  return { files: [...files].sort(byCodeUnits), rendered: pageUrls(toRender).length, kept: new Set(kept.keys()), pages, saveManifest };
}

/**
 * Write every page of `data` into `outDir` without deleting anything: the files of
 * {@link directFiles} first, then Eleventy's pages in batches of at most `batchPages` (the
 * direct files are not counted: Eleventy does not hold them), in this process one after the
 * other, or, with more than one `workers`, in that many worker processes at once (see
 * `render-pool.ts`; the files written are the same). Same working-directory rule as
 * {@link renderSite}.
 * @param workers render worker processes (default {@link defaultRenderWorkers}); 1 renders here.
 * @returns the files written, direct files first, then each batch's in Eleventy's order.
 */
export async function renderAllPages(data: SiteDataSubset, outDir: string, batchPages: number, workers?: number): Promise<WrittenPage[]> {
  const batches = splitIntoBatches(withoutDirectFiles(data), batchPages);
  const count = workers ?? defaultRenderWorkers(batches.length);
  if (!Number.isInteger(count) || count < 1) throw new TypeError(`Invalid number of render workers \`${count}\``);
  // The workers start (and load Eleventy) while this process writes the direct files.
  const rendering = count > 1 ? renderInWorkers(batches, outDir, count) : null;
  const written = await writeTextFilesInTurns(directFiles(data), outDir);
  if (rendering !== null) {
    for (const files of await rendering) written.push(...files);
    return written;
  }
  // The assets are copied once, by the first batch.
  for (const [i, batch] of batches.entries()) written.push(...(await renderPages(batch, outDir, i === 0)));
  return written;
}

/** The files Eleventy copies from `templates/assets/` (see `.eleventy.ts`), as output paths. */
export async function assetFiles(): Promise<string[]> {
  return listFileTree(join(PROJECT_ROOT, "templates", "assets")).map((file) => `assets/${file}`);
}

/** `data` without the files {@link directFiles} lists: what Eleventy renders. */
function withoutDirectFiles<T extends SiteDataSubset>(data: T): T {
  return { ...data, views: { ...data.views, originals: [], savedPages: [], files: [], exports: [], redirects: [] } };
}

/**
 * Render the pages left in `data`'s view lists into `outDir`, and copy the site's assets,
 * without deleting anything already there (the files of {@link directFiles} are written as
 * they are; Eleventy renders the rest): {@link renderSite} renders its batches with it, and
 * the dev server renders only the pages that changed into the folder of its first build. Same
 * working-directory rule as {@link renderSite}.
 * @param copyAssets whether this run copies `templates/assets/` too (see `provideSiteData`).
 * @returns the files written for pages: those of {@link directFiles}, then Eleventy's in its order.
 * @throws Error when Eleventy fails.
 */
export async function renderPages(data: SiteDataSubset, outDir: string, copyAssets = true): Promise<WrittenPage[]> {
  const out = resolve(outDir);
  const relativeFile = (target: string): string =>
    relative(out, isAbsolute(target) ? target : resolve(target))
      .split(sep)
      .join("/");
  const direct = writeTextFiles(directFiles(data), out);
  // A cast only in type: templates treat each list as a list of any length.
  provideSiteData(withoutDirectFiles(data) as SiteData, copyAssets);
  try {
    const eleventy = new Eleventy(relative(process.cwd(), join(PROJECT_ROOT, "templates")) || ".", out, {
      configPath: relative(process.cwd(), join(PROJECT_ROOT, ".eleventy.ts")),
      quietMode: true,
    });
    // The build command prints its own summary.
    eleventy.disableLogger();
    const [, templates] = await eleventy.write();
    return [
      ...direct,
      ...templates.flatMap((t) => (t.outputPath === false || t.url === false ? [] : [{ url: t.url, file: relativeFile(t.outputPath) }])),
    ];
  } finally {
    clearSiteData();
  }
}

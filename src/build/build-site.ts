import { join } from "node:path";
import { buildSiteData } from "../site/build-site-data";
import { searchShards, type SearchShard } from "../site/search-shards";
import type { SiteData } from "../site/site-data";
import { onlyPages, pageUrls } from "../site/site-pages";
import { inShard, searchShardsOf, shardLabel, type BuildShard } from "../site/shard";
import { normalizePathPrefix, outputFolderFor, searchIndexFolder } from "../site/urls";
import type { ViewCache } from "../site/view-identity";
import { renderSite, type RenderSummary } from "../render/render-site";
import { SearchIndexBuild, type SearchIndexSummary } from "../search/search-index";
import { verifyOutputFolder } from "../verify/verify-site";
import { originalsFromDisk } from "../load/original-bytes";
import { cacheFolderProblem, outputFolderProblem, reportFileProblem, type ProtectedPlaces } from "../output/output-guard";
import { StagedOutput } from "../output/staged-output";
import { ingestWithCache, withFrozenUrls, type CacheUse, type IngestResult } from "../ingest/ingest";
import { saveUrlRegistry } from "../ingest/url-registry-file";
import { PROJECT_ROOT } from "../config/project-root";
import { resolveSettings, type ArchiveSettings } from "../config/settings";
import { BuildCaches } from "../cache/build-caches";
import { mayBuild, PUBLISH, type ContentPolicy } from "./content-policy";
import { buildReport, writeBuildReport } from "./build-report";
import { StageTimer } from "./stage-timer";
import type { Diagnostic } from "../types";

/** What one build is asked to do. */
export interface BuildOptions {
  /** The project root holding the content folder (absolute). */
  readonly root: string;
  /** The output folder the site replaces (absolute). */
  readonly outDir: string;
  readonly settings: ArchiveSettings;
  /** The settings file's problems (`loadSettings`), reported with the content's; an error among them stops the build. */
  readonly settingsDiagnostics?: readonly Diagnostic[] | undefined;
  /** "Today" for the date plausibility checks (never an article's date). */
  readonly now: Date;
  /** The cache folder (see `BuildCaches.open`): undefined for the default, null for none. */
  readonly cacheDir?: string | null | undefined;
  /** Caches already open (the dev server keeps its parse cache between builds); overrides `cacheDir`. */
  readonly caches?: BuildCaches | undefined;
  /** Most pages per Eleventy run (see `renderSite`). */
  readonly batchPages?: number | undefined;
  /** Render worker processes (see `renderAllPages`; default one per core); 1 renders in the build's own process. */
  readonly renderWorkers?: number | undefined;
  /** Drafts and content errors (default {@link PUBLISH}: files with errors are left out, a site-level error stops the build). */
  readonly policy?: ContentPolicy | undefined;
  /**
   * `index` (default): Pagefind indexes the articles beside the render. `keep`: the previous
   * build's search index is taken over as it is, for a caller that brings it up to date
   * afterwards (the dev server, in the background).
   */
  readonly searchIndex?: "index" | "keep" | undefined;
  /** Views kept from the caller's previous build of the site data (the dev server's; see `view-identity.ts`). */
  readonly views?: ViewCache | undefined;
  /**
   * Where the JSON report (`build-report.ts`) is written once the content was read, whether the
   * site was built or not (absolute; refused inside the output or content folder). None when undefined.
   */
  readonly reportFile?: string | undefined;
  /**
   * The registry of published URLs (`content/urls.yml`, see `permanent-urls.ts`), always read:
   * `update` adds the published articles' new URLs to it once the site is in place (an editor's
   * machine); `frozen` never writes it and warns about the URLs it lacks (CI, `--frozen-urls`);
   * `read` (default) neither writes nor warns.
   */
  readonly urlRegistry?: UrlRegistryMode | undefined;
  /**
   * Write only this part of the pages and of the search index (see `src/site/shard.ts`); the
   * union of every part's output is the whole site. Everything is still read and the whole site
   * data built. A part never writes the URL registry: `update` is taken as `frozen`.
   */
  readonly shard?: BuildShard | undefined;
}

/** What a run does with the registry of published URLs (see `BuildOptions.urlRegistry`). */
export type UrlRegistryMode = "update" | "frozen" | "read";

/** Everything the ingest stage found, with how much came from the parse cache. */
export type BuildIngest = IngestResult & CacheUse;

/** The site a build wrote and what it took. */
export interface BuiltSite {
  readonly data: SiteData;
  readonly rendered: RenderSummary;
  /** What the search indexer did; null when the previous index was kept (`searchIndex: "keep"`). */
  readonly indexed: SearchIndexSummary | null;
  /** Every regular file of the site, relative to the output folder, sorted. */
  readonly files: readonly string[];
  /** How many articles' current URLs were added to the registry (0 when it was not written). */
  readonly registered: number;
  /** For a shard build: what it wrote of the whole site; null for the whole site. */
  readonly part: PartSummary | null;
}

/** What a shard build wrote of the whole site (see `BuildOptions.shard`). */
export interface PartSummary {
  readonly shard: BuildShard;
  /** The pages it wrote, of the site's `of`. */
  readonly pages: number;
  readonly of: number;
  /** The search index shards it indexed, of the site's `of`, and the articles they hold. */
  readonly search: { readonly shards: number; readonly of: number; readonly articles: number };
}

/**
 * How a build ended:
 * - `refused`: the output or cache folder may not be used; nothing was read or written;
 * - `content-errors`: content errors stop the build under its policy (a site-level error, or
 *   any error under `STRICT`); no site was written;
 * - `failed`: the site did not pass its verification; the previous site was left as it was;
 * - `built`: the site is in the output folder (without the files with errors, see `quarantine`).
 */
export type BuildOutcome =
  | { readonly status: "refused"; readonly message: string }
  | { readonly status: "content-errors"; readonly ingest: BuildIngest }
  | { readonly status: "failed"; readonly ingest: BuildIngest; readonly problems: readonly string[] }
  | { readonly status: "built"; readonly ingest: BuildIngest; readonly site: BuiltSite; readonly stages: string };

/**
 * Build the site: content → records (through the parse cache) → site data → pages rendered by
 * Eleventy while Pagefind indexes the articles → verification → the new folder put in place of
 * the output folder. The one way a site is built, for the build command and the tests alike;
 * the dev server and the plain Eleventy command share its stages (see `src/dev/session.ts` and
 * `site-data-for-eleventy.ts`).
 *
 * Must run with the project root as working directory (Eleventy resolves its input against it).
 * @throws Error when Eleventy or the search indexer fails (the previous site is left as it was).
 * @example const outcome = await buildSite({ root, outDir: join(root, "_site"), settings, now })
 */
export async function buildSite(options: BuildOptions): Promise<BuildOutcome> {
  const policy = options.policy ?? PUBLISH;
  const outcome = await buildWithPolicy(options, policy);
  if (options.reportFile !== undefined && outcome.status !== "refused") {
    const problems = outcome.status === "failed" ? outcome.problems : [];
    await writeBuildReport(options.reportFile, buildReport(outcome.status, outcome.ingest, policy, problems));
  }
  return outcome;
}

/** {@link buildSite} before its report is written. */
async function buildWithPolicy(options: BuildOptions, policy: ContentPolicy): Promise<BuildOutcome> {
  const { root, outDir } = options;
  const settings =
    policy.includeDrafts && !options.settings.includeDrafts
      ? resolveSettings({ ...options.settings, includeDrafts: true })
      : options.settings;
  const places: ProtectedPlaces = { codeRoot: PROJECT_ROOT, projectRoot: root, contentDir: settings.contentDir };
  const refused = refusedFolders(outDir, options.cacheDir ?? undefined, options.reportFile, places);
  if (refused !== null) return { status: "refused", message: refused };

  const stages = new StageTimer();
  const partLabel = options.shard === undefined ? "" : shardLabel(options.shard);
  const caches = options.caches ?? (await BuildCaches.open(root, outDir, options.cacheDir, partLabel));
  const before = caches.parse.snapshot().entries.size;
  const ingested = await stages.time("ingest", () =>
    ingestWithCache(settings, root, caches.parse, { now: options.now, settingsDiagnostics: options.settingsDiagnostics }),
  );
  // A part alone has not published the site: registering its URLs is the whole build's to do.
  const requested = options.urlRegistry ?? "read";
  const mode = options.shard !== undefined && requested === "update" ? "frozen" : requested;
  const ingest = mode === "frozen" ? withFrozenUrls(ingested) : ingested;
  // Saved only when something changed; let go of once saved, so the rest of a long build does not hold it.
  // A file hashed but not parsed has a new stamp to keep.
  let unsaved = caches.enabled && (ingest.parsed > 0 || ingest.hashed > 0 || caches.parse.snapshot().entries.size !== before);
  const saveCache = async (): Promise<void> => {
    if (unsaved) await caches.saveParse();
    unsaved = false;
  };
  if (!mayBuild(policy, ingest)) {
    await saveCache();
    return { status: "content-errors", ingest };
  }

  // Written into a fresh folder beside the output folder and put in its place only once it is
  // complete and verified: a build that fails leaves the previous site as it was.
  const output = await StagedOutput.create(outDir, places);
  try {
    const site = await writeSite(output, { ...options, settings, ingest, caches, saveCache, stages });
    if (site.problems.length > 0) {
      await output.discard();
      return { status: "failed", ingest, problems: site.problems };
    }
    await stages.time("swap", () => output.commit());
    // Only once the site is in place: a URL is registered when it has been published.
    const registered = mode === "update" ? await saveUrlRegistry(root, ingest.urls) : 0;
    return { status: "built", ingest, site: { ...site, registered }, stages: stages.report() };
  } catch (error) {
    await output.discard();
    throw error;
  }
}

/**
 * The exit status of a command that ran {@link buildSite}: 0 built (files with errors may have
 * been left out), 1 stopped by content errors or a failed build, 2 refused.
 */
export function exitStatus(outcome: BuildOutcome): number {
  return outcome.status === "built" ? 0 : outcome.status === "refused" ? 2 : 1;
}

/** What {@link writeSite} needs beyond the staging folder. */
interface WriteInputs extends BuildOptions {
  readonly ingest: BuildIngest;
  readonly caches: BuildCaches;
  readonly saveCache: () => Promise<void>;
  readonly stages: StageTimer;
}

/** Write the whole site, or a shard's part of it, into `output`'s staging folder and verify it there. */
async function writeSite(output: StagedOutput, inputs: WriteInputs): Promise<Omit<BuiltSite, "registered"> & { problems: string[] }> {
  const { settings, root, ingest, stages, caches, shard } = inputs;
  // Pagefind indexes the articles in worker threads while the site data is built and Eleventy
  // renders the pages: the shards need only the records, and the site data names the same
  // shards, so they are made once (see `searchShards`).
  const search = await startSearchIndex(output, inputs);
  let data: SiteData;
  let rendered: RenderSummary;
  let part: BuiltSite["part"] = null;
  try {
    // Saved once Pagefind has started: it has the other core meanwhile.
    await stages.time("parse cache", inputs.saveCache);
    data = await stages.time("site data", async () =>
      buildSiteData(ingest.records, ingest.topics, settings, originalsFromDisk(root, settings), inputs.views, ingest.urls.redirects),
    );
    const options = {
      ...(inputs.batchPages === undefined ? {} : { batchPages: inputs.batchPages }),
      ...(inputs.renderWorkers === undefined ? {} : { workers: inputs.renderWorkers }),
      ...(caches.manifest === undefined ? {} : { manifest: caches.manifest }),
    };
    const pages = shard === undefined ? data : onlyPages(data, inShard(shard));
    if (shard !== undefined) {
      const [own, all] = [ownSearchShards(inputs), siteSearchShards(inputs)];
      const search = { shards: own.length, of: all.length, articles: own.reduce((sum, s) => sum + s.size, 0) };
      part = { shard, pages: pageUrls(pages).length, of: pageUrls(data).length, search };
    }
    rendered = await stages.time("eleventy", () => renderSite(pages, output, options));
  } catch (error) {
    await search?.abandon();
    throw error;
  }
  // The list of rendered pages is made and saved while the indexer finishes.
  const pageList = rendered.saveManifest();
  const indexed = search === null ? null : await stages.time("search index", () => search.finish());
  await stages.time("page list", () => pageList);
  const layout = {
    assets: { from: join(PROJECT_ROOT, "templates", "assets"), to: "assets" },
    generatedDirs: ["pagefind"],
    part: shard === undefined ? undefined : inShard(shard),
  };
  const { problems, files } = await stages.time("verify", () => verifyOutputFolder(data, output.folder, ingest, layout));
  return { data, rendered, indexed, files, problems, part };
}

/**
 * Start Pagefind on the articles, or, with `searchIndex: "keep"`, take the previous build's
 * index over as it is (null).
 */
async function startSearchIndex(output: StagedOutput, inputs: WriteInputs): Promise<SearchIndexBuild | null> {
  if (inputs.searchIndex === "keep") {
    output.keepFolder(outputFolderFor(searchIndexFolder()));
    return null;
  }
  return SearchIndexBuild.start(ownSearchShards(inputs), output);
}

/** The site's search index shards (made once for the same records: see `searchShards`). */
function siteSearchShards({ settings, ingest }: WriteInputs): SearchShard[] {
  return searchShards(ingest.records, ingest.topics, normalizePathPrefix(settings.pathPrefix), settings.searchShardSize);
}

/** The search index shards this build indexes: all of them, or a shard build's part. */
function ownSearchShards(inputs: WriteInputs): SearchShard[] {
  const all = siteSearchShards(inputs);
  return inputs.shard === undefined ? all : searchShardsOf(all, inputs.shard);
}

/** A message refusing the output or cache folder or the report file, or null when all may be used. */
function refusedFolders(
  outDir: string,
  cacheDir: string | undefined,
  reportFile: string | undefined,
  places: ProtectedPlaces,
): string | null {
  const out = outputFolderProblem(outDir, places);
  if (out !== null) return `Refusing to write the site into ${outDir}: ${out}.`;
  const cache = cacheDir === undefined ? null : cacheFolderProblem(cacheDir, outDir, places);
  if (cache !== null) return `Refusing to keep the caches in ${cacheDir}: ${cache}.`;
  const report = reportFile === undefined ? null : reportFileProblem(reportFile, outDir, places);
  return report === null ? null : `Refusing to write the build report to ${reportFile}: ${report}.`;
}

/**
 * `npm run build [-- --out DIR] [--root DIR] [--drafts]`
 *
 * Ingests the content, prints every diagnostic, and, only when there is no error, writes the
 * site into a fresh folder beside the output folder (default `_site/`), checks it, puts it in
 * place of the previous build and prints a summary.
 * Exit status: 0 when the site was written, 1 on a content error or a failed build (the
 * previous site is left as it was), 2 when the output or cache folder is refused (see
 * `src/output/output-guard.ts`).
 *
 *   --out DIR    output folder (replaced whole; refused unless new, empty or an earlier build's), relative to the working directory
 *   --root DIR   project root holding the content folder (default: this project)
 *   --drafts     publish `draft: true` articles too
 *   --page-size N  articles per page on paginated index pages (default 20)
 *   --search-shard-size N  most articles per search index shard (default 2,500; see
 *                `src/site/search-shards.ts`)
 *   --render-batch-size N  most pages per Eleventy run (default 2,500; fewer use less memory,
 *                the files written are the same)
 *   --cache-dir DIR  where the caches are kept (default node_modules/.cache/news-archive): the
 *                parse cache (a rebuild parses only the files whose bytes changed) and the list of
 *                pages rendered into each output folder (a rebuild into the same folder renders
 *                only the pages whose data changed, see `src/eleventy/render-manifest.ts`)
 *   --no-cache   parse every file, render every page, and leave the caches alone
 *
 * `SOURCE_DATE_EPOCH` (seconds), when set, is "today" for date plausibility checks.
 * `SITE_URL` (default `https://example.org`) is the origin used in feeds, the sitemap and
 * canonical links; `PATH_PREFIX` (default `/`) is the subpath the site is served under.
 *
 * While the site data is built and Eleventy renders, Pagefind indexes the articles into
 * `pagefind/` for the search page.
 */
import { join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { buildSiteData } from "../site/build-site-data";
import { searchShards } from "../site/search-shards";
import { normalizePathPrefix } from "../site/urls";
import type { SiteData } from "../site/site-data";
import { formatDiagnostic } from "../diagnostics/messages";
import { buildNow, urlSettings } from "../eleventy/environment";
import { PROJECT_ROOT, renderSite, type RenderSummary } from "../eleventy/render-site";
import { cacheFolderProblem, outputFolderProblem, type ProtectedPlaces } from "../output/output-guard";
import { StagedOutput } from "../output/staged-output";
import { renderKey, renderManifestPath } from "../eleventy/render-manifest";
import { SearchIndexBuild, type SearchIndexSummary } from "../eleventy/search-index";
import { verifyOutputFolder } from "../eleventy/verify-site";
import { ingestWithCache, type CacheUse, type IngestResult } from "../pipeline/ingest";
import { ParseCache } from "../pipeline/parse-cache";
import { codeFingerprint, loadParseCache, parseCachePath, saveParseCacheOrReport } from "../pipeline/parse-cache-file";
import { resolveSettings, type ArchiveSettings } from "../settings";
import { runMain } from "./run-main";
import { originalTextFromDisk } from "../load/original-text";

async function main(): Promise<number> {
  const started = performance.now();
  const { values } = parseArgs({
    options: {
      out: { type: "string", default: "_site" },
      root: { type: "string", default: PROJECT_ROOT },
      drafts: { type: "boolean", default: false },
      "page-size": { type: "string" },
      "search-shard-size": { type: "string" },
      "render-batch-size": { type: "string" },
      "cache-dir": { type: "string" },
      "no-cache": { type: "boolean", default: false },
    },
    strict: true,
  });
  const invokedFrom = process.cwd();
  const outDir = resolve(values.out);
  const root = resolve(values.root);
  const pageSize = positiveWholeNumber("--page-size", values["page-size"]);
  const searchShardSize = positiveWholeNumber("--search-shard-size", values["search-shard-size"]);
  const batchPages = positiveWholeNumber("--render-batch-size", values["render-batch-size"]);
  const settings = resolveSettings({
    includeDrafts: values.drafts,
    ...(pageSize === undefined ? {} : { pageSize }),
    ...(searchShardSize === undefined ? {} : { searchShardSize }),
    ...urlSettings(process.env),
  });
  const cacheDir = values["cache-dir"] === undefined ? undefined : resolve(invokedFrom, values["cache-dir"]);
  const places = { codeRoot: PROJECT_ROOT, projectRoot: root, contentDir: settings.contentDir };
  const refused = refusedFolders(outDir, values["no-cache"] ? undefined : cacheDir, places);
  if (refused !== null) {
    console.error(refused);
    return 2;
  }

  // Eleventy resolves its input and passthrough copies against the working directory.
  process.chdir(PROJECT_ROOT);
  const stages = new StageTimer();
  const cacheFile = values["no-cache"] ? null : parseCachePath(root, cacheDir);
  // Caches are used only by the code that wrote them.
  const code = cacheFile === null ? "" : await codeFingerprint();
  const { result, saveCache } = await stages.time("ingest", () => ingestCached(settings, root, cacheFile, code));
  const errors = result.diagnostics.filter((d) => d.severity === "error");
  if (errors.length > 0) {
    await saveCache();
    for (const d of result.diagnostics) console.error(formatDiagnostic(d));
    const files = new Set(errors.map((d) => d.file)).size;
    console.error(`\nBuild failed: ${plural(errors.length, "error")} in ${plural(files, "file")}. No site was written.`);
    return 1;
  }

  // The site is written into a fresh folder beside the output folder and put in its place only
  // once it is complete and verified: a build that fails leaves the previous site as it was.
  const output = await StagedOutput.create(outDir, places);
  try {
    const built = await writeSite(output, { settings, root, result, saveCache, stages, cacheFile, cacheDir, code, batchPages });
    for (const p of built.problems) console.error(p);
    if (built.problems.length > 0) {
      for (const d of result.diagnostics) console.error(formatDiagnostic(d));
      console.error(`\nBuild failed: ${plural(built.problems.length, "problem")} in the written site. The previous site was left as it was.`);
      await output.discard();
      return 1;
    }
    await stages.time("swap", () => output.commit());
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    console.log(summary(built.data, result, built.files, built.rendered, displayPath(invokedFrom, outDir), seconds, stages.report(), built.indexed));
    for (const d of result.diagnostics) console.error(formatDiagnostic(d));
    return 0;
  } catch (error) {
    await output.discard();
    throw error;
  }
}

/** What {@link writeSite} needs beyond the staging folder. */
interface WriteInputs {
  readonly settings: ArchiveSettings;
  readonly root: string;
  readonly result: IngestResult & CacheUse;
  readonly saveCache: () => Promise<void>;
  readonly stages: StageTimer;
  readonly cacheFile: string | null;
  readonly cacheDir: string | undefined;
  readonly code: string;
  readonly batchPages: number | undefined;
}

/**
 * Write the whole site into `output`'s staging folder and verify it there.
 * @returns the site data, what was rendered and indexed, every file written and every problem
 *   the verification found (the build fails on any).
 */
async function writeSite(output: StagedOutput, inputs: WriteInputs): Promise<{ data: SiteData; rendered: RenderSummary; indexed: SearchIndexSummary; files: string[]; problems: string[] }> {
  const { settings, root, result, stages, cacheFile, cacheDir, code, batchPages } = inputs;
  // Pagefind indexes the articles in worker threads while the site data is built and Eleventy
  // renders the pages: the shards need only the records, and the site data names the same
  // shards, so they are made once (see `searchShards`).
  const search = await SearchIndexBuild.start(searchShards(result.records, result.topics, normalizePathPrefix(settings.pathPrefix), settings.searchShardSize), output);
  let data: SiteData;
  let rendered: RenderSummary;
  try {
    // Saved once Pagefind has started: it has the other core meanwhile.
    await stages.time("parse cache", inputs.saveCache);
    data = await stages.time("site data", async () => buildSiteData(result.records, result.topics, settings, originalTextFromDisk(root, settings)));
    const manifest = cacheFile === null ? undefined : { file: renderManifestPath(output.target, cacheDir), key: await renderKey(code, output.target) };
    rendered = await stages.time("eleventy", () => renderSite(data, output, { ...(batchPages === undefined ? {} : { batchPages }), ...(manifest === undefined ? {} : { manifest }) }));
  } catch (error) {
    await search.abandon();
    throw error;
  }
  // The list of rendered pages is made and saved while the indexer finishes.
  const pageList = rendered.saveManifest();
  const indexed = await stages.time("search index", () => search.finish());
  await stages.time("page list", () => pageList);
  const layout = { assets: { from: join(PROJECT_ROOT, "templates", "assets"), to: "assets" }, generatedDirs: ["pagefind"] };
  const { problems, files } = await stages.time("verify", () => verifyOutputFolder(data, output.folder, result, layout));
  return { data, rendered, indexed, files, problems };
}

/** A message refusing the output or cache folder, or null when both may be used. */
function refusedFolders(outDir: string, cacheDir: string | undefined, places: ProtectedPlaces): string | null {
  const out = outputFolderProblem(outDir, places);
  if (out !== null) return `Refusing to write the site into ${outDir}: ${out}.`;
  const cache = cacheDir === undefined ? null : cacheFolderProblem(cacheDir, outDir, places);
  return cache === null ? null : `Refusing to keep the caches in ${cacheDir}: ${cache}.`;
}

/**
 * Ingest through the parse cache in `cacheFile` (none: parse everything).
 * @returns the result, and `saveCache` to save the cache again when something was parsed or a
 *   file went away (a cache that cannot be saved is only reported).
 */
async function ingestCached(
  settings: ArchiveSettings,
  root: string,
  cacheFile: string | null,
  code: string,
): Promise<{ result: IngestResult & CacheUse; saveCache: () => Promise<void> }> {
  const cache = cacheFile === null ? new ParseCache() : await loadParseCache(cacheFile, code);
  const before = cache.snapshot().entries.size;
  const result = await ingestWithCache(settings, root, cache, { now: buildNow(process.env) });
  // Let go of once saved: the build goes on for minutes at 100,000 articles.
  let unsaved = cacheFile !== null && (result.parsed > 0 || cache.snapshot().entries.size !== before) ? cache : null;
  const saveCache = async (): Promise<void> => {
    const toSave = unsaved;
    unsaved = null;
    if (toSave === null || cacheFile === null) return;
    await saveParseCacheOrReport(cacheFile, toSave, code);
  };
  return { result, saveCache };
}

/** Wall time of each build stage, in the order they ran, for the summary and the benchmark. */
class StageTimer {
  private readonly seconds: [string, number][] = [];

  async time<T>(stage: string, run: () => Promise<T>): Promise<T> {
    const started = performance.now();
    try {
      return await run();
    } finally {
      this.seconds.push([stage, (performance.now() - started) / 1000]);
    }
  }

  /** e.g. `ingest 1.20 s, site data 0.31 s, eleventy 4.02 s` */
  report(): string {
    return this.seconds.map(([stage, s]) => `${stage} ${s.toFixed(2)} s`).join(", ");
  }
}

function summary(data: SiteData, result: IngestResult & CacheUse, written: readonly string[], rendered: RenderSummary, out: string, seconds: string, stages: string, search: SearchIndexSummary): string {
  const s = data.stats;
  const pages = written.filter((f) => f.endsWith(".html")).length;
  const texts = written.filter((f) => f.endsWith("/original.txt")).length;
  const warnings = result.diagnostics.filter((d) => d.severity === "warning").length;
  const topicCount = data.views.topicsIndex[0].topics.length;
  const rows: [string, string][] = [
    ["articles", `${s.articles} (of ${plural(result.files.length, "file")} in content)`],
    ["parsed", `${plural(result.parsed, "file")} (${result.cached} taken from the parse cache)`],
    ["undated", String(s.undated)],
    ["without source", String(s.withoutSource)],
    ["without byline", String(s.withoutByline)],
    ["topics used", `${s.topicsUsed} of ${topicCount}`],
    ["pages written", `${pages} HTML, ${texts} original texts, ${written.length - pages - texts} other (${written.length} files)`],
    ["rendered", `${plural(rendered.rendered, "page")} (${rendered.kept.size} unchanged since the previous build, kept)`],
    ["search index", `${data.views.articles.length} articles in ${plural(search.shards, "shard")} (${search.kept} kept from the previous build)`],
    ["diagnostics", `0 errors, ${plural(warnings, "warning")}`],
    ["time taken", `${seconds} s`],
    ["stages", stages],
    // The build process alone; Pagefind's indexer is a separate process with its own memory.
    ["peak memory", `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB (this process)`],
  ];
  return [`Built ${out}/`, ...rows.map(([k, v]) => `  ${k.padEnd(16)}${v}`)].join("\n");
}

function displayPath(from: string, to: string): string {
  const rel = relative(from, to);
  return rel === "" ? "." : rel.startsWith("..") ? to : rel;
}

/** The value of a numeric option, or undefined when it was not given. */
function positiveWholeNumber(option: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!(Number.isInteger(n) && n > 0)) throw new TypeError(`${option} must be a positive whole number, got \`${value}\``);
  return n;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

runMain(main);

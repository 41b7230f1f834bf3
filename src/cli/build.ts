/**
 * `npm run build [-- --out DIR] [--root DIR] [--drafts] [--strict] [--report FILE] [--shard K/N]`
 *
 * Ingests the content, prints every diagnostic, and, unless a site-level error stops it (an
 * invalid `topics.yml`, a content folder that is a link or cannot be listed), writes the site
 * without the files that have errors (quarantined: left out of every page, listing, feed,
 * sitemap, search index and export) into a fresh folder beside the output folder (default
 * `_site/`), checks it, puts it in place of the previous build and prints a summary, then
 * every quarantined file with its line and reason. A JSON report of every diagnostic and the
 * quarantined files is written beside the output folder (`_site.report.json`), whatever the outcome.
 * Exit status: 0 when the site was written (also with files quarantined), 1 when content errors
 * stopped the build (a site-level error; under `--strict` any error) or the build failed (the
 * previous site is left as it was), 2 when the output or cache folder or the report file is
 * refused (see `src/output/output-guard.ts`).
 *
 *   --out DIR    output folder (replaced whole; refused unless new, empty or an earlier build's), relative to the working directory
 *   --root DIR   project root holding the content folder (default: this project)
 *   --drafts     publish `draft: true` articles too
 *   --strict     any content error stops the build (exit 1, no site written), for CI that
 *                refuses a site with any doubtful file
 *   --report FILE  where the JSON report goes (default: beside the output folder, `<out>.report.json`;
 *                refused inside the output or content folder)
 *   --page-size N  articles per page on paginated index pages (default 20)
 *   --search-shard-size N  most articles per search index shard (default 2,500; see
 *                `src/site/search-shards.ts`)
 *   --render-batch-size N  most pages per Eleventy run (default 2,500; fewer use less memory,
 *                the files written are the same)
 *   --render-workers N  processes rendering batches at once, each with its own Eleventy (default
 *                one per core, fewer when memory is short; 1 renders in the build's process; the
 *                files written are the same)
 *   --cache-dir DIR  where the caches are kept (default node_modules/.cache/news-archive): the
 *                parse cache (a rebuild parses only the files whose bytes changed) and the list of
 *                pages rendered into each output folder (a rebuild into the same folder renders
 *                only the pages whose data changed, see `src/cache/render-manifest.ts`)
 *   --no-cache   parse every file, render every page, and leave the caches alone
 *   --frozen-urls  never write the registry of published URLs (`content/urls.yml`); warn about
 *                the URLs it lacks instead (the default when `CI` is set; see docs/urls.md)
 *   --shard K/N  write only the K-th of N parts of the pages and of the search index (every part
 *                still reads all the content); the N outputs copied over one folder are the whole
 *                site (see docs/scaling.md). Implies `--frozen-urls`; exit 2 on a malformed value
 *
 * Once the site is in place, the published articles' new URLs are added to `content/urls.yml`
 * (old URLs listed there redirect to the current ones), unless `--frozen-urls` or `CI` is set.
 * `SOURCE_DATE_EPOCH` (seconds), when set, is "today" for date plausibility checks.
 * `GITHUB_ACTIONS=true` (set by GitHub's runner) also prints each diagnostic as a workflow
 * command, which GitHub shows as an annotation on the file and line of the commit.
 * The site's settings come from `content/site.yml` (see docs/site.md); `SITE_URL` (the origin
 * used in feeds, the sitemap and canonical links) and `PATH_PREFIX` (the subpath the site is
 * served under) override its `url`, and `--page-size` its `pageSize`. An address set nowhere is
 * a `site-url-unset` warning, and the summary names the address used.
 *
 * While the site data is built and Eleventy renders, Pagefind indexes the articles into
 * `pagefind/` for the search page.
 */
import { relative, resolve } from "node:path";
import { parseOptions } from "./parse-options";
import { buildSite, exitStatus, type BuildIngest, type BuiltSite } from "../build/build-site";
import { contentErrors, PUBLISH, STRICT } from "../build/content-policy";
import { countBySeverity, formatDiagnostic } from "../diagnostics/messages";
import type { Diagnostic } from "../types";
import { workflowCommand } from "../diagnostics/workflow-commands";
import { quarantine, quarantineLine } from "../ingest/quarantine";
import { buildNow, isContinuousIntegration, isGitHubActions } from "../config/environment";
import { PROJECT_ROOT } from "../config/project-root";
import { loadSettings } from "../ingest/load-settings";
import type { ArchiveSettings } from "../config/settings";
import { runMain } from "./run-main";
import { plural } from "../util/plural";
import { parseShard, shardLabel } from "../site/shard";

async function main(): Promise<number> {
  const started = performance.now();
  const parsed = parseOptions({
    options: {
      out: { type: "string", default: "_site" },
      root: { type: "string", default: PROJECT_ROOT },
      drafts: { type: "boolean", default: false },
      "page-size": { type: "string" },
      "search-shard-size": { type: "string" },
      "render-batch-size": { type: "string" },
      "render-workers": { type: "string" },
      "cache-dir": { type: "string" },
      "no-cache": { type: "boolean", default: false },
      strict: { type: "boolean", default: false },
      report: { type: "string" },
      "frozen-urls": { type: "boolean", default: false },
      shard: { type: "string" },
    },
    strict: true,
  });
  if (parsed === null) return 2;
  const { values } = parsed;
  // Before anything is read: a malformed part is refused (exit 2, see `ShardOptionError`).
  const shard = values.shard === undefined ? undefined : parseShard(values.shard);
  const invokedFrom = process.cwd();
  const outDir = resolve(values.out);
  const pageSize = positiveWholeNumber("--page-size", values["page-size"]);
  const searchShardSize = positiveWholeNumber("--search-shard-size", values["search-shard-size"]);
  const root = resolve(invokedFrom, values.root);
  const { settings, diagnostics: settingsDiagnostics } = loadSettings(root, {
    env: process.env,
    overrides: {
      includeDrafts: values.drafts,
      ...(pageSize === undefined ? {} : { pageSize }),
      ...(searchShardSize === undefined ? {} : { searchShardSize }),
    },
    production: true,
  });
  const reportFile = values.report === undefined ? `${outDir}.report.json` : resolve(invokedFrom, values.report);
  const cacheDir = values["no-cache"] ? null : values["cache-dir"] === undefined ? undefined : resolve(invokedFrom, values["cache-dir"]);

  // Eleventy resolves its input and passthrough copies against the working directory.
  process.chdir(PROJECT_ROOT);
  const outcome = await buildSite({
    root,
    outDir,
    settings,
    settingsDiagnostics,
    now: buildNow(process.env),
    cacheDir,
    batchPages: positiveWholeNumber("--render-batch-size", values["render-batch-size"]),
    renderWorkers: positiveWholeNumber("--render-workers", values["render-workers"]),
    policy: values.strict ? STRICT : PUBLISH,
    reportFile,
    urlRegistry: values["frozen-urls"] || isContinuousIntegration(process.env) ? "frozen" : "update",
    shard,
  });
  if (outcome.status !== "refused" && isGitHubActions(process.env)) {
    for (const d of outcome.ingest.diagnostics) console.log(workflowCommand(d));
  }
  switch (outcome.status) {
    case "refused":
      console.error(outcome.message);
      break;
    case "content-errors": {
      for (const d of problems(outcome.ingest)) console.error(formatDiagnostic(d));
      console.error(`\n${stoppedMessage(outcome.ingest, values.strict)} No site was written.`);
      break;
    }
    case "failed":
      for (const p of outcome.problems) console.error(p);
      for (const d of problems(outcome.ingest)) console.error(formatDiagnostic(d));
      console.error(
        `\nBuild failed: ${plural(outcome.problems.length, "problem")} in the written site. The previous site was left as it was.`,
      );
      break;
    case "built": {
      const seconds = ((performance.now() - started) / 1000).toFixed(2);
      const shown = { out: displayPath(invokedFrom, outDir), report: displayPath(invokedFrom, reportFile) };
      console.log(
        summary(outcome.site, outcome.ingest, { ...shown, address: addressLine(settings, outcome.ingest) }, seconds, outcome.stages),
      );
      for (const d of problems(outcome.ingest)) console.error(formatDiagnostic(d));
      // Last, so that it is what an editor sees when the build ends.
      const block = quarantineBlock(outcome.ingest);
      if (block !== "") console.error(block);
      break;
    }
  }
  return exitStatus(outcome);
}

/**
 * The diagnostics the build prints: errors and warnings. Notes (one per file of a migrated
 * archive, say) are counted in the summary and kept in the report; `npm run check` lists them.
 */
function problems(ingest: BuildIngest): Diagnostic[] {
  return ingest.diagnostics.filter((d) => d.severity !== "note");
}

/** Why the content stopped the build: the site-level errors, or under `--strict` every error. */
function stoppedMessage(ingest: BuildIngest, strict: boolean): string {
  const { siteErrors } = quarantine(ingest);
  const errors = siteErrors.length > 0 ? siteErrors : contentErrors(ingest);
  const files = new Set(errors.map((d) => d.file)).size;
  const what = siteErrors.length > 0 ? "site-level error" : "error";
  const where = strict && siteErrors.length === 0 ? " (--strict: any error stops the build)" : "";
  return `Build failed: ${plural(errors.length, what)} in ${plural(files, "file")}${where}.`;
}

/** The closing block naming every quarantined file, or "" when there is none. */
function quarantineBlock(ingest: BuildIngest): string {
  const { quarantined } = quarantine(ingest);
  if (quarantined.length === 0) return "";
  return [
    `\nQuarantined ${plural(quarantined.length, "file")}: not published (left out of every page, listing, feed and search) until fixed.`,
    ...quarantined.map((q) => `  ${quarantineLine(q)}`),
    "Fix them and build again; `npm run check` says the same, `--strict` fails the build instead.",
  ].join("\n");
}

/** The address the site's absolute links use, and whether it is only the placeholder. */
function addressLine(settings: ArchiveSettings, ingest: BuildIngest): string {
  const unset = ingest.diagnostics.some((d) => d.id === "site-url-unset");
  return `${settings.siteUrl}${settings.pathPrefix}${unset ? " (a placeholder: set `url` in content/site.yml or SITE_URL)" : ""}`;
}

function summary(
  site: BuiltSite,
  result: BuildIngest,
  shown: { out: string; report: string; address: string },
  seconds: string,
  stages: string,
): string {
  const { data, files: written, rendered } = site;
  const s = data.stats;
  const pages = written.filter((f) => f.endsWith(".html")).length;
  const texts = written.filter((f) => f.endsWith("/original.txt")).length;
  const { error: errors, warning: warnings, note: notes } = countBySeverity(result.diagnostics);
  const quarantined = quarantine(result).quarantined.length;
  const topicCount = data.views.topicsIndex[0].topics.length;
  const { part } = site;
  const shardRow: [string, string][] =
    part === null
      ? []
      : [["shard", `${shardLabel(part.shard)}: ${plural(part.pages, "page")} of ${part.of} (the other parts write the rest)`]];
  const rows: [string, string][] = [
    ...shardRow,
    ["articles", `${s.articles} (of ${plural(result.files.length, "file")} in content)`],
    ["quarantined", quarantined === 0 ? "0 files" : `${plural(quarantined, "file")} with errors, not published (listed below)`],
    ["parsed", `${plural(result.parsed, "file")} (${result.cached} taken from the parse cache, ${result.hashed} read again to compare)`],
    ["undated", String(s.undated)],
    ["without source", String(s.withoutSource)],
    ["without byline", String(s.withoutByline)],
    ["topics used", `${s.topicsUsed} of ${topicCount}`],
    ["pages written", `${pages} HTML, ${texts} original texts, ${written.length - pages - texts} other (${written.length} files)`],
    ["rendered", `${plural(rendered.rendered, "page")} (${rendered.kept.size} unchanged since the previous build, kept)`],
    ["search index", searchLine(site)],
    ["site address", shown.address],
    ["old URLs", oldUrls(site, result)],
    [
      "diagnostics",
      `${plural(errors, "error")}, ${plural(warnings, "warning")}, ${plural(notes, "note")}${notes > 0 ? " (`npm run check` lists them)" : ""}`,
    ],
    ["report", shown.report],
    ["time taken", `${seconds} s`],
    ["stages", stages],
    // The build process alone; Pagefind's indexer is a separate process with its own memory.
    ["peak memory", `${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB (this process)`],
  ];
  return [`Built ${shown.out}/`, ...rows.map(([k, v]) => `  ${k.padEnd(16)}${v}`)].join("\n");
}

/** What the search indexer did: of the whole site's shards, or of a shard build's part. */
function searchLine({ data, indexed, part }: BuiltSite): string {
  if (indexed === null) return "kept from the previous build";
  const kept = `(${indexed.kept} kept from the previous build)`;
  if (part === null) return `${data.views.articles.length} articles in ${plural(indexed.shards, "shard")} ${kept}`;
  return `${part.search.articles} of ${data.views.articles.length} articles in ${part.search.shards} of ${plural(part.search.of, "shard")} ${kept}`;
}

/** The redirects written, and what was added to the registry of published URLs. */
function oldUrls(site: BuiltSite, result: BuildIngest): string {
  const redirects = `${plural(result.urls.redirects.length, "redirect")} to current URLs`;
  const added =
    site.registered === 0 ? "" : `; ${plural(site.registered, "article")} registered in ${result.urls.registryFile} (commit it)`;
  return `${redirects}${added}`;
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

runMain(main);

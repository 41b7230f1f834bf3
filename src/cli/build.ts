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
 *                only the pages whose data changed, see `src/cache/render-manifest.ts`)
 *   --no-cache   parse every file, render every page, and leave the caches alone
 *
 * `SOURCE_DATE_EPOCH` (seconds), when set, is "today" for date plausibility checks.
 * `SITE_URL` (default `https://example.org`) is the origin used in feeds, the sitemap and
 * canonical links; `PATH_PREFIX` (default `/`) is the subpath the site is served under.
 *
 * While the site data is built and Eleventy renders, Pagefind indexes the articles into
 * `pagefind/` for the search page.
 */
import { relative, resolve } from "node:path";
import { parseOptions } from "./parse-options";
import { buildSite, exitStatus, type BuildIngest, type BuiltSite } from "../build/build-site";
import { contentErrors } from "../build/content-policy";
import { formatDiagnostic } from "../diagnostics/messages";
import { buildNow, urlSettings } from "../config/environment";
import { PROJECT_ROOT } from "../config/project-root";
import { resolveSettings } from "../config/settings";
import { runMain } from "./run-main";
import { plural } from "../util/plural";

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
      "cache-dir": { type: "string" },
      "no-cache": { type: "boolean", default: false },
    },
    strict: true,
  });
  if (parsed === null) return 2;
  const { values } = parsed;
  const invokedFrom = process.cwd();
  const outDir = resolve(values.out);
  const pageSize = positiveWholeNumber("--page-size", values["page-size"]);
  const searchShardSize = positiveWholeNumber("--search-shard-size", values["search-shard-size"]);
  const settings = resolveSettings({
    includeDrafts: values.drafts,
    ...(pageSize === undefined ? {} : { pageSize }),
    ...(searchShardSize === undefined ? {} : { searchShardSize }),
    ...urlSettings(process.env),
  });
  const cacheDir = values["no-cache"] ? null : values["cache-dir"] === undefined ? undefined : resolve(invokedFrom, values["cache-dir"]);

  // Eleventy resolves its input and passthrough copies against the working directory.
  process.chdir(PROJECT_ROOT);
  const outcome = await buildSite({
    root: resolve(invokedFrom, values.root),
    outDir,
    settings,
    now: buildNow(process.env),
    cacheDir,
    batchPages: positiveWholeNumber("--render-batch-size", values["render-batch-size"]),
  });
  switch (outcome.status) {
    case "refused":
      console.error(outcome.message);
      break;
    case "content-errors": {
      for (const d of outcome.ingest.diagnostics) console.error(formatDiagnostic(d));
      const errors = contentErrors(outcome.ingest);
      const files = new Set(errors.map((d) => d.file)).size;
      console.error(`\nBuild failed: ${plural(errors.length, "error")} in ${plural(files, "file")}. No site was written.`);
      break;
    }
    case "failed":
      for (const p of outcome.problems) console.error(p);
      for (const d of outcome.ingest.diagnostics) console.error(formatDiagnostic(d));
      console.error(
        `\nBuild failed: ${plural(outcome.problems.length, "problem")} in the written site. The previous site was left as it was.`,
      );
      break;
    case "built": {
      const seconds = ((performance.now() - started) / 1000).toFixed(2);
      console.log(summary(outcome.site, outcome.ingest, displayPath(invokedFrom, outDir), seconds, outcome.stages));
      for (const d of outcome.ingest.diagnostics) console.error(formatDiagnostic(d));
      break;
    }
  }
  return exitStatus(outcome);
}

function summary(site: BuiltSite, result: BuildIngest, out: string, seconds: string, stages: string): string {
  const { data, files: written, rendered, indexed: search } = site;
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
    [
      "search index",
      search === null
        ? "kept from the previous build"
        : `${data.views.articles.length} articles in ${plural(search.shards, "shard")} (${search.kept} kept from the previous build)`,
    ],
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

runMain(main);

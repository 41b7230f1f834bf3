/**
 * `npm start [-- --port N] [--host HOST] [--root DIR]`: a dev server with live reload on
 * http://127.0.0.1:8080/ (the next free port when that one is taken), drafts included.
 *
 *   --port N     port to serve on (default 8080)
 *   --host HOST  address to listen on (default 127.0.0.1: this machine only); another one, such
 *                as 0.0.0.0, makes the site and its drafts reachable from the network, and the
 *                command says so
 *   --root DIR   project root holding the content folder (default: this project); the site is
 *                written to `DIR/_site`
 *   --cache-dir DIR  the build's caches (default node_modules/.cache/news-archive), which the
 *                first build uses and updates as `npm run build` does
 *   --no-cache   parse and render everything at the start
 *
 * The first build writes the whole site, but for the pages unchanged since the last build into
 * the folder and the files unchanged since the parse cache was saved. Then every save under the content folder rebuilds
 * incrementally (`src/dev/session.ts`): only changed files are parsed again and only pages
 * whose data changed are written, then open pages reload. A change under `templates/`
 * renders every page again (assets are only copied). Content errors are printed and the
 * files with errors left out until fixed; the server keeps running. The search index is
 * brought up to date in the background after each rebuild (only shards whose articles changed
 * are indexed again; `src/dev/search-updates.ts`). A change to `content/site.yml` builds the
 * whole site again with the new settings (a new path in its `url` needs a restart: the server
 * keeps the path it started under). Changes to `src/` or `.eleventy.ts` need a restart.
 * Published articles' new URLs are added to `content/urls.yml` as `npm run build` adds them, so a
 * headline changed while its page is open lands on the new URL.
 * `SITE_URL`, `PATH_PREFIX` and `SOURCE_DATE_EPOCH` apply as for `npm run build`. A request with a malformed or climbing path gets a 400, and an error while
 * answering one is logged, never fatal (`src/dev/request-guard.ts`).
 */
import { join, resolve } from "node:path";
import { parseOptions } from "./parse-options";
import type EleventyDevServer from "@11ty/eleventy-dev-server";
import { formatDiagnostic } from "../diagnostics/messages";
import { PREVIEW } from "../build/content-policy";
import { DEFAULT_HOST, startDevServer } from "../dev/dev-server";
import { changesIn, DevSession, type BuildReport } from "../dev/session";
import { SearchUpdates } from "../dev/search-updates";
import { watchFolders } from "../dev/watch";
import { buildNow, isContinuousIntegration } from "../config/environment";
import { PROJECT_ROOT } from "../config/project-root";
import { DEFAULT_CACHE_DIR } from "../cache/code-fingerprint";
import { loadSettings } from "../ingest/load-settings";
import { runMain } from "./run-main";
import { plural } from "../util/plural";

/** Saves must pause this long before the search index is updated (see `SearchUpdates`). */
const SEARCH_QUIET_MS = 2000;

async function main(): Promise<number> {
  const parsed = parseOptions({
    options: {
      port: { type: "string", default: "8080" },
      host: { type: "string", default: DEFAULT_HOST },
      root: { type: "string", default: PROJECT_ROOT },
      "cache-dir": { type: "string" },
      "no-cache": { type: "boolean", default: false },
    },
    strict: true,
  });
  if (parsed === null) return 2;
  const { values } = parsed;
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new TypeError(`Invalid --port \`${values.port}\``);
  const root = resolve(values.root);
  const outDir = join(root, "_site");
  const readSettings = () =>
    loadSettings(root, { env: process.env, overrides: { includeDrafts: PREVIEW.includeDrafts }, production: false });
  const { settings, diagnostics: settingsDiagnostics } = readSettings();
  const templatesDir = join(PROJECT_ROOT, "templates");
  const cacheDir = values["no-cache"] ? undefined : values["cache-dir"] === undefined ? DEFAULT_CACHE_DIR : resolve(values["cache-dir"]);

  // Eleventy resolves its input and passthrough copies against the working directory.
  process.chdir(PROJECT_ROOT);
  const { session, report } = await DevSession.start({
    root,
    outDir,
    settings,
    settingsDiagnostics,
    reloadSettings: readSettings,
    now: () => buildNow(process.env),
    urlRegistry: isContinuousIntegration(process.env) ? "frozen" : "update",
    ...(cacheDir === undefined ? {} : { cacheDir }),
  });
  printDiagnostics(report);
  const kept = report.kept === 0 ? "" : ` (${plural(report.kept, "page")} unchanged since the last build, kept)`;
  console.log(
    `Built ${plural(report.written.length, "page")} from ${plural(report.result.records.length, "article")} in ${report.seconds.toFixed(2)} s${kept}${errorsNote(report)}`,
  );
  const search = new SearchUpdates(outDir, settings.searchShardSize, SEARCH_QUIET_MS, (r) =>
    "error" in r
      ? console.error(`Search index not updated: ${r.error}`)
      : console.log(
          `Search index: ${plural(r.indexed, "shard")} indexed, ${r.kept} kept, ${r.removed} removed in ${r.seconds.toFixed(2)} s`,
        ),
  );
  const requestSearch = (result: BuildReport["result"]): void => {
    if (session.site !== null) search.request(result.records, result.topics, session.site.pathPrefix);
  };
  requestSearch(report.result);

  // Set once serving: a rebuild before then has no open page to reload.
  let server: EleventyDevServer | undefined;
  // Watching starts before serving: a folder that cannot be watched stops the command here.
  const stop = watchFolders([join(root, settings.contentDir), templatesDir], async (paths) => {
    const started = performance.now();
    const rebuilt = await session.build(changesIn(paths, root, settings.contentDir, templatesDir));
    printDiagnostics(rebuilt);
    if (rebuilt.written.length > 0 || rebuilt.removed.length > 0) server?.reload();
    console.log(rebuiltLine(rebuilt, (performance.now() - started) / 1000));
    if (rebuilt.written.length > 0 || rebuilt.removed.length > 0) requestSearch(rebuilt.result);
  });
  const logger = { info: console.log, log: console.log, error: console.error };
  const serving = await startDevServer({ dir: outDir, host: values.host, port, pathPrefix: settings.pathPrefix, logger }).catch(
    (error: unknown) => {
      // The watches and the search updates would otherwise keep the process alive.
      stop();
      search.cancel();
      throw error;
    },
  );
  server = serving.server;
  if (!serving.loopback)
    console.log(`Reachable from the network (listening on ${serving.address.address}): drafts are shown to anyone who can connect`);
  console.log(`Serving ${serving.url}`);

  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      stop();
      search.cancel();
      void serving.server.close().then(() => process.exit(0));
    });
  }
  return new Promise<number>(() => {});
}

// Notes are not problems; a migrated archive has one per file. `npm run check` lists them.
function printDiagnostics(report: BuildReport): void {
  for (const d of report.newDiagnostics) if (d.severity !== "note") console.error(formatDiagnostic(d));
}

/** e.g. `Rebuilt 14 pages (1 changed article) in 0.42 s` */
function rebuiltLine(report: BuildReport, seconds: number): string {
  const removed = report.removed.length === 0 ? "" : `, removed ${report.removed.length}`;
  const articles = plural(report.changedFiles.length, "changed article");
  return `Rebuilt ${plural(report.written.length, "page")}${removed} (${articles}) in ${seconds.toFixed(2)} s${errorsNote(report)}`;
}

function errorsNote(report: BuildReport): string {
  const files = new Set(report.result.diagnostics.filter((d) => d.severity === "error").map((d) => d.file)).size;
  return files === 0 ? "" : `; ${plural(files, "file")} with errors left out`;
}

runMain(main);

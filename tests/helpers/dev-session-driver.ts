/**
 * Drive a dev session (`src/dev/session.ts`) from a test, in its own process as Eleventy needs:
 * `tsx tests/helpers/dev-session-driver.ts ROOT OUT [--cache-dir DIR] [--batch-pages N]`. Starts the
 * session (drafts included, "today" from `SOURCE_DATE_EPOCH`; without `--cache-dir`, no caches;
 * `--batch-pages`, the most pages per Eleventy run, the session's default when absent), then reads
 * one `Changes` as JSON per line on stdin and builds; writes one JSON line per build on stdout (the
 * start first): a {@link DriverReport}. The line `"restart"` starts a new session in its place, as
 * a restarted server would (what it knows comes from the caches on disk), and reports its start.
 */
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import { DevSession, type BuildReport, type Changes, type DevSessionOptions } from "../../src/dev/session";
import { buildNow } from "../../src/config/environment";
import { PROJECT_ROOT } from "../../src/config/project-root";
import { resolveSettings } from "../../src/config/settings";

/** What the driver prints for each build. */
export interface DriverReport {
  readonly written: readonly string[];
  readonly removed: readonly string[];
  readonly kept: number;
  readonly changedFiles: readonly string[];
  readonly newDiagnostics: readonly { readonly file: string; readonly severity: string; readonly id: string }[];
  readonly records: readonly string[];
  readonly error?: string;
}

const { positionals, values } = parseArgs({ allowPositionals: true, options: { "cache-dir": { type: "string" }, "batch-pages": { type: "string" } } });
const [root, out] = positionals;
if (root === undefined || out === undefined) throw new Error("usage: dev-session-driver.ts ROOT OUT [--cache-dir DIR] [--batch-pages N]");
const cacheDir = values["cache-dir"];
const batchPages = values["batch-pages"] === undefined ? undefined : Number(values["batch-pages"]);
process.chdir(PROJECT_ROOT);

const print = (report: BuildReport): void => {
  const line: DriverReport = {
    written: report.written,
    removed: report.removed,
    kept: report.kept,
    changedFiles: report.changedFiles,
    newDiagnostics: report.newDiagnostics.map(({ file, severity, id }) => ({ file, severity, id })),
    records: report.result.records.map((r) => r.file),
  };
  console.log(JSON.stringify(line));
};

const options: DevSessionOptions = {
  root,
  outDir: out,
  settings: resolveSettings({ includeDrafts: true }),
  now: () => buildNow(process.env),
  ...(batchPages === undefined ? {} : { batchPages }),
  ...(cacheDir === undefined ? {} : { cacheDir }),
};
/** A new session over the same folders, which knows only what the caches on disk hold. */
const start = async (): Promise<DevSession> => {
  const { session, report } = await DevSession.start(options);
  print(report);
  return session;
};

let session = await start();
for await (const line of createInterface({ input: process.stdin })) {
  try {
    const request = JSON.parse(line) as Changes | "restart";
    if (request === "restart") session = await start();
    else print(await session.build(request));
  } catch (error) {
    console.log(JSON.stringify({ error: String(error) }));
  }
}

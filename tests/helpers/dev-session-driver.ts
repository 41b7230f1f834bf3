/**
 * Drive a dev session (`src/dev/session.ts`) from a test, in its own process as Eleventy needs:
 * `tsx tests/helpers/dev-session-driver.ts ROOT OUT [CACHE_DIR]`. Starts the session (drafts included,
 * "today" from `SOURCE_DATE_EPOCH`), then reads one `Changes` as JSON per line on stdin and
 * builds; writes one JSON line per build on stdout (the start first): a {@link DriverReport}.
 */
import { createInterface } from "node:readline";
import { DevSession, type BuildReport } from "../../src/dev/session";
import { buildNow } from "../../src/eleventy/environment";
import { PROJECT_ROOT } from "../../src/project-root";
import { resolveSettings } from "../../src/settings";

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

const [root, out, cacheDir] = process.argv.slice(2);
if (root === undefined || out === undefined) throw new Error("usage: dev-session-driver.ts ROOT OUT");
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

const { session, report } = await DevSession.start({
  root,
  outDir: out,
  settings: resolveSettings({ includeDrafts: true }),
  now: () => buildNow(process.env),
  // Small batches, so full renders in the tests go through several Eleventy runs.
  batchPages: 7,
  ...(cacheDir === undefined ? {} : { cacheDir }),
});
print(report);
for await (const line of createInterface({ input: process.stdin })) {
  try {
    print(await session.build(JSON.parse(line)));
  } catch (error) {
    console.log(JSON.stringify({ error: String(error) }));
  }
}

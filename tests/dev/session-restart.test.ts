/**
 * A dev session started again with the build's caches: its first build parses only the files changed
 * since the cache was saved and renders only the pages that differ from the last build into the
 * folder, and still leaves exactly the files a fresh build writes.
 */
import { spawn } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createInterface } from "node:readline";
import { afterAll, describe, expect, it } from "vitest";
import { listFileTree } from "../../src/util/file-tree";
import { PROJECT_ROOT } from "../../src/config/project-root";
import type { DriverReport } from "../helpers/dev-session-driver";
import { runBuild, tempDir } from "../helpers/run-build";
import { syntheticRoot } from "../helpers/synthetic-root";

const EPOCH = "1798761600";
/** Enough for articles, topic, month, author and source pages; the restart does not depend on how many. */
const ARTICLES = 6;
const folders: string[] = [];
afterAll(() => {
  for (const f of folders) rmSync(f, { recursive: true, force: true });
});

/**
 * A dev session driver on `root` with the caches in `cacheDir`: `restart()` starts a new session
 * in its place (one process: loading Eleventy once), which knows only what the caches on disk
 * hold, and returns its first build's report.
 */
function sessions(root: string, out: string, cacheDir: string): { restart: () => Promise<DriverReport>; stop: () => Promise<void> } {
  const driver = spawn(process.execPath, ["--import", "tsx", path.join(PROJECT_ROOT, "tests/helpers/dev-session-driver.ts"), root, out, "--cache-dir", cacheDir], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, SOURCE_DATE_EPOCH: EPOCH, TZ: "UTC" },
  });
  driver.stderr.pipe(process.stderr);
  const exited = new Promise((resolve) => driver.once("exit", resolve));
  const replies = createInterface({ input: driver.stdout })[Symbol.asyncIterator]();
  let started = false;
  return {
    restart: async () => {
      // The driver starts its first session by itself.
      if (started) driver.stdin.write('"restart"\n');
      started = true;
      const { value, done } = await replies.next();
      if (done) throw new Error("The session driver stopped");
      const report = JSON.parse(value as string) as DriverReport;
      if (report.error !== undefined) throw new Error(report.error);
      return report;
    },
    stop: async () => {
      driver.stdin.end();
      await exited;
    },
  };
}

describe("a dev session started again with the caches", () => {
  // A session driver and a build, each a process loading Eleventy: more than the default
  // timeout on a loaded machine.
  it("parses and renders only what changed since the last start, and ends as a fresh build", { timeout: 180_000 }, async () => {
    const root = await syntheticRoot(ARTICLES, 7);
    const out = tempDir("dev-restart");
    const cacheDir = tempDir("dev-restart-cache");
    folders.push(root, out, cacheDir);
    const session = sessions(root, out, cacheDir);
    try {
      const first = await session.restart();
      expect(first.kept).toBe(0);
      expect(first.changedFiles).toHaveLength(ARTICLES);
      const pages = first.written.length;

      const again = await session.restart();
      expect(again).toMatchObject({ written: [], kept: pages, changedFiles: [] });

      const file = "content/articles/000003.md";
      writeFileSync(path.join(root, file), readFileSync(path.join(root, file), "utf8").replace(/\s*$/, "\n\nOne more paragraph, saved while the server was stopped, long enough to be prose.\n"));
      const edited = await session.restart();
      expect(edited.changedFiles).toEqual([file]);
      expect(edited.written.length).toBeGreaterThan(0);
      expect(edited.written.length + edited.kept).toBe(pages);
    } finally {
      await session.stop();
    }

    const fresh = tempDir("dev-restart-fresh");
    folders.push(fresh);
    const run = runBuild(["--root", root, "--out", fresh, "--drafts"], { SOURCE_DATE_EPOCH: EPOCH });
    expect(run.status, run.stderr).toBe(0);
    // The build adds the search index, which a dev session leaves to the server.
    const expected = listFileTree(fresh).filter((f) => !f.startsWith("pagefind/"));
    expect(listFileTree(out)).toEqual(expected);
    for (const f of expected) expect(readFileSync(path.join(out, f), "utf8"), f).toBe(readFileSync(path.join(fresh, f), "utf8"));
  });
});

/**
 * A dev session started again with the build's caches: its first build parses only the files changed
 * since the cache was saved and renders only the pages that differ from the last build into the
 * folder, and still leaves exactly the files a fresh build writes.
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { DevSession, type BuildReport } from "../../src/dev/session";
import { buildNow } from "../../src/config/environment";
import { resolveSettings } from "../../src/config/settings";
import { listFileTree } from "../../src/util/file-tree";
import { tempDir } from "../helpers/run-build";
import { builtHere, TEST_EPOCH } from "../helpers/build-here";
import { syntheticRoot } from "../helpers/synthetic-root";

/** Enough for articles, topic, month, author and source pages; the restart does not depend on how many. */
const ARTICLES = 6;
const folders: string[] = [];
afterAll(() => {
  for (const f of folders) rmSync(f, { recursive: true, force: true });
});

/**
 * The first build of a new dev session on `root` with the caches in `cacheDir`, as a restarted
 * server makes it: the session knows only what the caches on disk hold.
 */
async function restart(root: string, out: string, cacheDir: string): Promise<BuildReport> {
  const settings = resolveSettings({ includeDrafts: true });
  return (await DevSession.start({ root, outDir: out, settings, now: () => buildNow({ SOURCE_DATE_EPOCH: TEST_EPOCH }), cacheDir })).report;
}

describe("a dev session started again with the caches", () => {
  it("parses and renders only what changed since the last start, and ends as a fresh build", async () => {
    const root = await syntheticRoot(ARTICLES, 7);
    const out = tempDir("dev-restart");
    const cacheDir = tempDir("dev-restart-cache");
    folders.push(root, out, cacheDir);
    const first = await restart(root, out, cacheDir);
    expect(first.kept).toBe(0);
    expect(first.changedFiles).toHaveLength(ARTICLES);
    const pages = first.written.length;

    const again = await restart(root, out, cacheDir);
    expect(again).toMatchObject({ written: [], kept: pages, changedFiles: [] });

    const file = "content/articles/000003.md";
    writeFileSync(
      path.join(root, file),
      readFileSync(path.join(root, file), "utf8").replace(
        /\s*$/,
        "\n\nOne more paragraph, saved while the server was stopped, long enough to be prose.\n",
      ),
    );
    const edited = await restart(root, out, cacheDir);
    expect(edited.changedFiles).toEqual([file]);
    expect(edited.written.length).toBeGreaterThan(0);
    expect(edited.written.length + edited.kept).toBe(pages);

    const fresh = tempDir("dev-restart-fresh");
    folders.push(fresh);
    await builtHere({ root, out: fresh, drafts: true });
    // The build adds the search index, which a dev session leaves to the server.
    const expected = listFileTree(fresh).filter((f) => !f.startsWith("pagefind/"));
    expect(listFileTree(out)).toEqual(expected);
    for (const f of expected) expect(readFileSync(path.join(out, f), "utf8"), f).toBe(readFileSync(path.join(fresh, f), "utf8"));
  });
});

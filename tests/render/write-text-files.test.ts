import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { lazyText } from "../../src/site/outputs/lazy-text";
import { listFileTree } from "../../src/util/file-tree";
import { PROJECT_ROOT } from "../../src/config/project-root";
import { writeTextFiles, writeTextFilesInTurns } from "../../src/render/write-text-files";
import { tempDirs } from "../helpers/folders";
import { builtHere } from "../helpers/build-here";

const dirs = tempDirs();
afterAll(() => dirs.remove());

describe("writeTextFiles", () => {
  it("writes each text at its URL, creating folders, and returns the files in order", () => {
    const out = dirs.make("text-files");
    const texts = ["<b>not markup</b>\r\n", "é ✓ \u0000 end"];
    const written = writeTextFiles(
      [lazyText("/articles/b/original.txt", {}, () => texts[0]!), lazyText("/articles/a/original.txt", {}, () => texts[1]!)],
      out,
    );
    expect(written).toEqual([
      { url: "/articles/b/original.txt", file: "articles/b/original.txt" },
      { url: "/articles/a/original.txt", file: "articles/a/original.txt" },
    ]);
    expect(readFileSync(join(out, "articles/b/original.txt"), "utf8")).toBe(texts[0]);
    expect(readFileSync(join(out, "articles/a/original.txt"), "utf8")).toBe(texts[1]);
    expect(listFileTree(out)).toEqual(["articles/a/original.txt", "articles/b/original.txt"]);
  });

  it("refuses a URL leading outside the output folder and writes nothing there", () => {
    const parent = dirs.make("text-files-parent");
    const out = join(parent, "site");
    expect(() => writeTextFiles([lazyText("/../escaped.txt", {}, () => "x")], out)).toThrow(/outside/);
    expect(listFileTree(parent)).toEqual([]);
  });
});

describe("writeTextFilesInTurns", () => {
  it("writes every file in order, letting other tasks of the thread run between groups", async () => {
    const out = dirs.make("text-files-turns");
    const files = Array.from({ length: 7 }, (_, i) => lazyText(`/articles/a${i}/original.txt`, {}, () => `text ${i}`));
    // A task queued before the writing starts (as the search indexer's messages are) runs after
    // the first group, not after all of them.
    const seenByTask = new Promise<number>((resolve) => setImmediate(() => resolve(listFileTree(out).length)));
    const written = await writeTextFilesInTurns(files, out, 3);
    expect(await seenByTask).toBe(3);
    expect(written.map((w) => w.file)).toEqual(files.map((_, i) => `articles/a${i}/original.txt`));
    for (let i = 0; i < 7; i++) expect(readFileSync(join(out, `articles/a${i}/original.txt`), "utf8")).toBe(`text ${i}`);
  });
});

describe("the plain Eleventy CLI", () => {
  it("writes the same original texts and JSON export as the build command", async () => {
    const cli = dirs.make("plain-cli");
    const built = dirs.make("plain-cli-build");
    const env = { ...process.env, SOURCE_DATE_EPOCH: "1798761600", TZ: "UTC", ELEVENTY_RUN_MODE: "build" };
    const run = spawnSync(
      process.execPath,
      ["--import", "tsx", "node_modules/@11ty/eleventy/cmd.cjs", "--config=.eleventy.ts", `--output=${cli}`, "--quiet"],
      {
        cwd: PROJECT_ROOT,
        encoding: "utf8",
        env,
      },
    );
    expect(run.status, run.stderr).toBe(0);
    await builtHere({ out: built });
    const direct = (folder: string): string[] => listFileTree(folder).filter((f) => f.endsWith("/original.txt") || f.startsWith("api/"));
    expect(direct(cli).filter((f) => f.endsWith("/original.txt")).length).toBeGreaterThanOrEqual(5);
    expect(direct(cli)).toContain("api/articles.json");
    expect(direct(cli)).toEqual(direct(built));
    for (const f of direct(cli)) expect(readFileSync(join(cli, f)).equals(readFileSync(join(built, f))), f).toBe(true);
  }, 120_000);
});

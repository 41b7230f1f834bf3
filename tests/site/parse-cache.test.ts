/**
 * The parse cache: a rebuild parses only the article files whose bytes changed, and writes
 * exactly what a build without the cache writes.
 */
import { cpSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ParseCache, type Entry } from "../../src/pipeline/parse-cache";
import { loadParseCache, parseCachePath, saveParseCache } from "../../src/pipeline/parse-cache-file";
import { PROJECT_ROOT } from "../../src/eleventy/render-site";
import { expectSameFolders, tempDirs } from "../helpers/folders";
import { runBuild } from "../helpers/run-build";

const temp = tempDirs();
const dir = temp.make;
afterAll(temp.remove);

const parsedLine = (stdout: string): string => /parsed\s+(.*)/.exec(stdout)?.[1] ?? stdout;

describe("builds with the parse cache", () => {
  const root = dir("cache-root");
  cpSync(join(PROJECT_ROOT, "content"), join(root, "content"), { recursive: true });
  const cacheDir = dir("cache-dir");
  const build = (out: string, ...extra: string[]) => runBuild(["--root", root, "--out", out, "--cache-dir", cacheDir, ...extra]);

  it("parses every file the first time and none when nothing changed, writing the same site", async () => {
    const first = build(join(dir("cache-a"), "out"));
    expect(first.status, first.stderr).toBe(0);
    expect(parsedLine(first.stdout)).toBe("5 files (0 taken from the parse cache)");
    const out = join(dir("cache-b"), "out");
    const second = build(out);
    expect(second.status, second.stderr).toBe(0);
    expect(parsedLine(second.stdout)).toBe("0 files (5 taken from the parse cache)");
    const fresh = join(dir("cache-fresh"), "out");
    expect(runBuild(["--root", root, "--out", fresh]).status).toBe(0);
    await expectSameFolders(fresh, out);
  });

  it("parses only an edited file, and the site equals one built without the cache", async () => {
    const articles = join(root, "content", "articles");
    const file = join(articles, readdirSync(articles).sort()[1] as string);
    writeFileSync(file, readFileSync(file, "utf8").replace(/\s*$/, "\nOne more paragraph, added to test the parse cache, long enough to be prose.\n"));
    const out = join(dir("cache-c"), "out");
    const edited = build(out);
    expect(edited.status, edited.stderr).toBe(0);
    expect(parsedLine(edited.stdout)).toBe("1 file (4 taken from the parse cache)");
    const fresh = join(dir("cache-fresh-edited"), "out");
    expect(runBuild(["--root", root, "--out", fresh]).status).toBe(0);
    await expectSameFolders(fresh, out);
  });

  it("parses everything again when the reference date moves the plausible-date window", () => {
    const later = runBuild(["--root", root, "--out", join(dir("cache-d"), "out"), "--cache-dir", cacheDir], { SOURCE_DATE_EPOCH: "1830297600" });
    expect(later.status, later.stderr).toBe(0);
    expect(parsedLine(later.stdout)).toBe("5 files (0 taken from the parse cache)");
  });

  it("builds from scratch, without failing, when the cache file is damaged", () => {
    const file = parseCachePath(root, cacheDir);
    writeFileSync(file, readFileSync(file).subarray(0, 100));
    const run = build(join(dir("cache-e"), "out"));
    expect(run.status, run.stderr).toBe(0);
    expect(parsedLine(run.stdout)).toBe("5 files (0 taken from the parse cache)");
  });
});

describe("the parse cache file", () => {
  it("is ignored when written by other code", async () => {
    const file = join(dir("cache-file"), "parse.bin");
    await saveParseCache(file, ParseCache.restore("context", [["a.txt", { hash: "h", outcome: { readDiagnostics: [], parsed: null } }]]), "code-1");
    expect([...(await loadParseCache(file, "code-1")).snapshot().entries.keys()]).toEqual(["a.txt"]);
    expect((await loadParseCache(file, "code-2")).snapshot().entries.size).toBe(0);
    expect((await loadParseCache(join(dir("cache-none"), "missing.bin"), "code-1")).snapshot().entries.size).toBe(0);
  });

  it("keeps many entries across frames", async () => {
    const file = join(dir("cache-many"), "parse.bin");
    const entries = Array.from({ length: 2500 }, (_, i): [string, Entry] => [`f${i}.txt`, { hash: String(i), outcome: { readDiagnostics: [], parsed: null } }]);
    await saveParseCache(file, ParseCache.restore("ctx", entries), "code");
    const loaded = (await loadParseCache(file, "code")).snapshot();
    expect(loaded.context).toBe("ctx");
    expect([...loaded.entries.keys()]).toEqual(entries.map(([f]) => f));
  });
});

/**
 * The parse cache: a rebuild parses only the article files whose bytes changed, and writes
 * exactly what a build without the cache writes.
 */
import { createHash } from "node:crypto";
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ParseCache, type Entry } from "../../src/ingest/parse-cache";
import { loadParseCache, parseCachePath, saveParseCache } from "../../src/cache/parse-cache-file";
import { PROJECT_ROOT } from "../../src/config/project-root";
import { resolveSettings } from "../../src/config/settings";
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

  it("keeps the cache for settings that parsing does not read: drafts shown, another site URL", () => {
    const run = runBuild(["--root", root, "--out", join(dir("cache-drafts"), "out"), "--cache-dir", cacheDir, "--drafts"], { SITE_URL: "https://archive.example.net" });
    expect(run.status, run.stderr).toBe(0);
    expect(parsedLine(run.stdout)).toBe("0 files (5 taken from the parse cache)");
  });

  it("parses everything again when the reference date moves the plausible-date window", () => {
    const later = runBuild(["--root", root, "--out", join(dir("cache-d"), "out"), "--cache-dir", cacheDir], { SOURCE_DATE_EPOCH: "1830297600" });
    expect(later.status, later.stderr).toBe(0);
    expect(parsedLine(later.stdout)).toBe("5 files (0 taken from the parse cache)");
  });

  it("is saved by a build that fails on a content error, so fixing the file parses only that file", () => {
    const failRoot = dir("cache-fail-root");
    cpSync(join(PROJECT_ROOT, "content"), join(failRoot, "content"), { recursive: true });
    const failCache = dir("cache-fail-dir");
    const bad = join(failRoot, "content", "articles", "zz-broken.md");
    writeFileSync(bad, "---\ntitle: [unclosed\n---\nBody.\n");
    const failed = runBuild(["--root", failRoot, "--out", join(dir("cache-fail-a"), "out"), "--cache-dir", failCache]);
    expect(failed.status).toBe(1);
    writeFileSync(bad, "---\ntitle: Fixed headline for the cache test\ndate: 2024-01-02\n---\nA paragraph of prose long enough to be a body.\n");
    const fixed = runBuild(["--root", failRoot, "--out", join(dir("cache-fail-b"), "out"), "--cache-dir", failCache]);
    expect(fixed.status, fixed.stderr).toBe(0);
    expect(parsedLine(fixed.stdout)).toBe("1 file (5 taken from the parse cache)");
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
    await saveParseCache(file, ParseCache.restore("context", [["a.txt", { hash: "h", outcome: { readDiagnostics: [], parsed: null, sha1: "h" } }]]), "code-1");
    expect([...(await loadParseCache(file, "code-1")).snapshot().entries.keys()]).toEqual(["a.txt"]);
    expect((await loadParseCache(file, "code-2")).snapshot().entries.size).toBe(0);
    expect((await loadParseCache(join(dir("cache-none"), "missing.bin"), "code-1")).snapshot().entries.size).toBe(0);
  });

  it("keeps many entries across frames", async () => {
    const file = join(dir("cache-many"), "parse.bin");
    const entries = Array.from({ length: 2500 }, (_, i): [string, Entry] => [`f${i}.txt`, { hash: String(i), outcome: { readDiagnostics: [], parsed: null, sha1: String(i) } }]);
    await saveParseCache(file, ParseCache.restore("ctx", entries), "code");
    const loaded = (await loadParseCache(file, "code")).snapshot();
    expect(loaded.context).toBe("ctx");
    expect([...loaded.entries.keys()]).toEqual(entries.map(([f]) => f));
  });
});

describe("ParseCache", () => {
  const root = dir("cache-unit");
  const articles = join(root, "content", "articles");
  mkdirSync(articles, { recursive: true });
  const text = (n: number) => `Headline number ${n} of the cache test\n\nBy Ann Writer\n\nJul 2, 2025\n\nA paragraph of prose long enough to be a body, about the cache, number ${n}.\n`;
  const files = ["a.txt", "b.txt", "c.txt"].map((name, i) => {
    writeFileSync(join(articles, name), text(i));
    return `content/articles/${name}`;
  });
  const sha1 = (file: string) => createHash("sha1").update(readFileSync(join(root, file))).digest("hex");
  const ctx = { topics: [], settings: resolveSettings(), now: new Date("2026-01-01T00:00:00Z") };

  it("keys each file by the hash of the bytes parsed, and parses again only files whose bytes changed", async () => {
    const cache = new ParseCache();
    const first = await cache.outcomes(root, files, ctx, () => true);
    expect(first.parsed).toEqual(files);
    expect(first.outcomes.every((o) => o.parsed?.record != null)).toBe(true);
    expect([...cache.snapshot().entries].map(([file, entry]) => [file, entry.hash])).toEqual(files.map((f) => [f, sha1(f)]));

    writeFileSync(join(articles, "b.txt"), text(7));
    // Files the caller says cannot have changed are not read again.
    expect((await cache.outcomes(root, files, ctx, () => false)).parsed).toEqual([]);
    const second = await cache.outcomes(root, files, ctx, () => true);
    expect(second.parsed).toEqual(["content/articles/b.txt"]);
    expect(second.outcomes[1]?.parsed?.record?.headline).toBe("Headline number 7 of the cache test");
    expect(cache.snapshot().entries.get("content/articles/b.txt")?.hash).toBe(sha1("content/articles/b.txt"));
  });

  it("does not keep files it could not read", async () => {
    const cache = new ParseCache();
    const missing = "content/articles/gone.txt";
    const { outcomes } = await cache.outcomes(root, [...files, missing], ctx, () => true);
    expect(outcomes[3]).toMatchObject({ parsed: null, sha1: null });
    expect([...cache.snapshot().entries.keys()]).toEqual(files);
    expect((await cache.outcomes(root, [...files, missing], ctx, () => false)).parsed).toEqual([missing]);
  });
});

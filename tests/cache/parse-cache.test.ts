/**
 * The parse cache: a rebuild parses only the article files whose bytes changed, and writes
 * exactly what a build without the cache writes.
 */
import { createHash } from "node:crypto";
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { serialize } from "node:v8";
import { afterAll, describe, expect, it } from "vitest";
import { ParseCache, type Entry } from "../../src/ingest/parse-cache";
import { loadParseCache, parseCachePath, saveParseCache } from "../../src/cache/parse-cache-file";
import { PROJECT_ROOT } from "../../src/config/project-root";
import { resolveSettings } from "../../src/config/settings";
import { expectSameFolders, tempDirs } from "../helpers/folders";
import { buildHere, builtHere, type Built, type HereOptions } from "../helpers/build-here";

const temp = tempDirs();
const dir = temp.make;
afterAll(temp.remove);

/** What the summary's "parsed" line says: files parsed, and files taken from the parse cache. */
const parsedCounts = (outcome: Built): { parsed: number; cached: number } => ({
  parsed: outcome.ingest.parsed,
  cached: outcome.ingest.cached,
});

describe("builds with the parse cache", () => {
  const root = dir("cache-root");
  cpSync(join(PROJECT_ROOT, "content"), join(root, "content"), { recursive: true });
  const cacheDir = dir("cache-dir");
  const build = (out: string, options: Partial<HereOptions> = {}) => builtHere({ root, out, cacheDir, ...options });

  it("parses every file the first time and none when nothing changed, writing the same site", async () => {
    expect(parsedCounts(await build(join(dir("cache-a"), "out")))).toEqual({ parsed: 5, cached: 0 });
    const out = join(dir("cache-b"), "out");
    expect(parsedCounts(await build(out))).toEqual({ parsed: 0, cached: 5 });
    const fresh = join(dir("cache-fresh"), "out");
    await builtHere({ root, out: fresh });
    await expectSameFolders(fresh, out);
  });

  it("parses only an edited file, and the site equals one built without the cache", async () => {
    const articles = join(root, "content", "articles");
    const file = join(articles, readdirSync(articles).sort()[1] as string);
    writeFileSync(
      file,
      readFileSync(file, "utf8").replace(/\s*$/, "\nOne more paragraph, added to test the parse cache, long enough to be prose.\n"),
    );
    const out = join(dir("cache-c"), "out");
    expect(parsedCounts(await build(out))).toEqual({ parsed: 1, cached: 4 });
    const fresh = join(dir("cache-fresh-edited"), "out");
    await builtHere({ root, out: fresh });
    await expectSameFolders(fresh, out);
  });

  it("keeps the cache for settings that parsing does not read: drafts shown, another site URL", async () => {
    const run = await build(join(dir("cache-drafts"), "out"), { drafts: true, env: { SITE_URL: "https://archive.example.net" } });
    expect(parsedCounts(run)).toEqual({ parsed: 0, cached: 5 });
  });

  it("parses everything again when the reference date moves the plausible-date window", async () => {
    const later = await build(join(dir("cache-d"), "out"), { env: { SOURCE_DATE_EPOCH: "1830297600" } });
    expect(parsedCounts(later)).toEqual({ parsed: 5, cached: 0 });
  });

  it("is saved by a build that fails on a content error, so fixing the file parses only that file", async () => {
    const failRoot = dir("cache-fail-root");
    cpSync(join(PROJECT_ROOT, "content"), join(failRoot, "content"), { recursive: true });
    const failCache = dir("cache-fail-dir");
    const bad = join(failRoot, "content", "articles", "zz-broken.md");
    writeFileSync(bad, "---\ntitle: [unclosed\n---\nBody.\n");
    const failed = await buildHere({ root: failRoot, out: join(dir("cache-fail-a"), "out"), cacheDir: failCache, strict: true });
    expect(failed.status).toBe("content-errors");
    writeFileSync(
      bad,
      "---\ntitle: Fixed headline for the cache test\ndate: 2024-01-02\n---\nA paragraph of prose long enough to be a body.\n",
    );
    const fixed = await builtHere({ root: failRoot, out: join(dir("cache-fail-b"), "out"), cacheDir: failCache });
    expect(parsedCounts(fixed)).toEqual({ parsed: 1, cached: 5 });
  });

  it("builds from scratch, without failing, when the cache file is damaged", async () => {
    const file = parseCachePath(root, cacheDir);
    writeFileSync(file, readFileSync(file).subarray(0, 100));
    expect(parsedCounts(await build(join(dir("cache-e"), "out")))).toEqual({ parsed: 5, cached: 0 });
  });
});

describe("the parse cache file", () => {
  it("is ignored when written by other code", async () => {
    const file = join(dir("cache-file"), "parse.bin");
    await saveParseCache(
      file,
      ParseCache.restore("context", [
        ["a.txt", { hash: "h", outcome: { readDiagnostics: [], parsed: null, sha1: "h" }, stamp: "f1:2:3:4" }],
      ]),
      "code-1",
    );
    expect([...(await loadParseCache(file, "code-1")).snapshot().entries.keys()]).toEqual(["a.txt"]);
    expect((await loadParseCache(file, "code-2")).snapshot().entries.size).toBe(0);
    expect((await loadParseCache(join(dir("cache-none"), "missing.bin"), "code-1")).snapshot().entries.size).toBe(0);
  });

  it("is ignored when written in an older format (entries without stamps)", async () => {
    const file = join(dir("cache-old-format"), "parse.bin");
    const frame = (value: unknown): Buffer => {
      const body = serialize(value);
      const length = Buffer.alloc(4);
      length.writeUInt32LE(body.length);
      return Buffer.concat([length, body]);
    };
    const old = [["a.txt", { hash: "h", outcome: { readDiagnostics: [], parsed: null, sha1: "h" } }]];
    writeFileSync(file, Buffer.concat([frame({ format: 1, code: "code", context: "ctx" }), frame(old)]));
    expect((await loadParseCache(file, "code")).snapshot()).toMatchObject({ context: null, entries: new Map() });
  });

  it("keeps many entries across frames, with their stamps", async () => {
    const file = join(dir("cache-many"), "parse.bin");
    const entries = Array.from({ length: 2500 }, (_, i): [string, Entry] => [
      `f${i}.txt`,
      { hash: String(i), outcome: { readDiagnostics: [], parsed: null, sha1: String(i) }, stamp: i % 2 === 0 ? `f${i}:1:1:1` : null },
    ]);
    await saveParseCache(file, ParseCache.restore("ctx", entries), "code");
    const loaded = (await loadParseCache(file, "code")).snapshot();
    expect(loaded.context).toBe("ctx");
    expect([...loaded.entries]).toEqual(entries);
  });
});

describe("ParseCache", () => {
  const root = dir("cache-unit");
  const articles = join(root, "content", "articles");
  mkdirSync(articles, { recursive: true });
  const text = (n: number) =>
    `Headline number ${n} of the cache test\n\nBy Ann Writer\n\nJul 2, 2025\n\nA paragraph of prose long enough to be a body, about the cache, number ${n}.\n`;
  const files = ["a.txt", "b.txt", "c.txt"].map((name, i) => {
    writeFileSync(join(articles, name), text(i));
    return `content/articles/${name}`;
  });
  const sha1 = (file: string) =>
    createHash("sha1")
      .update(readFileSync(join(root, file)))
      .digest("hex");
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

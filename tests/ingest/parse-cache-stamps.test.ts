/**
 * The parse cache's stamps: a rebuild reads only the files whose stamp (size, times, inode)
 * changed, hashes them, and parses only those whose bytes differ. Reads are counted on the
 * file-system calls that read bytes, so "not read" means no byte of the file was read.
 */
import * as fs from "node:fs";
import { join } from "node:path";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";
import { ParseCache } from "../../src/ingest/parse-cache";
import { resolveSettings } from "../../src/config/settings";
import { tempDirs } from "../helpers/folders";

const reads = vi.hoisted(() => ({ paths: [] as string[] }));
vi.mock("node:fs", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:fs")>();
  // Every call that reads a file's bytes: articles through readFileSync, archives through openSync.
  const counted = <F>(f: F): F =>
    ((path: unknown, ...rest: unknown[]) => {
      reads.paths.push(String(path));
      return (f as (...args: unknown[]) => unknown)(path, ...rest);
    }) as F;
  const readFileSync = counted(real.readFileSync);
  const openSync = counted(real.openSync);
  return { ...real, readFileSync, openSync, default: { ...real, readFileSync, openSync } };
});

const temp = tempDirs();
afterAll(temp.remove);

const HOUR = 3_600_000;
const ctx = { topics: [], settings: resolveSettings(), now: new Date("2026-01-01T00:00:00Z") };
const text = (n: number) =>
  `Headline number ${n} of the stamp test\n\nBy Ann Writer\n\nJul 2, 2025\n\nA paragraph of prose long enough to be a body, about stamps, number ${n}.\n`;

/** A whole second, so a time set back with `utimes` (ms precision) is exactly the time stamped. */
const SETTLED_TIME = new Date("2024-01-01T00:00:00Z");

/** A project with three article files, modified at {@link SETTLED_TIME}. */
function project(name: string): { root: string; files: string[]; articles: string; readsOf: () => string[] } {
  const root = temp.make(name);
  const articles = join(root, "content", "articles");
  fs.mkdirSync(articles, { recursive: true });
  const files = ["a.txt", "b.txt", "c.txt"].map((file, i) => {
    fs.writeFileSync(join(articles, file), text(i));
    fs.utimesSync(join(articles, file), SETTLED_TIME, SETTLED_TIME);
    return `content/articles/${file}`;
  });
  const readsOf = () => reads.paths.filter((p) => p.startsWith(articles)).map((p) => p.slice(root.length + 1));
  return { root, files, articles, readsOf };
}

beforeEach(() => {
  reads.paths = [];
});

describe("a rebuild with stamps", () => {
  // A clock an hour ahead: every file looks long settled, so every stamp is trusted.
  const settled = { clock: () => Date.now() + HOUR };

  it("does not read a cached file whose stamp is unchanged", async () => {
    const { root, files, readsOf } = project("stamps-unchanged");
    const cache = new ParseCache(settled);
    expect((await cache.outcomes(root, files, ctx, () => true)).parsed).toEqual(files);
    reads.paths = [];
    const again = await cache.outcomes(root, files, ctx, () => true);
    expect(again).toMatchObject({ parsed: [], hashed: [] });
    expect(readsOf()).toEqual([]);
    expect(again.outcomes.map((o) => o.parsed?.record?.headline)).toEqual([0, 1, 2].map((n) => `Headline number ${n} of the stamp test`));
  });

  it("hashes a touched file (new modification time, same bytes) once, without parsing it", async () => {
    const { root, files, articles, readsOf } = project("stamps-touched");
    const cache = new ParseCache(settled);
    await cache.outcomes(root, files, ctx, () => true);
    fs.utimesSync(join(articles, "b.txt"), new Date("2024-05-01T00:00:00Z"), new Date("2024-05-01T00:00:00Z"));
    reads.paths = [];
    expect(await cache.outcomes(root, files, ctx, () => true)).toMatchObject({ parsed: [], hashed: ["content/articles/b.txt"] });
    expect(readsOf()).toEqual(["content/articles/b.txt"]);
    // Its new stamp was kept: the next rebuild does not read it again.
    reads.paths = [];
    expect(await cache.outcomes(root, files, ctx, () => true)).toMatchObject({ parsed: [], hashed: [] });
    expect(readsOf()).toEqual([]);
  });

  it.each([
    // The size and the modification time alone would say the file is unchanged: its change time says otherwise.
    ["its old modification time set back", (file: string) => fs.utimesSync(file, SETTLED_TIME, SETTLED_TIME)],
    ["a new modification time", (file: string) => fs.utimesSync(file, new Date("2024-05-01T00:00:00Z"), new Date("2024-05-01T00:00:00Z"))],
  ])("parses a file rewritten with bytes of the same size and %s", async (label, setTimes) => {
    const { root, files, articles } = project(`stamps-rewritten-${label.split(" ")[0]}`);
    const cache = new ParseCache(settled);
    await cache.outcomes(root, files, ctx, () => true);
    const file = join(articles, "b.txt");
    const before = fs.statSync(file, { bigint: true });
    // Past the file system's clock step, so the rewrite's change time differs from the stamped one.
    await new Promise((resolve) => setTimeout(resolve, 30));
    fs.writeFileSync(file, text(7));
    setTimes(file);
    const after = fs.statSync(file, { bigint: true });
    expect(after.size).toBe(before.size);
    expect(after.ctimeNs).not.toBe(before.ctimeNs);
    const again = await cache.outcomes(root, files, ctx, () => true);
    expect(again).toMatchObject({ parsed: ["content/articles/b.txt"], hashed: ["content/articles/b.txt"] });
    expect(again.outcomes[1]?.parsed?.record?.headline).toBe("Headline number 7 of the stamp test");
  });

  it("re-hashes a racy stamp (the file changed within the window before it was taken) until the file has settled", async () => {
    const { root, files, readsOf } = project("stamps-racy");
    let now = Date.now();
    const cache = new ParseCache({ clock: () => now });
    await cache.outcomes(root, files, ctx, () => true);
    expect([...cache.snapshot().entries.values()].map((e) => e.stamp)).toEqual([null, null, null]);
    reads.paths = [];
    expect(await cache.outcomes(root, files, ctx, () => true)).toMatchObject({ parsed: [], hashed: files });
    expect(readsOf()).toEqual(files);
    now += HOUR;
    expect(await cache.outcomes(root, files, ctx, () => true)).toMatchObject({ parsed: [], hashed: files });
    reads.paths = [];
    expect(await cache.outcomes(root, files, ctx, () => true)).toMatchObject({ parsed: [], hashed: [] });
    expect(readsOf()).toEqual([]);
  });

  it("parses a saved page again when its sidecar appears, and not when neither changed", async () => {
    const { root, articles } = project("stamps-page");
    const page = "content/articles/page.html";
    fs.writeFileSync(join(root, page), "<html><head><title>A saved page</title></head><body><p>Some prose.</p></body></html>\n");
    const cache = new ParseCache(settled);
    await cache.outcomes(root, [page], ctx, () => true);
    expect(await cache.outcomes(root, [page], ctx, () => true)).toMatchObject({ parsed: [], hashed: [] });
    fs.writeFileSync(join(articles, "page.yml"), "title: A headline from the sidecar\n");
    expect(await cache.outcomes(root, [page], ctx, () => true)).toMatchObject({ parsed: [page], hashed: [page] });
  });

  it("takes a file the caller says cannot have changed without stamping or reading it", async () => {
    const { root, files, articles, readsOf } = project("stamps-watched");
    const cache = new ParseCache(settled);
    await cache.outcomes(root, files, ctx, () => true);
    fs.writeFileSync(join(articles, "a.txt"), text(8));
    reads.paths = [];
    expect(await cache.outcomes(root, files, ctx, () => false)).toMatchObject({ parsed: [], hashed: [] });
    expect(readsOf()).toEqual([]);
  });
});

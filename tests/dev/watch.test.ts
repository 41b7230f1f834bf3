import { readdirSync, readFileSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { watchFolders } from "../../src/dev/watch";

/** Longest wait for the file system to report a change (not a speed check). */
const WAIT_MS = 10_000;

let stop: (() => void) | undefined;
let root = "";

afterEach(async () => {
  stop?.();
  stop = undefined;
  if (root !== "") await rm(root, { recursive: true, force: true });
});

/**
 * Watch `folders`; `seen(path)` resolves once a batch has held `path`, `mark()` forgets the
 * batches so far (to wait for a path reported again).
 */
function watching(folders: string[]): { seen: (path: string) => Promise<void>; mark: () => void; batches: string[][] } {
  const batches: string[][] = [];
  let from = 0;
  const waiters: { path: string; resolve: () => void }[] = [];
  stop = watchFolders(
    folders,
    async (paths) => {
      batches.push(paths);
      for (const w of waiters.filter((w) => paths.includes(w.path))) w.resolve();
    },
    10,
  );
  const mark = (): void => {
    from = batches.length;
    waiters.length = 0;
  };
  const seen = (path: string): Promise<void> =>
    batches.slice(from).some((b) => b.includes(path))
      ? Promise.resolve()
      : new Promise((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`no change reported for ${path}; batches: ${JSON.stringify(batches)}`)), WAIT_MS);
          waiters.push({
            path,
            resolve: () => {
              clearTimeout(timer);
              resolve();
            },
          });
        });
  return { seen, mark, batches };
}

describe("watchFolders", () => {
  it("reports files changed in nested folders, in folders created later, and in a folder made again", async () => {
    root = await mkdtemp(join(tmpdir(), "watch-"));
    await mkdir(join(root, "articles", "2024"), { recursive: true });
    await writeFile(join(root, "articles", "2024", "a.txt"), "one");
    const { seen, mark } = watching([root]);

    const nested = join(root, "articles", "2024", "a.txt");
    await writeFile(nested, "two");
    await seen(nested);

    // A new folder is reported, and watched from then on.
    const folder = join(root, "articles", "2025");
    await mkdir(folder);
    await seen(folder);
    const later = join(folder, "b.txt");
    await writeFile(later, "new");
    await seen(later);

    // Removed and made again: watched again.
    mark();
    await rm(folder, { recursive: true });
    await seen(folder);
    mark();
    await mkdir(folder);
    await seen(folder);
    const again = join(folder, "c.txt");
    await writeFile(again, "again");
    await seen(again);
  });

  // inotify's watches show in /proc on Linux only.
  it.skipIf(process.platform !== "linux")("holds one watch per folder, not one per file", async () => {
    const inotifyWatches = (): number =>
      readdirSync("/proc/self/fdinfo").reduce((n, fd) => {
        try {
          return n + (readFileSync(`/proc/self/fdinfo/${fd}`, "utf8").match(/^inotify wd:/gm)?.length ?? 0);
        } catch {
          return n;
        }
      }, 0);
    root = await mkdtemp(join(tmpdir(), "watch-"));
    await mkdir(join(root, "articles", "2024"), { recursive: true });
    await Promise.all(Array.from({ length: 300 }, (_, i) => writeFile(join(root, "articles", "2024", `${i}.txt`), "text")));
    const before = inotifyWatches();
    watching([root]);
    // root, articles, articles/2024
    expect(inotifyWatches() - before).toBe(3);
  });

  it("throws for a folder that does not exist, and reports nothing once stopped", async () => {
    root = await mkdtemp(join(tmpdir(), "watch-"));
    expect(() => watchFolders([join(root, "missing")], async () => {})).toThrow();
    const { batches } = watching([root]);
    stop?.();
    await writeFile(join(root, "late.txt"), "x");
    await new Promise((r) => setTimeout(r, 200));
    expect(batches).toEqual([]);
  });
});

/**
 * The search index is built in shards and a rebuild into the same output folder keeps the
 * shards whose articles did not change: the result must be byte for byte what a fresh build
 * writes.
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/project-root";
import { expectSameFolders, tempDirs } from "../helpers/folders";
import { runBuild } from "../helpers/run-build";

const SHARD_SIZE = ["--search-shard-size", "2"];
const temp = tempDirs();
const dir = temp.make;
afterAll(temp.remove);

/** The `search index` line of a build's summary. */
const searchLine = (stdout: string): string => /search index\s+(.*)/.exec(stdout)?.[1] ?? stdout;

describe("the sharded search index", () => {
  // A copy of the seed content, so one article can be edited.
  const root = dir("search-root");
  cpSync(join(PROJECT_ROOT, "content"), join(root, "content"), { recursive: true });
  const out = join(dir("search-out"), "out");

  it("splits five articles into three shards and keeps all of them when nothing changed", async () => {
    const first = runBuild(["--root", root, "--out", out, ...SHARD_SIZE]);
    expect(first.status, first.stderr).toBe(0);
    expect(searchLine(first.stdout)).toBe("5 articles in 3 shards (0 kept from the previous build)");

    const again = runBuild(["--root", root, "--out", out, ...SHARD_SIZE]);
    expect(again.status, again.stderr).toBe(0);
    expect(searchLine(again.stdout)).toBe("5 articles in 3 shards (3 kept from the previous build)");

    const fresh = join(dir("search-fresh"), "out");
    expect(runBuild(["--root", root, "--out", fresh, ...SHARD_SIZE]).status).toBe(0);
    await expectSameFolders(fresh, out);
  });

  it("indexes again only the shard of an edited article, and the result equals a fresh build", async () => {
    const articles = join(root, "content", "articles");
    const file = join(articles, readdirSync(articles).sort()[0] as string);
    writeFileSync(file, `${readFileSync(file, "utf8")}\nA sentence added to the last paragraph for the search index test.\n`);

    const edited = runBuild(["--root", root, "--out", out, ...SHARD_SIZE]);
    expect(edited.status, edited.stderr).toBe(0);
    expect(searchLine(edited.stdout)).toBe("5 articles in 3 shards (2 kept from the previous build)");

    const fresh = join(dir("search-fresh-edited"), "out");
    expect(runBuild(["--root", root, "--out", fresh, ...SHARD_SIZE]).status).toBe(0);
    await expectSameFolders(fresh, out);
  });

  it("writes the same files when Eleventy renders the pages in batches of three", async () => {
    const batched = join(dir("search-batched"), "out");
    expect(runBuild(["--root", root, "--out", batched, ...SHARD_SIZE, "--render-batch-size", "3"]).status).toBe(0);
    await expectSameFolders(out, batched);
  });

  it("leaves no staging folder behind", () => {
    expect(readdirSync(join(out, "..")).filter((name) => name.includes("-search-"))).toEqual([]);
  });
});

describe("a build over a previous build's folder", () => {
  const root = dir("over-root");
  cpSync(join(PROJECT_ROOT, "content"), join(root, "content"), { recursive: true });
  const out = join(dir("over-out"), "out");

  it("deletes the pages of a removed article and every stray file and folder, leaving what a fresh build writes", async () => {
    expect(runBuild(["--root", root, "--out", out, ...SHARD_SIZE]).status).toBe(0);
    const articles = join(root, "content", "articles");
    rmSync(join(articles, readdirSync(articles).sort()[0] as string));
    const removedPages = readdirSync(join(out, "articles")).length;
    for (const stray of ["stray.txt", "articles/old-slug/index.html", "assets/old.css", "pagefind/0000000000000000/pagefind-entry.json", "topics/x/page/9/index.html"]) {
      mkdirSync(join(out, stray, ".."), { recursive: true });
      writeFileSync(join(out, stray), "from an earlier build");
    }
    mkdirSync(join(out, "empty", "folder"), { recursive: true });

    const again = runBuild(["--root", root, "--out", out, ...SHARD_SIZE]);
    expect(again.status, again.stderr).toBe(0);
    const fresh = join(dir("over-fresh"), "out");
    expect(runBuild(["--root", root, "--out", fresh, ...SHARD_SIZE]).status).toBe(0);
    await expectSameFolders(fresh, out);
    const folders = (d: string): string[] => readdirSync(d, { recursive: true, withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => join(e.parentPath, e.name).slice(d.length)).sort();
    expect(folders(out)).toEqual(folders(fresh));
    expect(readdirSync(join(out, "articles")).length).toBe(removedPages - 1);
  });
});

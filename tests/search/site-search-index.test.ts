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
import { builtHere, type Built } from "../helpers/build-here";

const SHARD_SIZE = 2;
const temp = tempDirs();
const dir = temp.make;
afterAll(temp.remove);

/** What the build summary's "search index" line says: articles indexed, shards, and shards kept from the previous build. */
const searchCounts = (outcome: Built) => ({
  articles: outcome.site.data.views.articles.length,
  shards: outcome.site.indexed?.shards,
  kept: outcome.site.indexed?.kept,
});
/** A build of `root` into `out` with two articles a shard. */
const build = (root: string, out: string, renderBatchSize?: number) =>
  builtHere({ root, out, searchShardSize: SHARD_SIZE, renderBatchSize });

describe("the sharded search index", () => {
  // A copy of the seed content, so one article can be edited.
  const root = dir("search-root");
  cpSync(join(PROJECT_ROOT, "content"), join(root, "content"), { recursive: true });
  const out = join(dir("search-out"), "out");

  it("splits five articles into three shards and keeps all of them when nothing changed", async () => {
    expect(searchCounts(await build(root, out))).toEqual({ articles: 5, shards: 3, kept: 0 });
    expect(searchCounts(await build(root, out))).toEqual({ articles: 5, shards: 3, kept: 3 });

    const fresh = join(dir("search-fresh"), "out");
    await build(root, fresh);
    await expectSameFolders(fresh, out);
  });

  it("indexes again only the shard of an edited article, and the result equals a fresh build", async () => {
    const articles = join(root, "content", "articles");
    const file = join(articles, readdirSync(articles).sort()[0] as string);
    writeFileSync(file, `${readFileSync(file, "utf8")}\nA sentence added to the last paragraph for the search index test.\n`);

    expect(searchCounts(await build(root, out))).toEqual({ articles: 5, shards: 3, kept: 2 });

    const fresh = join(dir("search-fresh-edited"), "out");
    await build(root, fresh);
    await expectSameFolders(fresh, out);
  });

  it("writes the same files when Eleventy renders the pages in batches of three", async () => {
    const batched = join(dir("search-batched"), "out");
    await build(root, batched, 3);
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
    await build(root, out);
    const articles = join(root, "content", "articles");
    rmSync(join(articles, readdirSync(articles).sort()[0] as string));
    const removedPages = readdirSync(join(out, "articles")).length;
    for (const stray of [
      "stray.txt",
      "articles/old-slug/index.html",
      "assets/old.css",
      "pagefind/0000000000000000/pagefind-entry.json",
      "topics/x/page/9/index.html",
    ]) {
      mkdirSync(join(out, stray, ".."), { recursive: true });
      writeFileSync(join(out, stray), "from an earlier build");
    }
    mkdirSync(join(out, "empty", "folder"), { recursive: true });

    await build(root, out);
    const fresh = join(dir("over-fresh"), "out");
    await build(root, fresh);
    await expectSameFolders(fresh, out);
    const folders = (d: string): string[] =>
      readdirSync(d, { recursive: true, withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => join(e.parentPath, e.name).slice(d.length))
        .sort();
    expect(folders(out)).toEqual(folders(fresh));
    expect(readdirSync(join(out, "articles")).length).toBe(removedPages - 1);
  });
});

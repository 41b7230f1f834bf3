import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, parse, relative, sep } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT, removeStrays, safeOutputFolder } from "../../src/eleventy/render-site";
import { tempDirs } from "../helpers/folders";

const temp = tempDirs();
afterAll(temp.remove);

/** Every file and folder under `dir` (folders end in `/`), sorted. */
function tree(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join("/") + (e.isDirectory() ? "/" : ""))
    .sort();
}

function write(dir: string, files: readonly string[]): void {
  for (const file of files) {
    mkdirSync(join(dir, file, ".."), { recursive: true });
    writeFileSync(join(dir, file), file);
  }
}

describe("removeStrays", () => {
  it("deletes files not kept, and folders left without a kept file, at any depth", async () => {
    const dir = temp.make("strays");
    write(dir, [
      "index.html",
      "stray.txt",
      "articles/a/index.html",
      "articles/a/original.txt",
      "articles/gone/index.html",
      "articles/gone/original.txt",
      "pagefind/old/fragment/x.pf_fragment",
      "assets/site.css",
      "assets/old.css",
    ]);
    mkdirSync(join(dir, "empty/deeper"), { recursive: true });
    const keep = new Set(["index.html", "articles/a/index.html", "assets/site.css", "not/there.html"]);
    await removeStrays(dir, (file) => keep.has(file));
    expect(tree(dir)).toEqual(["articles/", "articles/a/", "articles/a/index.html", "assets/", "assets/site.css", "index.html"]);
  });

  it("empties the folder when nothing is kept, and accepts a folder that does not exist", async () => {
    const dir = temp.make("strays-none");
    write(dir, ["a/b/c.html", "d.txt"]);
    await removeStrays(dir, () => false);
    expect(tree(dir)).toEqual([]);
    await expect(removeStrays(join(dir, "missing"), () => true)).resolves.toBeUndefined();
  });
});

describe("safeOutputFolder", () => {
  it("refuses the project root, its ancestors and the file-system root, whose files the build would delete", () => {
    for (const unsafe of [PROJECT_ROOT, dirname(PROJECT_ROOT), parse(PROJECT_ROOT).root, `${PROJECT_ROOT}/src/..`]) {
      expect(() => safeOutputFolder(unsafe), unsafe).toThrow(/^Refusing to replace /);
    }
  });

  it("accepts a folder inside or beside the project, as an absolute path", () => {
    expect(safeOutputFolder(join(PROJECT_ROOT, "_site"))).toBe(join(PROJECT_ROOT, "_site"));
    expect(safeOutputFolder(`${PROJECT_ROOT}-site`)).toBe(`${PROJECT_ROOT}-site`);
  });
});

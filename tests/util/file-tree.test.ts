import { mkdirSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { listFileTree, listTree } from "../../src/util/file-tree";
import { tempDirs } from "../helpers/folders";

const temp = tempDirs();
afterAll(temp.remove);

describe("listTree", () => {
  const dir = temp.make("tree");
  for (const file of ["b.html", "a/index.html", "a/z/deep.txt", "ä/ü.txt", "a b/c.html"]) {
    mkdirSync(join(dir, file, ".."), { recursive: true });
    writeFileSync(join(dir, file), file);
  }
  mkdirSync(join(dir, "empty"));
  symlinkSync("/etc", join(dir, "link-to-folder"));
  symlinkSync(join(dir, "b.html"), join(dir, "a", "link-to-file"));

  it("lists every entry once, with its kind, without following links", () => {
    const entries = listTree(dir);
    // Node's own recursive listing with entry types (which follows no links either) gives the same paths.
    const node = readdirSync(dir, { recursive: true, withFileTypes: true }).map((e) =>
      relative(dir, join(e.parentPath, e.name)).split(sep).join("/"),
    );
    expect(entries.map((e) => e.path).sort()).toEqual(node.sort());
    expect(Object.fromEntries(entries.map((e) => [e.path, e.kind]))).toEqual({
      a: "folder",
      "a/index.html": "file",
      "a/link-to-file": "link",
      "a/z": "folder",
      "a/z/deep.txt": "file",
      "a b": "folder",
      "a b/c.html": "file",
      "b.html": "file",
      empty: "folder",
      "link-to-folder": "link",
      ä: "folder",
      "ä/ü.txt": "file",
    });
    // A folder comes before what it holds (removeStrays relies on no order, the doc promises it).
    for (const [i, e] of entries.entries()) {
      const parent = e.path.includes("/") ? e.path.slice(0, e.path.lastIndexOf("/")) : null;
      if (parent !== null) expect(entries.findIndex((x) => x.path === parent)).toBeLessThan(i);
    }
  });

  it("gives regular files only, in code-unit order, from listFileTree", () => {
    expect(listFileTree(dir)).toEqual(["a b/c.html", "a/index.html", "a/z/deep.txt", "b.html", "ä/ü.txt"]);
    expect(listFileTree(join(dir, "empty"))).toEqual([]);
  });

  it("throws for a folder that does not exist", () => {
    expect(() => listTree(join(dir, "missing"))).toThrow(/ENOENT/);
  });
});

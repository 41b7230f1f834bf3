import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { listFileTree } from "../../src/util/file-tree";
import { OUTPUT_MARKER, OUTPUT_MARKER_TEXT } from "../../src/output/output-guard";
import { OutputFolderError, StagedOutput } from "../../src/output/staged-output";
import { tempDirs } from "../helpers/folders";

const temp = tempDirs();
afterAll(temp.remove);

function project(): { base: string; target: string; places: { codeRoot: string; projectRoot: string; contentDir: string } } {
  const base = temp.make("staged");
  const root = join(base, "project");
  mkdirSync(join(root, "content", "articles"), { recursive: true });
  return { base, target: join(root, "_site"), places: { codeRoot: root, projectRoot: root, contentDir: "content" } };
}

function write(dir: string, files: Record<string, string>): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(join(dir, file, ".."), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
}

/** The names beside the output folder: a build leaves no staging folder behind. */
function besideTarget(target: string): string[] {
  return readdirSync(join(target, "..")).sort();
}

describe("StagedOutput", () => {
  it("writes into a fresh folder holding the marker, and puts it in place of the output on commit", async () => {
    const { target, places } = project();
    write(target, { [OUTPUT_MARKER]: OUTPUT_MARKER_TEXT, "index.html": "old", "stale/index.html": "stale" });
    const output = await StagedOutput.create(target, places);
    expect(output.folder).not.toBe(target);
    write(output.folder, { "index.html": "new" });
    expect(readFileSync(join(target, "index.html"), "utf8")).toBe("old");
    await output.commit();
    expect(listFileTree(target)).toEqual([OUTPUT_MARKER, "index.html"]);
    expect(readFileSync(join(target, "index.html"), "utf8")).toBe("new");
    expect(besideTarget(target)).toEqual(["_site", "content"]);
  });

  it("leaves the previous build exactly as it was when discarded", async () => {
    const { target, places } = project();
    const before = { [OUTPUT_MARKER]: OUTPUT_MARKER_TEXT, "index.html": "old", "articles/a/index.html": "a" };
    write(target, before);
    const output = await StagedOutput.create(target, places);
    output.keepGroups(new Map([["a", ["articles/a/index.html"]]]));
    write(output.folder, { "index.html": "half-written" });
    await output.discard();
    expect(listFileTree(target)).toEqual(Object.keys(before).sort());
    for (const [file, text] of Object.entries(before)) expect(readFileSync(join(target, file), "utf8")).toBe(text);
    expect(besideTarget(target)).toEqual(["_site", "content"]);
  });

  it("keeps files of the previous build as hard links, without changing them, each group whole or not at all", async () => {
    const { target, places } = project();
    write(target, { [OUTPUT_MARKER]: OUTPUT_MARKER_TEXT, "articles/a/index.html": "a", "pagefind/k1/entry.json": "{}" });
    const stamp = statSync(join(target, "articles/a/index.html"));
    const output = await StagedOutput.create(target, places);
    const groups = new Map([
      ["a", ["articles/a/index.html"]],
      ["half", ["articles/a/index.html", "articles/missing/index.html"]],
    ]);
    expect(output.keepGroups(groups)).toEqual(new Set(["half"]));
    expect(output.keepFolder("pagefind")).toBe(true);
    expect(output.keepFolder("nothing-there")).toBe(false);
    expect(listFileTree(output.folder)).toEqual([OUTPUT_MARKER, "articles/a/index.html", "pagefind/k1/entry.json"]);
    const kept = statSync(join(output.folder, "articles/a/index.html"));
    expect([kept.ino, kept.mtimeMs, kept.size]).toEqual([stamp.ino, stamp.mtimeMs, stamp.size]);
    await output.commit();
    expect(readFileSync(join(target, "articles/a/index.html"), "utf8")).toBe("a");
  });

  it("never follows a symbolic link in the previous build: a link to a folder outside is neither kept nor written through", async () => {
    const { base, target, places } = project();
    const outside = join(base, "outside");
    write(outside, { "secret.txt": "secret" });
    write(target, { [OUTPUT_MARKER]: OUTPUT_MARKER_TEXT, "index.html": "old" });
    symlinkSync(outside, join(target, "articles"));
    symlinkSync(join(outside, "secret.txt"), join(target, "leak.txt"));
    const output = await StagedOutput.create(target, places);
    expect(
      output.keepGroups(
        new Map([
          ["leak", ["leak.txt"]],
          ["secret", ["articles/secret.txt"]],
        ]),
      ),
    ).toEqual(new Set(["leak", "secret"]));
    expect(output.keepFolder("articles")).toBe(false);
    write(output.folder, { "articles/a/index.html": "a" });
    await output.commit();
    expect(listFileTree(outside)).toEqual(["secret.txt"]);
    expect(listFileTree(target)).toEqual([OUTPUT_MARKER, "articles/a/index.html"]);
  });

  it("refuses an output folder holding someone's own files, before writing anything", async () => {
    const { target, places } = project();
    write(target, { "notes.txt": "mine", "docs/thesis.tex": "mine too" });
    await expect(StagedOutput.create(target, places)).rejects.toThrow(OutputFolderError);
    await expect(StagedOutput.create(target, places)).rejects.toThrow(/holds files that no build wrote/);
    expect(listFileTree(target)).toEqual(["docs/thesis.tex", "notes.txt"]);
    expect(besideTarget(target)).toEqual(["_site", "content"]);
  });

  it("removes the staging folders of builds that were killed, but not of one still running", async () => {
    const { target, places } = project();
    const dead = join(target, "..", "._site.build-999999999-abcdef");
    const running = join(target, "..", `._site.build-${process.ppid}-abcdef`);
    mkdirSync(dead);
    mkdirSync(running);
    const output = await StagedOutput.create(target, places);
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(running)).toBe(true);
    await output.discard();
  });
});

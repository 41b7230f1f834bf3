import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { listFileTree } from "../../src/util/file-tree";
import { PROJECT_ROOT } from "../../src/config/project-root";
import { OUTPUT_MARKER } from "../../src/output/output-guard";
import { expectSameFolders, tempDirs } from "../helpers/folders";
import { runBuild } from "../helpers/run-build";
import { buildHere, builtHere } from "../helpers/build-here";
import { exitStatus } from "../../src/build/build-site";

const temp = tempDirs();
afterAll(temp.remove);

/** A copy of the good fixture site as a project root of its own, inside a fresh folder. */
function project(): { base: string; root: string } {
  const base = temp.make("build-output");
  const root = join(base, "project");
  cpSync(join(PROJECT_ROOT, "tests/fixtures/site/good"), root, { recursive: true });
  return { base, root };
}

/** Every file under `dir` with its bytes, to compare before and after a refused build. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(listFileTree(dir).map((file) => [file, readFileSync(join(dir, file), "latin1")]));
}

/** A project beside someone's own folder (with files in a subfolder) and a link to the project. */
function projectWithNeighbours(): { base: string; root: string } {
  const { base, root } = project();
  mkdirSync(join(base, "mine", "docs"), { recursive: true });
  writeFileSync(join(base, "mine", "notes.txt"), "my notes");
  writeFileSync(join(base, "mine", "docs", "thesis.tex"), "\\documentclass{article}");
  symlinkSync(root, join(base, "link"));
  return { base, root };
}

describe("the build's output folder", () => {
  it.each([
    // Refused before anything is read or written; every refused kind of folder is in output-guard.test.ts.
    ["the content folder", "project/content"],
    ["someone's own folder", "mine"],
    ["a link to the project", "link"],
  ])("refuses %s with exit status 2, changing nothing", async (_what, out) => {
    const { base, root } = projectWithNeighbours();
    const before = snapshot(base);
    const outcome = await buildHere({ root, out: join(base, out) });
    expect(outcome).toEqual({ status: "refused", message: expect.stringMatching(/^Refusing to write the site into /) });
    expect(exitStatus(outcome)).toBe(2);
    expect(snapshot(base)).toEqual(before);
  });

  it("is refused by the build command with exit status 2 and the reason on stderr, changing nothing", () => {
    const { base, root } = projectWithNeighbours();
    const before = snapshot(base);
    const run = runBuild(["--root", root, "--out", join(base, "mine")]);
    expect(run.status, run.stderr).toBe(2);
    expect(run.stderr).toMatch(/^Refusing to write the site into .*: it holds files that no build wrote/m);
    expect(run.stdout).toBe("");
    expect(snapshot(base)).toEqual(before);
  });

  it("refuses a cache folder inside the content folder or the output folder, changing nothing", async () => {
    const { base, root } = project();
    const before = snapshot(base);
    for (const cacheDir of [join(root, "content/articles"), join(root, "_site/.cache")]) {
      const outcome = await buildHere({ root, out: join(root, "_site"), cacheDir });
      expect(outcome).toEqual({ status: "refused", message: expect.stringMatching(/^Refusing to keep the caches in /) });
      expect(exitStatus(outcome)).toBe(2);
    }
    expect(snapshot(base)).toEqual(before);
  });

  it("replaces an earlier build whole: strays go, links planted in it are not followed, nothing is left beside it", async () => {
    const { base, root } = project();
    const out = join(root, "_site");
    await builtHere({ root, out });
    expect(existsSync(join(out, OUTPUT_MARKER))).toBe(true);
    const clean = join(base, "clean");
    cpSync(out, clean, { recursive: true });

    // A stray file, and the articles folder swapped for a link to a folder outside.
    const outside = join(base, "outside");
    mkdirSync(outside);
    writeFileSync(join(outside, "keep.txt"), "not the build's");
    writeFileSync(join(out, "stray.html"), "stray");
    rmSync(join(out, "articles"), { recursive: true });
    symlinkSync(outside, join(out, "articles"));

    await builtHere({ root, out });
    expect(listFileTree(outside)).toEqual(["keep.txt"]);
    await expectSameFolders(clean, out);
    expect(readdirSync(root).filter((name) => name.includes(".build-"))).toEqual([]);
  });
});

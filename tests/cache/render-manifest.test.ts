/**
 * A rebuild into the same output folder renders only the pages whose data changed and keeps the
 * others' files, and always ends with exactly the files a build into an empty folder writes.
 */
import { cpSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/project-root";
import { loadRenderManifest, renderKey, renderManifestPath } from "../../src/cache/render-manifest";
import { codeFingerprint } from "../../src/cache/code-fingerprint";
import { expectSameFolders, tempDirs } from "../helpers/folders";
import { runBuild } from "../helpers/run-build";

const temp = tempDirs();
const dir = temp.make;
afterAll(temp.remove);

/** `[rendered, kept]` from the build summary's "rendered" line. */
const renderedLine = (stdout: string): [number, number] => {
  const m = /rendered\s+(\d+) pages? \((\d+) unchanged/.exec(stdout);
  if (m === null) throw new Error(`no "rendered" line in:\n${stdout}`);
  return [Number(m[1]), Number(m[2])];
};

describe("rebuilds into the same output folder", () => {
  const root = dir("render-root");
  cpSync(join(PROJECT_ROOT, "content"), join(root, "content"), { recursive: true });
  const cacheDir = dir("render-cache");
  const out = join(dir("render-out"), "site");
  const build = (...extra: string[]) => {
    const run = runBuild(["--root", root, "--out", out, "--cache-dir", cacheDir, ...extra]);
    expect(run.status, run.stderr).toBe(0);
    return renderedLine(run.stdout);
  };
  /** A build of the same content into a new folder, without caches: what the folder must hold. */
  const expectFreshBuild = async () => {
    const fresh = join(dir("render-fresh"), "site");
    expect(runBuild(["--root", root, "--out", fresh]).status).toBe(0);
    await expectSameFolders(fresh, out);
  };
  const articles = join(root, "content", "articles");
  const articleFiles = () => readdirSync(articles).sort();
  let pages = 0;

  it("renders every page the first time and none when nothing changed", async () => {
    const [rendered, kept] = build();
    expect(kept).toBe(0);
    pages = rendered;
    expect(pages).toBeGreaterThan(50);
    expect(build()).toEqual([0, pages]);
    await expectFreshBuild();
    // The list is used only with the code, templates and folder it was made with.
    const file = renderManifestPath(out, cacheDir);
    expect((await loadRenderManifest(file, await renderKey(await codeFingerprint(), out)))?.pages.size).toBe(pages);
    expect(await loadRenderManifest(file, await renderKey(await codeFingerprint(), `${out}-elsewhere`))).toBeNull();
  });

  it("renders again only the pages that show an edited article", async () => {
    const file = join(articles, articleFiles()[1] as string);
    writeFileSync(file, readFileSync(file, "utf8").replace(/\s*$/, "\nOne more paragraph, added to test the rendered pages, long enough to be prose.\n"));
    const [rendered, kept] = build();
    expect(rendered).toBeGreaterThan(0);
    expect(rendered).toBeLessThan(pages / 2);
    expect(rendered + kept).toBe(pages);
    await expectFreshBuild();
  });

  it("writes again a page whose file was changed or deleted since, and deletes a stray file", async () => {
    writeFileSync(join(out, "index.html"), "<p>changed by hand</p>");
    unlinkSync(join(out, "topics", "index.html"));
    writeFileSync(join(out, "stray.html"), "left behind");
    const [rendered] = build();
    expect(rendered).toBe(2);
    await expectFreshBuild();
  });

  it("renders the pages of a removed article away and keeps the rest", async () => {
    rmSync(join(articles, articleFiles()[0] as string));
    const [rendered, kept] = build();
    expect(kept).toBeGreaterThan(0);
    expect(rendered).toBeLessThan(pages);
    await expectFreshBuild();
  });

  it("renders every page again when a site-wide field changes", async () => {
    const env = { PATH_PREFIX: "/archive/" };
    const run = runBuild(["--root", root, "--out", out, "--cache-dir", cacheDir], env);
    expect(run.status, run.stderr).toBe(0);
    expect(renderedLine(run.stdout)[1]).toBe(0);
    const fresh = join(dir("render-fresh-url"), "site");
    expect(runBuild(["--root", root, "--out", fresh], env).status).toBe(0);
    await expectSameFolders(fresh, out);
    expect(build()[1]).toBe(0);
  });

  it("renders every page with --no-cache, and without a usable list of the previous build", async () => {
    const file = renderManifestPath(out, cacheDir);
    const run = runBuild(["--root", root, "--out", out, "--no-cache"]);
    expect(run.status, run.stderr).toBe(0);
    expect(renderedLine(run.stdout)[1]).toBe(0);
    writeFileSync(file, readFileSync(file).subarray(0, 50));
    expect(await loadRenderManifest(file, "any")).toBeNull();
    expect(build()[1]).toBe(0);
    await expectFreshBuild();
  });
});

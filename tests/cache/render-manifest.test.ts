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
import { builtHere, type Built } from "../helpers/build-here";

const temp = tempDirs();
const dir = temp.make;
afterAll(temp.remove);

/** `[rendered, kept]`: what the build summary's "rendered" line says. */
const renderedCounts = (outcome: Built): [number, number] => [outcome.site.rendered.rendered, outcome.site.rendered.kept.size];

describe("rebuilds into the same output folder", () => {
  const root = dir("render-root");
  cpSync(join(PROJECT_ROOT, "content"), join(root, "content"), { recursive: true });
  const cacheDir = dir("render-cache");
  const out = join(dir("render-out"), "site");
  const build = async () => renderedCounts(await builtHere({ root, out, cacheDir }));
  /** A build of the same content into a new folder, without caches: what the folder must hold. */
  const expectFreshBuild = async () => {
    const fresh = join(dir("render-fresh"), "site");
    await builtHere({ root, out: fresh });
    await expectSameFolders(fresh, out);
  };
  const articles = join(root, "content", "articles");
  const articleFiles = () => readdirSync(articles).sort();
  let pages = 0;

  it("renders every page the first time and none when nothing changed", async () => {
    const [rendered, kept] = await build();
    expect(kept).toBe(0);
    pages = rendered;
    expect(pages).toBeGreaterThan(50);
    expect(await build()).toEqual([0, pages]);
    await expectFreshBuild();
    // The list is used only with the code, templates and folder it was made with.
    const file = renderManifestPath(out, cacheDir);
    expect((await loadRenderManifest(file, await renderKey(await codeFingerprint(), out)))?.pages.size).toBe(pages);
    expect(await loadRenderManifest(file, await renderKey(await codeFingerprint(), `${out}-elsewhere`))).toBeNull();
  });

  it("renders again only the pages that show an edited article", async () => {
    const file = join(articles, articleFiles()[1] as string);
    writeFileSync(
      file,
      readFileSync(file, "utf8").replace(/\s*$/, "\nOne more paragraph, added to test the rendered pages, long enough to be prose.\n"),
    );
    const [rendered, kept] = await build();
    expect(rendered).toBeGreaterThan(0);
    expect(rendered).toBeLessThan(pages / 2);
    expect(rendered + kept).toBe(pages);
    await expectFreshBuild();
  });

  it("writes again a page whose file was changed or deleted since, and deletes a stray file", async () => {
    writeFileSync(join(out, "index.html"), "<p>changed by hand</p>");
    unlinkSync(join(out, "topics", "index.html"));
    writeFileSync(join(out, "stray.html"), "left behind");
    const [rendered] = await build();
    expect(rendered).toBe(2);
    await expectFreshBuild();
  });

  it("renders the pages of a removed article away and keeps the rest", async () => {
    rmSync(join(articles, articleFiles()[0] as string));
    const [rendered, kept] = await build();
    expect(kept).toBeGreaterThan(0);
    expect(rendered).toBeLessThan(pages);
    await expectFreshBuild();
  });

  it("renders every page again when a site-wide field changes", async () => {
    const env = { PATH_PREFIX: "/archive/" };
    expect(renderedCounts(await builtHere({ root, out, cacheDir, env }))[1]).toBe(0);
    const fresh = join(dir("render-fresh-url"), "site");
    await builtHere({ root, out: fresh, env });
    await expectSameFolders(fresh, out);
    expect((await build())[1]).toBe(0);
  });

  it("renders every page with --no-cache, and without a usable list of the previous build", async () => {
    const file = renderManifestPath(out, cacheDir);
    // Without a cache folder, as `--no-cache`.
    expect(renderedCounts(await builtHere({ root, out }))[1]).toBe(0);
    writeFileSync(file, readFileSync(file).subarray(0, 50));
    expect(await loadRenderManifest(file, "any")).toBeNull();
    expect((await build())[1]).toBe(0);
    await expectFreshBuild();
  });
});

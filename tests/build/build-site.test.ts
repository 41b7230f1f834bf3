import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildSite, exitStatus, type BuildOptions } from "../../src/build/build-site";
import { listFileTree } from "../../src/util/file-tree";
import { STRICT } from "../../src/build/content-policy";
import { quarantine } from "../../src/ingest/quarantine";
import { OUTPUT_MARKER } from "../../src/output/output-guard";
import { PROJECT_ROOT } from "../../src/config/project-root";
import { resolveSettings } from "../../src/config/settings";
import { tempDirs } from "../helpers/folders";

const temp = tempDirs();
afterAll(temp.remove);

const NOW = new Date(1798761600 * 1000);

/** A copy of a fixture site as a project root of its own, and options to build it in-process. */
function project(fixture: "good" | "broken"): BuildOptions {
  const root = join(temp.make(`build-site-${fixture}`), "project");
  cpSync(join(PROJECT_ROOT, "tests/fixtures/site", fixture), root, { recursive: true });
  return { root, outDir: join(root, "_site"), settings: resolveSettings(), now: NOW, cacheDir: null };
}

describe("buildSite (the build use case, in-process)", () => {
  it("builds the site into the output folder with its marker, every article page and the search index", async () => {
    const options = project("good");
    const outcome = await buildSite(options);
    expect(outcome.status).toBe("built");
    expect(exitStatus(outcome)).toBe(0);
    if (outcome.status !== "built") return;
    const files = listFileTree(options.outDir);
    expect(files).toEqual([...outcome.site.files]);
    expect(files).toContain(OUTPUT_MARKER);
    for (const article of outcome.site.data.views.articles) expect(files).toContain(`articles/${article.slug}/index.html`);
    expect(files.some((f) => f.startsWith("pagefind/"))).toBe(true);
  });

  it("builds the other articles when a content file has an error, leaving that file out", async () => {
    const options = project("broken");
    const outcome = await buildSite(options);
    expect(outcome.status).toBe("built");
    expect(exitStatus(outcome)).toBe(0);
    if (outcome.status !== "built") return;
    expect(outcome.site.data.views.articles.map((a) => a.heading)).toEqual(["A perfectly good article"]);
    expect(quarantine(outcome.ingest).quarantined.map((q) => q.file)).toEqual(["content/articles/bad-date.md"]);
  });

  it("writes nothing under the strict policy when a content file has an error, and says which", async () => {
    const options = { ...project("broken"), policy: STRICT };
    const outcome = await buildSite(options);
    expect(outcome.status).toBe("content-errors");
    expect(exitStatus(outcome)).toBe(1);
    if (outcome.status !== "content-errors") return;
    expect(outcome.ingest.diagnostics.filter((d) => d.severity === "error").map((d) => d.file)).toEqual(["content/articles/bad-date.md"]);
    expect(existsSync(options.outDir)).toBe(false);
  });

  it("refuses an output folder holding someone's own files, before reading anything", async () => {
    const options = project("good");
    mkdirSync(options.outDir);
    writeFileSync(join(options.outDir, "notes.txt"), "mine");
    const outcome = await buildSite(options);
    expect(outcome).toEqual({ status: "refused", message: expect.stringMatching(/holds files that no build wrote/) });
    expect(exitStatus(outcome)).toBe(2);
    expect(readFileSync(join(options.outDir, "notes.txt"), "utf8")).toBe("mine");
  });

  it("gives the same files, byte for byte, when it builds over its own previous build", async () => {
    const options = project("good");
    const first = await buildSite(options);
    const copy = join(options.root, "..", "first");
    cpSync(options.outDir, copy, { recursive: true });
    const second = await buildSite(options);
    expect([first.status, second.status]).toEqual(["built", "built"]);
    const files = listFileTree(copy);
    expect(listFileTree(options.outDir)).toEqual(files);
    for (const f of files) expect(readFileSync(join(options.outDir, f)).equals(readFileSync(join(copy, f))), f).toBe(true);
  });
});

import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { PROJECT_ROOT } from "../../../src/config/project-root";
import { siteDataForEleventy } from "../../../src/build/site-data-for-eleventy";
import { tempDir } from "../../helpers/run-build";
import { builtHere, outcomeReport } from "../../helpers/build-here";

// `draft: true` lets an editor preview an article with `npm start` while `npm run build`, and
// so the published site, never contains it.
const FIXTURE = resolve(PROJECT_ROOT, "tests/fixtures/site/good");
const DRAFT = "a-draft-that-is-not-published";
const EPOCH = { SOURCE_DATE_EPOCH: "1798761600" };
const made: string[] = [];
afterAll(() => Promise.all(made.map((d) => rm(d, { recursive: true, force: true }))));

/** Slugs of the article pages Eleventy would render for this environment. */
async function articleSlugs(env: Record<string, string>): Promise<string[]> {
  // The dev server prints every diagnostic (the draft warning among them) to stderr.
  const quiet = vi.spyOn(console, "error").mockImplementation(() => {});
  try {
    return (await siteDataForEleventy({ ...EPOCH, ...env }, FIXTURE)).views.articles.map((a) => a.slug);
  } finally {
    quiet.mockRestore();
  }
}

describe("draft articles", () => {
  it.each([
    // `npm start` runs Eleventy's dev server…
    ["serve"],
    // …or its watcher; both preview drafts.
    ["watch"],
  ])("appear when Eleventy runs in %s mode", async (mode) => {
    expect(await articleSlugs({ ELEVENTY_RUN_MODE: mode })).toContain(DRAFT);
  });

  it("are left out of a one-off Eleventy build", async () => {
    const slugs = await articleSlugs({ ELEVENTY_RUN_MODE: "build" });
    expect(slugs.length).toBeGreaterThan(0);
    expect(slugs).not.toContain(DRAFT);
  });

  it("never reach the output of npm run build, which says so with a warning", async () => {
    const parent = tempDir("drafts");
    made.push(parent);
    const built = await builtHere({ root: FIXTURE, out: join(parent, "out") });
    expect(outcomeReport(built)).toContain("content/articles/draft-note.md:4:1: warning draft-not-published:");
    expect(existsSync(join(parent, "out/articles", DRAFT))).toBe(false);
    expect(existsSync(join(parent, "out/articles/envoys-meet-for-round-1-of-talks/index.html"))).toBe(true);
  });
});

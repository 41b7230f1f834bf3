/**
 * Words longer than a phone's screen: an article whose headline, author, source, topic and
 * original address are single unbroken words, built with the seeds and two articles a page (so
 * the pagers show), must leave every page without horizontal scrolling at 390 px. Long URLs,
 * names and compound words are ordinary in a news archive; inside a flex or grid item (a chip,
 * a breadcrumb, a pager link) one of them widens the whole page.
 */
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/project-root";
import { listFileTree } from "../../src/util/file-tree";
import { builtHere, outcomeReport } from "../helpers/build-here";
import { launchChromium, requireChromium, SKIP_BROWSER_TESTS } from "../helpers/chromium";
import { tempDir } from "../helpers/run-build";
import { serveStatic, type StaticServer } from "../helpers/static-server";

const PHONE = { width: 390, height: 800 } as const;
const LONG = "Donaudampfschifffahrtsgesellschaftskapitaensmuetzenabzeichenhersteller";

const ARTICLE = [
  "---",
  `title: ${LONG} wins the harbour contract`,
  "date: 2024-05-14T06:02:00+04:00",
  `authors: [Jane ${LONG}]`,
  `source: ${LONG} Zeitung`,
  `url: https://news.example.com/2024/05/14/${LONG.toLowerCase()}-wins-the-harbour-contract?ref=${"x".repeat(60)}`,
  `summary: The ${LONG} was chosen to repair the harbour bridge.`,
  `topics: [azerbaijan, ${LONG}]`,
  "---",
  "",
  `The council chose ${LONG} to repair the harbour bridge. The tender is at https://example.com/${"tender/".repeat(12)}.`,
  "",
].join("\n");

describe.skipIf(SKIP_BROWSER_TESTS)("a site with words longer than the screen, in Chromium at 390 px", () => {
  let out: string;
  let server: StaticServer;
  let browser: Browser;
  let pages: string[];

  beforeAll(async () => {
    requireChromium();
    const root = tempDir("long-words");
    mkdirSync(join(root, "content/articles"), { recursive: true });
    cpSync(join(PROJECT_ROOT, "content/topics.yml"), join(root, "content/topics.yml"));
    cpSync(join(PROJECT_ROOT, "content/articles"), join(root, "content/articles"), { recursive: true });
    writeFileSync(join(root, "content/articles/long-words.md"), ARTICLE);
    out = join(root, "out");
    expect(outcomeReport(await builtHere({ root, out, pageSize: 2 }))).not.toMatch(/ error /);
    pages = listFileTree(out)
      .filter((f) => f.endsWith("index.html"))
      .map((f) => `/${f.replace(/index\.html$/, "")}`);
    server = await serveStatic(out);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (out) await rm(join(out, ".."), { recursive: true, force: true });
  });

  it("has no horizontal scrolling on any page", async () => {
    // Every page kind, paginated lists included: a few dozen pages.
    expect(pages.length).toBeGreaterThan(20);
    expect(pages.some((p) => /\/page\/2\/$/.test(p) || /\/2\/$/.test(p))).toBe(true);
    const context = await browser.newContext({ viewport: PHONE });
    try {
      const page = await context.newPage();
      const wide: string[] = [];
      for (const path of pages) {
        await page.goto(server.origin + path);
        const scrollWidth: number = await page.evaluate("document.documentElement.scrollWidth");
        if (scrollWidth > PHONE.width) wide.push(`${path}: ${scrollWidth} px`);
      }
      expect(wide).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

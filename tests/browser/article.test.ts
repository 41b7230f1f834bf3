/**
 * An article page as a reader sees it, in a real browser (Debian's Chromium driven by
 * playwright-core) on a 390 px phone, light and dark: the byline line, the standfirst, styled
 * subheadings, a compact Related list, at most three topic chips in lists, and a printout
 * without the site's chrome. Fails when Chromium is missing; skipped only when the developer
 * sets `SKIP_BROWSER_TESTS=1`.
 */
import { readFile, stat, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeRoot } from "../fixtures/temp-root";
import { builtHere, outcomeReport } from "../helpers/build-here";
import { axeViolations } from "../helpers/axe";
import { launchChromium, requireChromium, SKIP_BROWSER_TESTS } from "../helpers/chromium";
import { tempDirs } from "../helpers/folders";
import { validateSite } from "../helpers/html-validate";
import { serveStatic, type StaticServer } from "../helpers/static-server";

const PHONE = { width: 390, height: 844 } as const;
const TOPICS = ["harbours", "transport", "weather", "economy", "council"];

const TOPICS_YML = TOPICS.map(
  (slug) => `- slug: ${slug}\n  label: ${slug[0]?.toUpperCase()}${slug.slice(1)}\n  description: ${slug}.\n  aliases: []\n`,
).join("");

/** Over a thousand words of body: six sections under subheadings (`##`, an `<h3>` once demoted). */
const LONG_BODY = Array.from(
  { length: 6 },
  (_, s) =>
    `## Part ${s + 1} of the story\n\n${Array.from(
      { length: 5 },
      (_, p) =>
        `Paragraph ${p + 1} of part ${s + 1}: the harbour authority said the ferry service between the two towns would run again from Thursday, after storms kept every boat in port for three weeks and traders counted their losses.`,
    ).join("\n\n")}`,
).join("\n\n");

const MAIN = `---
title: Harbour ferry service resumes after winter storms
date: 2024-05-14T06:02:00+04:00
authors: [Jane Doe, John Roe]
source: The Example Times
summary: Ferries run again between the two harbour towns after three weeks of storms.
topics: [${TOPICS.join(", ")}]
---
${LONG_BODY}
`;

const other = (i: number): string =>
  `---\ntitle: Harbour note number ${i}\ndate: 2024-05-0${i}\nsource: Example Wire\ntopics: [harbours, ${TOPICS[i % TOPICS.length]}]\n---\nThe harbour was quiet on day ${i}, the port authority said.\n`;

const text = async (page: Page, selector: string): Promise<string> =>
  ((await page.locator(selector).first().textContent()) ?? "").replace(/\s+/g, " ").trim();

describe.skipIf(SKIP_BROWSER_TESTS)("an article page in Chromium", () => {
  const temp = tempDirs();
  let cleanup: () => Promise<void> = async () => {};
  let server: StaticServer;
  let browser: Browser;
  let out: string;
  const ARTICLE = "/articles/harbour-ferry-service-resumes-after-winter-storms/";

  beforeAll(async () => {
    requireChromium();
    const files: Record<string, string> = { "main.md": MAIN };
    for (let i = 1; i <= 6; i++) files[`note-${i}.md`] = other(i);
    const made = await makeRoot(files);
    cleanup = made.cleanup;
    await writeFile(join(made.root, "content", "topics.yml"), TOPICS_YML);
    out = join(temp.make("article-browser"), "out");
    expect(outcomeReport(await builtHere({ root: made.root, out }))).not.toMatch(/ error /);
    server = await serveStatic(out);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await cleanup();
    await temp.remove();
  });

  async function open(path: string, colorScheme: "light" | "dark" = "light") {
    const context = await browser.newContext({ viewport: PHONE, colorScheme, reducedMotion: "reduce" });
    const page = await context.newPage();
    const response = await page.goto(server.origin + path, { waitUntil: "load" });
    expect(response?.status(), path).toBe(200);
    return { context, page };
  }

  it.each(["light", "dark"] as const)(
    "reads like news at 390 px in the %s scheme, with no overflow and no axe violation",
    async (scheme) => {
      const { context, page } = await open(ARTICLE, scheme);
      try {
        expect(await text(page, ".byline")).toBe("By Jane Doe and John Roe · The Example Times · 14 May 2024, 06:02 (UTC+04:00)");
        expect(await page.locator(".article-meta dl, .article-meta dt").count()).toBe(0);
        expect(await text(page, ".standfirst")).toBe("Ferries run again between the two harbour towns after three weeks of storms.");

        const size = (selector: string): Promise<number> =>
          page.evaluate(`Number.parseFloat(getComputedStyle(document.querySelector(${JSON.stringify(selector)})).fontSize)`);
        expect(await page.locator(".article-body h3").count()).toBe(6);
        expect(await size(".article-body h3")).toBeGreaterThan((await size(".article-body p")) * 1.15);

        // Related: one line of headline, date and source each, no chips and no summaries.
        const related = page.locator(".related li");
        expect(await related.count()).toBeGreaterThan(0);
        expect(await page.locator(".related .chips, .related .item-summary").count()).toBe(0);
        for (const item of await related.all()) {
          expect(await item.locator("a").count()).toBe(1);
          expect(await item.locator("time").count()).toBe(1);
          expect(await item.textContent()).toContain("Example Wire");
        }

        const overflow: { scrollWidth: number; innerWidth: number } = await page.evaluate(
          "({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth })",
        );
        expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.innerWidth);
        expect(await axeViolations(page)).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it("shows at most three topic chips per article in a list, and counts the rest", async () => {
    const { context, page } = await open("/topics/harbours/");
    try {
      const item = page.locator(".article-list > li").filter({ hasText: "Harbour ferry service resumes" });
      expect(await item.locator(".chips a").count()).toBe(3);
      expect(await text(page, ".article-list .chips-more")).toBe("+2 more");
      // The article page itself shows all its topics.
      await page.goto(server.origin + ARTICLE);
      expect(await page.locator(".article-topics .chips a").count()).toBe(TOPICS.length);
    } finally {
      await context.close();
    }
  });

  it("prints the article without the site's navigation, topics or related list, and names its address", async () => {
    const { context, page } = await open(ARTICLE);
    try {
      await page.emulateMedia({ media: "print" });
      for (const hidden of [".site-header", ".breadcrumbs", ".related", ".pager", ".article-topics"]) {
        expect(await page.locator(hidden).first().isVisible(), hidden).toBe(false);
      }
      expect(await page.locator(".byline").isVisible()).toBe(true);
      expect(await text(page, ".print-only")).toContain(ARTICLE);
      const pdf = await page.pdf({ format: "A4" });
      expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    } finally {
      await context.close();
    }
  });

  it("keeps a thousand-word article page under 40 kB of HTML, and every page valid", async () => {
    const file = join(out, ARTICLE, "index.html");
    const words = MAIN.split(/\s+/).length;
    expect(words).toBeGreaterThan(1000);
    expect((await stat(file)).size).toBeLessThan(40 * 1024);
    expect(await readFile(file, "utf8")).not.toMatch(/<script(?![^>]*application\/ld\+json)/);
    expect(await validateSite(out)).toEqual([]);
  });
});

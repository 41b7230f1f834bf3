/**
 * The listings in a real browser (Debian's Chromium driven by playwright-core), at a phone's
 * 390 px: browsing a topic by year and month, the authors' index, and the navigation.
 *
 * Fails when Chromium is missing; skipped only when the developer sets `SKIP_BROWSER_TESTS=1`.
 */
import { siteInChromium, type SiteInChromium } from "../helpers/site-in-chromium";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { familyNameKey } from "../../src/site/group/family-name";
import { axeViolations } from "../helpers/axe";
import { SKIP_BROWSER_TESTS } from "../helpers/chromium";

const FIXTURE = "tests/fixtures/site/good";
const PHONE = 390;

describe.skipIf(SKIP_BROWSER_TESTS)("listings in Chromium at 390 px", () => {
  let site: SiteInChromium;
  // Two articles a page, so a topic's year of three articles is split into months.
  beforeAll(async () => {
    site = await siteInChromium("listings-browser", { root: FIXTURE, pageSize: 2 });
  });
  afterAll(() => site?.close());

  async function open(path: string, width = PHONE): Promise<{ context: BrowserContext; page: Page }> {
    const context = await site.browser.newContext({ viewport: { width, height: 800 }, reducedMotion: "reduce" });
    const page = await context.newPage();
    const response = await page.goto(site.origin + path, { waitUntil: "load" });
    expect(response?.status(), path).toBe(200);
    return { context, page };
  }

  /** The page fits the phone, and axe finds nothing in either colour scheme. */
  async function checkPage(page: Page): Promise<void> {
    const size: { scrollWidth: number; innerWidth: number } = await page.evaluate(
      "({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth })",
    );
    expect(size.scrollWidth, `horizontal scroll on ${page.url()}`).toBeLessThanOrEqual(size.innerWidth);
    for (const scheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(page), `${scheme}: ${page.url()}`).toEqual([]);
    }
  }

  const articleLinks = (page: Page): Promise<string[]> =>
    page.locator("main .article-list a[href^='/articles/']").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));

  it("browses a topic by year and by month, each page listing only that topic's articles of that time", async () => {
    const { context, page } = await open("/topics/diplomacy/");
    try {
      await checkPage(page);
      const years = page.getByRole("region", { name: "By year" });
      const year = years.getByRole("link", { name: "2024" });
      const count = Number.parseInt((await year.locator("xpath=..").locator(".count").textContent()) ?? "", 10);
      await Promise.all([page.waitForURL("**/topics/diplomacy/2024/"), year.click()]);
      expect(await page.locator("h1").textContent()).toBe("Diplomacy, 2024");
      expect(await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link").allTextContents()).toEqual([
        "Home",
        "Topics",
        "Diplomacy",
      ]);
      // Three articles are more than a page of two: the year lists its months, which add up to the count promised.
      const months = page.getByRole("region", { name: "Months" });
      const monthCounts = await months.locator(".count").allTextContents();
      expect(monthCounts.map((c) => Number.parseInt(c, 10)).reduce((a, b) => a + b, 0)).toBe(count);
      await checkPage(page);

      await Promise.all([page.waitForURL("**/topics/diplomacy/2024/01/"), months.getByRole("link", { name: "January" }).click()]);
      expect(await page.locator("h1").textContent()).toBe("Diplomacy, January 2024");
      const inMonth = await articleLinks(page);
      expect(inMonth).toEqual(["/articles/envoys-meet-for-round-1-of-talks/"]);
      await checkPage(page);
    } finally {
      await context.close();
    }
  });

  it("lists authors by family name under Home › Authors, with Authors marked in the navigation", async () => {
    const { context, page } = await open("/authors/");
    try {
      expect(await page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link").allTextContents()).toEqual(["Home"]);
      const nav = page.getByRole("navigation", { name: "Site" });
      expect(await nav.getByRole("link", { name: "Authors", exact: true }).getAttribute("aria-current")).toBe("page");
      const names = (await page.locator("main ul a[href^='/authors/']").allTextContents()).map((n) => n.trim());
      expect(names.length).toBeGreaterThan(1);
      expect(names.map(familyNameKey)).toEqual(names.map(familyNameKey).sort());
      await checkPage(page);
    } finally {
      await context.close();
    }
  });

  it.each([
    ["/", PHONE],
    ["/topics/diplomacy/", PHONE],
    ["/authors/", PHONE],
    ["/archive/undated/", PHONE],
    ["/", 320],
    ["/", 430],
    ["/", 500],
  ])("on %s at %i px the navigation holds every section and leaves no link alone on a line", async (path, width) => {
    const { context, page } = await open(path, width);
    try {
      const items = page.getByRole("navigation", { name: "Site" }).getByRole("listitem");
      expect(await items.allTextContents()).toEqual(["Home", "Topics", "Archive", "Sources", "Authors", "Search"]);
      const tops = await items.evaluateAll((lis) => lis.map((li) => Math.round(li.getBoundingClientRect().top)));
      const perLine = new Map<number, number>();
      for (const top of tops) perLine.set(top, (perLine.get(top) ?? 0) + 1);
      expect(
        [...perLine.values()].every((n) => n > 1),
        `links per line: ${[...perLine.values()].join(", ")}`,
      ).toBe(true);
      expect(await page.locator("body").textContent()).not.toMatch(/front matter|date:/);
    } finally {
      await context.close();
    }
  });
});

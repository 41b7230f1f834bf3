/**
 * "Cite this article" as a reader uses it in Chromium: they open the style they need, select the
 * citation and copy it; a reference manager reads the `citation_*` meta tags. The block must
 * fit a phone with every style open and pass axe in both colour schemes.
 *
 * Fails when Chromium is missing; skipped only when the developer sets `SKIP_BROWSER_TESTS=1`.
 */
import { axeViolations } from "../helpers/axe";
import { siteInChromium, type SiteInChromium } from "../helpers/site-in-chromium";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SKIP_BROWSER_TESTS } from "../helpers/chromium";

/** `diplomacy-1.md` of the fixture: two authors, a source and a day. */
const ARTICLE = "/articles/envoys-meet-for-round-1-of-talks/";
const PAGE_URL = `https://example.org${ARTICLE}`;

const EXPECTED = {
  apa: `Example, A., & Example, B. (2024, January 11). Envoys meet for round 1 of talks. Example Wire. ${PAGE_URL}`,
  mla: "Example, Ana, and Ben Example. “Envoys meet for round 1 of talks.” Example Wire, 11 Jan. 2024. News Archive, example.org/articles/envoys-meet-for-round-1-of-talks/.",
  chicago: `Example, Ana, and Ben Example. “Envoys meet for round 1 of talks.” Example Wire, January 11, 2024. ${PAGE_URL}.`,
} as const;

describe.skipIf(SKIP_BROWSER_TESTS)("citing an article in Chromium", () => {
  let site: SiteInChromium;
  beforeAll(async () => {
    site = await siteInChromium("cite-browser", { root: "tests/fixtures/site/good" });
  });
  afterAll(() => site?.close());

  async function open(width: number, colorScheme: "light" | "dark" = "light"): Promise<Page> {
    const context = await site.browser.newContext({ viewport: { width, height: 800 }, colorScheme, reducedMotion: "reduce" });
    const page = await context.newPage();
    expect((await page.goto(site.origin + ARTICLE))?.status()).toBe(200);
    return page;
  }

  it.each(Object.entries(EXPECTED))("a reader opens the %s style and selects its citation with one click", async (id, expected) => {
    const page = await open(1280);
    try {
      const section = page.getByRole("region", { name: "Cite this article" });
      const citation = section.locator(`#cite-${id}`);
      if (!(await citation.isVisible())) await section.locator(`details:has(#cite-${id}) > summary`).click();
      await expect.poll(() => citation.isVisible()).toBe(true);
      expect(await citation.innerText()).toBe(expected);
      // The publication's name is in italics, as each style asks.
      expect(await citation.locator("i").first().innerText()).toBe("Example Wire");
      await citation.click();
      expect(await page.evaluate("String(window.getSelection())")).toBe(expected);
    } finally {
      await page.context().close();
    }
  });

  it("shows the BibTeX entry as written, line by line", async () => {
    const page = await open(1280);
    try {
      await page.getByText("BibTeX", { exact: true }).click();
      const text = await page.locator("#cite-bibtex").innerText();
      expect(text.split("\n")[0]).toBe("@article{example2024envoys,");
      expect(text).toContain("  author = {Example, Ana and Example, Ben},");
      expect(text).toContain("  month = jan,");
    } finally {
      await page.context().close();
    }
  });

  it("declares the article to reference managers in citation_* meta tags", async () => {
    const page = await open(1280);
    try {
      const tags: [string, string][] = await page.evaluate(
        `[...document.querySelectorAll('meta[name^="citation_"]')].map((m) => [m.name, m.content])`,
      );
      expect(tags).toEqual([
        ["citation_title", "Envoys meet for round 1 of talks"],
        ["citation_author", "Example, Ana"],
        ["citation_author", "Example, Ben"],
        ["citation_publication_date", "2024/01/11"],
        ["citation_publisher", "Example Wire"],
        ["citation_public_url", PAGE_URL],
      ]);
    } finally {
      await page.context().close();
    }
  });

  it.each(["light", "dark"] as const)("every style open fits 390 px and axe finds no violation in the %s scheme", async (scheme) => {
    const page = await open(390, scheme);
    try {
      await page.evaluate(`document.querySelectorAll(".cite details").forEach((d) => { d.open = true; })`);
      expect(await page.locator(".cite .citation:visible").count()).toBe(4);
      const size: { scrollWidth: number; innerWidth: number } = await page.evaluate(
        "({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth })",
      );
      expect(size.scrollWidth).toBeLessThanOrEqual(size.innerWidth);
      expect(await axeViolations(page, ".cite")).toEqual([]);
    } finally {
      await page.context().close();
    }
  });
});

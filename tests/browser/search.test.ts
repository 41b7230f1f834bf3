/**
 * Search as a reader uses it, in Chromium: results that say when, where and by whom each article
 * was published; a search kept in the address (shared, bookmarked, found again with the back
 * button); filters for the unknown source; order by date; the search box of topic, source and
 * author pages. Fails when Chromium is missing; skipped only with `SKIP_BROWSER_TESTS=1`.
 */
import { siteInChromium, type SiteInChromium } from "../helpers/site-in-chromium";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SKIP_BROWSER_TESTS } from "../helpers/chromium";

const POLL = { timeout: 15_000 } as const;
const KHOJALY = "/articles/azerbaijan-uncovers-mass-graves-of-civilians-in-karabakh-region/";

/** The results shown once Pagefind has loaded them: link, and the lines under the headline. */
function results(page: Page): Promise<{ href: string | null; tags: string[] }[]> {
  return page
    .locator(".pagefind-ui__result")
    .evaluateAll((items) =>
      items.map((item) => ({
        href: item.querySelector(".pagefind-ui__result-link")?.getAttribute("href") ?? null,
        tags: [...item.querySelectorAll(".pagefind-ui__result-tag")].map((t) => (t.textContent ?? "").trim()),
      })),
    )
    .then((list) => list.filter((r) => r.href !== null));
}

/** The count Pagefind's UI reports once a search has run ("12 results for …"). */
async function resultCount(page: Page, query: string): Promise<number> {
  // "Searching for …" comes first; the count follows.
  const message = page.locator(".pagefind-ui__message").filter({ hasText: new RegExp(`^\\d+ results? for ${query}`) });
  await message.waitFor();
  return Number((await message.textContent())?.match(/\d+/)?.[0]);
}

describe.skipIf(SKIP_BROWSER_TESTS)("search in Chromium", () => {
  let site: SiteInChromium;
  const contexts: BrowserContext[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    site = await siteInChromium("search-browser");
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await site?.close();
  });

  async function open(path: string, width = 1280): Promise<Page> {
    const context = await site.browser.newContext({ viewport: { width, height: 800 }, reducedMotion: "reduce" });
    contexts.push(context);
    const page = await context.newPage();
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(site.origin + path, { waitUntil: "load" });
    return page;
  }

  it("shows each result's date, source and byline under its headline", async () => {
    const page = await open("/search/");
    await page.locator(".pagefind-ui__search-input").fill("Khojaly");
    await expect.poll(() => results(page).then((r) => r.find((x) => x.href === KHOJALY)?.tags.length ?? 0), POLL).toBeGreaterThan(0);
    const tags = (await results(page)).find((r) => r.href === KHOJALY)?.tags ?? [];
    expect(tags.find((t) => t.startsWith("Published:"))).toMatch(/^Published: (?:\d{1,2} [A-Z][a-z]+ \d{4}|unknown)$/);
    expect(tags.find((t) => t.startsWith("Source:"))).toMatch(/^Source: \S/);
    expect(tags.find((t) => t.startsWith("Author:"))).toMatch(/^Author: \S/);
    expect(errors).toEqual([]);
  });

  it("keeps the query and filters in the address, opens a shared search as it was, and finds it again with the back button", async () => {
    const page = await open("/search/");
    await page.locator(".pagefind-ui__search-input").fill("Azerbaijan");
    const all = await resultCount(page, "Azerbaijan");
    await expect.poll(() => new URL(page.url()).searchParams.get("q"), POLL).toBe("Azerbaijan");

    const topicFilter = page.locator(".pagefind-ui__filter-block").filter({ hasText: "Topic" });
    await topicFilter.locator("summary").click();
    await topicFilter.getByLabel(/Mass graves/).check();
    await expect.poll(() => new URL(page.url()).searchParams.getAll("topic"), POLL).toEqual(["Mass graves"]);
    await expect.poll(() => resultCount(page, "Azerbaijan"), POLL).toBeLessThan(all);
    const filtered = await resultCount(page, "Azerbaijan");

    // Shared: the same address in a fresh tab shows the same search.
    const shared = await open(new URL(page.url()).pathname + new URL(page.url()).search);
    await expect.poll(() => shared.locator(".pagefind-ui__search-input").inputValue(), POLL).toBe("Azerbaijan");
    await expect.poll(() => resultCount(shared, "Azerbaijan"), POLL).toBe(filtered);

    // Back from a result: the search is there again.
    await expect.poll(() => results(page).then((r) => r.length), POLL).toBeGreaterThan(0);
    const first = (await results(page))[0]?.href ?? "";
    await page.goto(site.origin + first);
    await page.goBack();
    await expect.poll(() => page.locator(".pagefind-ui__search-input").inputValue(), POLL).toBe("Azerbaijan");
    await expect.poll(() => resultCount(page, "Azerbaijan"), POLL).toBe(filtered);
    expect(errors).toEqual([]);
  });

  it("filters to articles whose source is unknown", async () => {
    const page = await open(`/search/?q=${encodeURIComponent("Azerbaijan")}&source=${encodeURIComponent("Source unknown")}`);
    await expect.poll(() => results(page).then((r) => r.length), POLL).toBeGreaterThan(0);
    await expect.poll(() => results(page).then((r) => r.every((x) => x.tags.includes("Source: unknown"))), POLL).toBe(true);
    const checked = page.locator('input.pagefind-ui__filter-checkbox[name="source"]:checked');
    expect(await checked.evaluateAll((boxes) => boxes.map((b) => (b as unknown as { value: string }).value))).toEqual(["Source unknown"]);
  });

  it("orders results newest first when asked, and keeps that order in the address", async () => {
    const page = await open("/search/?q=Azerbaijan");
    const count = await resultCount(page, "Azerbaijan");
    await page.getByLabel("Order", { exact: true }).selectOption("date");
    await expect.poll(() => new URL(page.url()).searchParams.get("sort"), POLL).toBe("date");
    await expect.poll(() => results(page).then((r) => r.filter((x) => x.tags.length > 0).length), POLL).toBe(Math.min(count, 5));
    const published = (await results(page)).map((r) => r.tags.find((t) => t.startsWith("Published:"))?.slice(11) ?? "");
    // Undated articles come after every dated one.
    const dated = published.filter((p) => p !== "unknown");
    expect(published.slice(0, dated.length)).toEqual(dated);
    const days = dated.map((p) => Date.parse(`${p} UTC`));
    expect(days.every((d) => !Number.isNaN(d))).toBe(true);
    expect(days).toEqual([...days].sort((a, b) => b - a));
    expect(new Set(days).size).toBeGreaterThan(1);
  });

  it.each([
    ["a topic", "/topics/mass-graves/", "topic", "Mass graves"],
    ["an author", "/authors/mark-dovich/", "author", "Mark Dovich"],
  ])("searches within %s from the box on its page, at 390 px without overflow", async (_, path, filter, value) => {
    const page = await open(path, 390);
    expect(await page.evaluate<number>("document.documentElement.scrollWidth")).toBeLessThanOrEqual(390);
    await page.getByRole("searchbox").fill("Azerbaijan");
    await page.getByRole("button", { name: "Search" }).click();
    await page.waitForURL(/\/search\//);
    expect(new URL(page.url()).searchParams.getAll(filter)).toEqual([value]);
    await expect.poll(() => results(page).then((r) => r.length), POLL).toBeGreaterThan(0);
    const checked = page.locator(`input.pagefind-ui__filter-checkbox[name="${filter}"]:checked`);
    await expect
      .poll(() => checked.evaluateAll((boxes) => boxes.map((b) => (b as unknown as { value: string }).value)), POLL)
      .toEqual([value]);
    await expect.poll(() => page.evaluate<number>("document.documentElement.scrollWidth"), POLL).toBeLessThanOrEqual(390);
    expect(errors).toEqual([]);
  });
});

/**
 * Smoke test of the built site in a real browser (Debian's Chromium driven by playwright-core):
 * every page kind loads without errors, is keyboard-usable, fits narrow and wide screens, passes axe at both widths
 * in both colour schemes, the
 * main links work and both colour schemes apply. Screenshots go to `test-results/screenshots/`.
 *
 * Fails when Chromium is missing; skipped only when the developer sets `SKIP_BROWSER_TESTS=1`
 * (never in CI).
 */
import { mkdirSync, readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listFileTree } from "../../src/util/file-tree";
import { PROJECT_ROOT } from "../../src/config/project-root";
import { axeViolations } from "../helpers/axe";
import { launchChromium, requireChromium, SKIP_BROWSER_TESTS } from "../helpers/chromium";
import { tempDir } from "../helpers/run-build";
import { builtHere, outcomeReport } from "../helpers/build-here";
import { serveStatic, type StaticServer } from "../helpers/static-server";

const SHOTS = join(PROJECT_ROOT, "test-results/screenshots");
/** A common phone's width and a laptop's: every page kind must fit both. */
const WIDTHS = [390, 1280] as const;
const HEIGHT = 800;
const SEARCH_ARTICLE = "/articles/azerbaijan-uncovers-mass-graves-of-civilians-in-karabakh-region/";

/** Type a query into Pagefind's UI and wait until it shows a result count and the first result. */
async function search(page: Page, query: string): Promise<void> {
  await page.locator(".pagefind-ui__search-input").fill(query);
  // The message names the query, so a count left over from an earlier query is not mistaken for it.
  await page
    .locator(".pagefind-ui__message")
    .filter({ hasText: `for ${query}` })
    .waitFor();
  // Results load after the count; every query used here has at least one.
  await page.locator(".pagefind-ui__result-link").first().waitFor();
}

/**
 * The links of the results shown so far. Pagefind's UI shows each result as a placeholder until
 * its data has loaded, so a list read at once may be short: callers poll it.
 */
function resultHrefs(page: Page): Promise<(string | null)[]> {
  return page.locator(".pagefind-ui__result-link").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
}

const POLL = { timeout: 15_000 } as const;

/** Console errors, uncaught exceptions and failed requests seen by a page. */
interface Problems {
  readonly errors: string[];
  readonly failed: string[];
}

/** Chromium asks every site for a favicon; the archive ships none, so that request may 404. */
const isFavicon = (url: string): boolean => new URL(url).pathname === "/favicon.ico";

/** Record what goes wrong on `page`, except a missing favicon and the `expected` status of `allowUrl`. */
function watch(page: Page, allow?: { url: string; status: number }): Problems {
  const problems: Problems = { errors: [], failed: [] };
  const allowed = (url: string, status?: number): boolean =>
    isFavicon(url) || (allow !== undefined && url === allow.url && (status === undefined || status === allow.status));
  page.on("pageerror", (error) => problems.errors.push(`pageerror: ${String(error)}`));
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    const url = message.location().url;
    if (url !== "" && allowed(url) && /status of \d+/.test(message.text())) return;
    problems.errors.push(`console: ${message.text()} (${url})`);
  });
  page.on("dialog", (dialog) => {
    problems.errors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on("response", (response) => {
    if (response.status() >= 400 && !allowed(response.url(), response.status())) {
      problems.failed.push(`${response.status()} ${response.url()}`);
    }
  });
  page.on("requestfailed", (request) => {
    const why = request.failure()?.errorText ?? "failed";
    // A request still in flight when the test navigates on is aborted by the browser: not a fault.
    if (isFavicon(request.url()) || why === "net::ERR_ABORTED") return;
    problems.failed.push(`${why} ${request.url()}`);
  });
  return problems;
}

/** The relative luminance (0 dark … 1 light) of a computed CSS `rgb()`/`rgba()` colour. */
function luminance(css: string): number {
  const [r = 0, g = 0, b = 0] = (css.match(/[\d.]+/g) ?? []).map(Number).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** One Chromium for every test of the file, launched when first asked for. */
let chromium: Promise<Browser> | undefined;
const sharedChromium = (): Promise<Browser> => (chromium ??= launchChromium());
afterAll(async () => {
  await (await chromium)?.close();
});

describe.skipIf(SKIP_BROWSER_TESTS)("the built site in Chromium", () => {
  let out: string;
  let server: StaticServer;
  let browser: Browser;
  /** Page kind → URL path, found in the build so the test follows the content. */
  const paths = new Map<string, string>();

  beforeAll(async () => {
    requireChromium();
    out = join(tempDir("site-browser"), "out");
    expect(outcomeReport(await builtHere({ out }))).not.toMatch(/ error /);
    browser = await sharedChromium();
    server = await serveStatic(out);
    mkdirSync(SHOTS, { recursive: true });

    const files = listFileTree(out);
    const first = (pattern: RegExp): string => {
      const file = files.find((f) => pattern.test(f));
      if (file === undefined) throw new Error(`the build has no page matching ${pattern}`);
      return `/${file.replace(/index\.html$/, "")}`;
    };
    paths.set("home", "/");
    paths.set("article", first(/^articles\/[^/]+\/index\.html$/));
    paths.set("topics", "/topics/");
    paths.set("topic", first(/^topics\/[^/]+\/index\.html$/));
    paths.set("topic-year", first(/^topics\/[^/]+\/\d{4}\/index\.html$/));
    paths.set("archive", "/archive/");
    paths.set("year", first(/^archive\/\d{4}\/index\.html$/));
    paths.set("month", first(/^archive\/\d{4}\/\d{2}\/index\.html$/));
    paths.set("undated", "/archive/undated/");
    paths.set("404", "/no/such/page/");
    paths.set("search", "/search/");
    paths.set("sources", "/sources/");
    paths.set("source", first(/^sources\/[^/]+\/index\.html$/));
    paths.set("authors", "/authors/");
    paths.set("author", first(/^authors\/[^/]+\/index\.html$/));
  });

  afterAll(async () => {
    await server?.close();
    if (out) await rm(join(out, ".."), { recursive: true, force: true });
  });

  /** A page in a fresh context, with its problems recorded. */
  async function open(
    path: string,
    options: { colorScheme?: "light" | "dark"; width?: number; status?: number } = {},
  ): Promise<{ context: BrowserContext; page: Page; problems: Problems }> {
    const context = await browser.newContext({
      viewport: { width: options.width ?? WIDTHS[1], height: HEIGHT },
      colorScheme: options.colorScheme ?? "light",
      reducedMotion: "reduce",
    });
    const page = await context.newPage();
    const url = server.origin + path;
    const status = options.status ?? 200;
    const problems = watch(page, status === 200 ? undefined : { url, status });
    const response = await page.goto(url, { waitUntil: "load" });
    expect(response?.status(), path).toBe(status);
    return { context, page, problems };
  }

  const overflow = (page: Page): Promise<{ scrollWidth: number; innerWidth: number }> =>
    page.evaluate("({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth })");

  const KINDS = [
    "home",
    "article",
    "topics",
    "topic",
    "topic-year",
    "archive",
    "year",
    "month",
    "undated",
    "404",
    "search",
    "sources",
    "source",
    "authors",
    "author",
  ] as const;

  it.concurrent.for(KINDS)("the %s page loads cleanly, is keyboard-usable and fits 390 and 1280 px", async (kind, { expect }) => {
    const path = paths.get(kind) ?? "";
    const { context, page, problems } = await open(path, kind === "404" ? { status: 404 } : {});
    try {
      // The stylesheet applied (its custom property is set), so the layout checks below mean something.
      expect(await page.evaluate("getComputedStyle(document.documentElement).getPropertyValue('--measure')")).toBe("38rem");
      expect(await page.locator("h1").count(), "h1 elements").toBe(1);
      expect(await page.locator("h1").isVisible()).toBe(true);
      const nav = page.getByRole("navigation", { name: "Site" });
      for (const [name, href] of [
        ["Home", "/"],
        ["Topics", "/topics/"],
        ["Archive", "/archive/"],
        ["Sources", "/sources/"],
        ["Authors", "/authors/"],
        ["Search", "/search/"],
      ] as const) {
        expect(await nav.getByRole("link", { name, exact: true }).getAttribute("href"), name).toBe(href);
      }

      // The first Tab lands on the skip link, which then shows inside the viewport; Enter moves focus to main.
      await page.keyboard.press("Tab");
      const skip = page.locator("a.skip-link");
      expect(await page.evaluate("document.activeElement?.className")).toBe("skip-link");
      expect(await skip.textContent()).toBe("Skip to main content");
      expect(await skip.isVisible()).toBe(true);
      const box = await skip.boundingBox();
      expect(box, "skip link box").not.toBeNull();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.x + box!.width).toBeLessThanOrEqual(WIDTHS[1]);
      await page.keyboard.press("Enter");
      await expect.poll(() => page.evaluate("document.activeElement?.id")).toBe("main");
      expect(new URL(page.url()).hash).toBe("#main");
      await page.evaluate("window.scrollTo(0, 0)");

      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: HEIGHT });
        const size = await overflow(page);
        expect(size.innerWidth).toBe(width);
        expect(size.scrollWidth, `horizontal scroll at ${width} px`).toBeLessThanOrEqual(size.innerWidth);
        await page.screenshot({ path: join(SHOTS, `${kind}-${width}.png`), fullPage: true });
      }
      expect(problems.errors).toEqual([]);
      expect(problems.failed).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("clicks from home to an article, to a topic and back, and opens the original text", async () => {
    const { context, page, problems } = await open("/");
    try {
      const articleLink = page.locator("main a[href^='/articles/']").first();
      const headline = (await articleLink.textContent())?.trim() ?? "";
      const articlePath = (await articleLink.getAttribute("href")) ?? "";
      await Promise.all([page.waitForURL(`**${articlePath}`), articleLink.click()]);
      expect((await page.locator("h1").textContent())?.trim()).toBe(headline);

      const chip = page.locator(".article-topics .chips a").first();
      const topic = (await chip.textContent())?.trim() ?? "";
      const topicPath = (await chip.getAttribute("href")) ?? "";
      expect(topicPath).toMatch(/^\/topics\/[^/]+\/$/);
      await Promise.all([page.waitForURL(`**${topicPath}`), chip.click()]);
      expect(await page.locator("h1").textContent()).toContain(topic);

      // The topic page lists the article; following that link returns to it.
      const back = page.locator(`main a[href='${articlePath}']`).first();
      await Promise.all([page.waitForURL(`**${articlePath}`), back.click()]);
      expect((await page.locator("h1").textContent())?.trim()).toBe(headline);

      const original = page.getByRole("link", { name: "Original text" });
      const originalPath = (await original.getAttribute("href")) ?? "";
      expect(originalPath).toBe(`${articlePath}original.txt`);
      const [response] = await Promise.all([page.waitForResponse(`**${originalPath}`), original.click()]);
      expect(response.headers()["content-type"]).toBe("text/plain; charset=utf-8");
      await page.waitForURL(`**${originalPath}`);
      const expected = readFileSync(join(out, originalPath), "utf8");
      const shown: string = await page.evaluate("document.body.innerText");
      expect(shown.trimEnd()).toBe(expected.trimEnd());

      expect(problems.errors).toEqual([]);
      expect(problems.failed).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it.each([
    ["dark", (l: number) => expect(l).toBeLessThan(0.05)],
    ["light", (l: number) => expect(l).toBeGreaterThan(0.8)],
  ] as const)("renders the %s colour scheme", async (scheme, check) => {
    const { context, page, problems } = await open(paths.get("article") ?? "/", { colorScheme: scheme });
    try {
      const background: string = await page.evaluate("getComputedStyle(document.body).backgroundColor");
      const text: string = await page.evaluate("getComputedStyle(document.body).color");
      check(luminance(background));
      // Text contrasts with the background whichever way round they are.
      const [light, dark] = [luminance(background), luminance(text)].sort((a, b) => b - a) as [number, number];
      expect((light + 0.05) / (dark + 0.05)).toBeGreaterThan(7);
      await page.screenshot({ path: join(SHOTS, `article-${scheme}.png`), fullPage: true });
      expect(problems.errors).toEqual([]);
      expect(problems.failed).toEqual([]);
    } finally {
      await context.close();
    }
  });

  const SCHEMES = ["light", "dark"] as const;
  it.concurrent.for(KINDS.flatMap((kind) => SCHEMES.map((scheme) => [kind, scheme] as const)))(
    "axe finds no WCAG 2.2 A/AA violation on the %s page in the %s scheme, at 390 and 1280 px",
    async ([kind, scheme], { expect }) => {
      const { context, page, problems } = await open(paths.get(kind) ?? "/", { colorScheme: scheme, status: kind === "404" ? 404 : 200 });
      try {
        // The search page is audited with results and filters showing, as a reader sees it.
        if (kind === "search") await search(page, "Azerbaijan");
        const found: string[] = [];
        // The phone layout differs (navigation, lists), so each width is audited on its own.
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: HEIGHT });
          for (const violation of await axeViolations(page)) found.push(`${width} px: ${violation}`);
        }
        expect(found).toEqual([]);
        expect(problems.errors).toEqual([]);
        expect(problems.failed).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it.concurrent.for(["home", "article", "topic", "search"] as const)(
    "every link and control of the %s page is reachable by Tab, with a visible focus ring",
    async (kind, { expect }) => {
      const { context, page } = await open(paths.get(kind) ?? "/");
      try {
        if (kind === "search") await search(page, "Azerbaijan");
        const controls: string[] =
          await page.evaluate(`[...document.querySelectorAll("a[href], button, input, select, textarea, [tabindex]:not([tabindex='-1'])")]
          .filter((el) => !el.disabled && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== "hidden")
          // Controls inside a closed disclosure are reached by opening it (its summary is checked).
          .filter((el) => el.tagName === "SUMMARY" || !el.closest("details:not([open])"))
          .map((el) => el.outerHTML.slice(0, 120))`);
        const reached = new Set<string>();
        const unringed: string[] = [];
        for (let i = 0; i < controls.length + 5; i += 1) {
          await page.keyboard.press("Tab");
          const focused: { html: string; ring: boolean } | null = await page.evaluate(`(() => {
            const el = document.activeElement;
            if (!el || el === document.body) return null;
            const style = getComputedStyle(el);
            const ring = (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== "none";
            return { html: el.outerHTML.slice(0, 120), ring };
          })()`);
          if (focused === null) continue;
          reached.add(focused.html);
          if (!focused.ring) unringed.push(focused.html);
        }
        expect(controls.filter((c) => !reached.has(c))).toEqual([]);
        expect(unringed).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );

  it("search lists the Khojaly article, and a topic filter narrows the results", async () => {
    const { context, page, problems } = await open("/search/");
    try {
      await search(page, "Khojaly");
      await expect.poll(() => resultHrefs(page), POLL).toContain(SEARCH_ARTICLE);

      await search(page, "Azerbaijan");
      const total = page.locator(".pagefind-ui__message");
      const before = Number((await total.textContent())?.match(/\d+/)?.[0]);
      expect(before).toBeGreaterThan(1);
      const topicFilter = page.locator(".pagefind-ui__filter-block").filter({ hasText: "Topic" });
      await topicFilter.locator("summary").click();
      await topicFilter.getByLabel(/Mass graves/).check();
      await expect.poll(async () => Number((await total.textContent())?.match(/\d+/)?.[0])).toBeLessThan(before);
      await page.locator(".pagefind-ui__result-link").first().waitFor();
      await page.screenshot({ path: join(SHOTS, "search-filtered.png"), fullPage: true });
      expect(problems.errors).toEqual([]);
      expect(problems.failed).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("says plainly that search needs JavaScript when it is off", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: WIDTHS[0], height: HEIGHT } });
    try {
      const page = await context.newPage();
      await page.goto(`${server.origin}/search/`);
      expect(await page.locator("main").innerText()).toContain("Search needs JavaScript");
    } finally {
      await context.close();
    }
  });

  it("serves feeds and a sitemap that parse as XML, and JSON that parses", async () => {
    const { context, page } = await open("/");
    try {
      const files = [
        "/feed.xml",
        "/sitemap.xml",
        ...listFileTree(out)
          .filter((f) => f.endsWith("feed.xml"))
          .map((f) => `/${f}`),
      ];
      for (const file of files) {
        const result: { root: string; error: string | null } = await page.evaluate(`fetch(${JSON.stringify(file)})
          .then((r) => r.text())
          .then((text) => {
            const doc = new DOMParser().parseFromString(text, "application/xml");
            const error = doc.querySelector("parsererror");
            return { root: doc.documentElement.localName, error: error ? error.textContent : null };
          })`);
        expect(result.error, file).toBeNull();
        expect(result.root, file).toBe(file === "/sitemap.xml" ? "urlset" : "feed");
      }
      const count: number = await page.evaluate(
        `fetch("/api/articles.json").then((r) => r.json()).then((j) => Promise.all(j.parts.map((p) => fetch(new URL(p.url).pathname).then((r) => r.json())))).then((parts) => parts.reduce((n, p) => n + p.articles.length, 0))`,
      );
      expect(count).toBeGreaterThanOrEqual(5);
    } finally {
      await context.close();
    }
  });
});

describe.skipIf(SKIP_BROWSER_TESTS)("the site built under a path prefix, in Chromium", () => {
  const PREFIX = "/archive/";
  let out: string;
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    requireChromium();
    out = join(tempDir("site-browser-prefix"), "out");
    // Three search shards (2 + 2 + 1 seeds): the search page must merge them.
    await builtHere({ out, searchShardSize: 2, env: { PATH_PREFIX: PREFIX } });
    browser = await sharedChromium();
    server = await serveStatic(out, PREFIX);
  });

  afterAll(async () => {
    await server?.close();
    if (out) await rm(join(out, ".."), { recursive: true, force: true });
  });

  it("browses from the home page to an article and searches, all below the prefix", async () => {
    const context = await browser.newContext({ viewport: { width: WIDTHS[1], height: HEIGHT } });
    const page = await context.newPage();
    const problems = watch(page);
    try {
      expect((await page.goto(`${server.origin}${PREFIX}`))?.status()).toBe(200);
      expect(await page.evaluate("getComputedStyle(document.documentElement).getPropertyValue('--measure')")).toBe("38rem");
      const article = page.locator(`main a[href^='${PREFIX}articles/']`).first();
      const href = (await article.getAttribute("href")) ?? "";
      await Promise.all([page.waitForURL(`**${href}`), article.click()]);
      expect(await page.locator("h1").count()).toBe(1);

      await page.goto(`${server.origin}${PREFIX}search/`);
      await search(page, "Khojaly");
      await expect.poll(() => resultHrefs(page), POLL).toContain(`${PREFIX}${SEARCH_ARTICLE.slice(1)}`);

      // Every seed's headline names Azerbaijan: all of them are found, from all three shards.
      const articles = listFileTree(out)
        .filter((f) => /^articles\/[^/]+\/index\.html$/.test(f))
        .map((f) => `${PREFIX}${f.replace(/index\.html$/, "")}`);
      expect(articles.length).toBe(5);
      await search(page, "Azerbaijan");
      expect(await page.locator(".pagefind-ui__message").textContent()).toMatch(/^5 results/);
      await expect.poll(async () => (await resultHrefs(page)).sort(), POLL).toEqual(articles.sort());
      expect(problems.errors).toEqual([]);
      expect(problems.failed).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

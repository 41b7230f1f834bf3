import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listFileTree } from "../../src/util/file-tree";
import { slugFromHeadline } from "../../src/record/slug";
import { launchChromium, requireChromium, SKIP_BROWSER_TESTS } from "../helpers/chromium";
import { buildHere, outcomeReport } from "../helpers/build-here";
import { serveStatic, type StaticServer } from "../helpers/static-server";
import { HOSTILE } from "./corpus";
import { HOSTILE_BODY, HOSTILE_SITE, HOSTILE_TITLE } from "./hostile-site";
import { makeProject, type Project } from "./project";

/**
 * The hostile site in real Chromium: no injected script runs on any page (no dialog, no page
 * error, no console error, no element from content), and the injected text is visible as text.
 */

/** Counts of what only injected content could have created. */
const INJECTED = `({
  handlers: [...document.querySelectorAll("*")].filter((el) => [...el.attributes].some((a) => /^on/i.test(a.name))).length,
  svg: document.querySelectorAll("svg[onload], img[onerror], iframe").length,
  jsLinks: [...document.querySelectorAll("a[href]")].filter((a) => /^\\s*javascript:/i.test(a.getAttribute("href") ?? "")).length,
  scripts: [...document.scripts].filter((s) => s.type !== "application/ld+json" && !s.src).length,
})`;

describe.skipIf(SKIP_BROWSER_TESTS)("hostile pages in Chromium", () => {
  let project: Project;
  let server: StaticServer;
  let browser: Browser;
  let pages: string[];
  beforeAll(async () => {
    requireChromium();
    project = await makeProject(HOSTILE_SITE);
    const out = join(project.root, "_site");
    const outcome = await buildHere({ root: project.root, out });
    if (outcome.status !== "built") throw new Error(`build failed:\n${outcomeReport(outcome)}`);
    pages = listFileTree(out).filter((f) => f.endsWith(".html"));
    server = await serveStatic(out);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await project?.cleanup();
  });

  it("runs no injected script on any page: no dialog, no page error, no console error, no injected element", async () => {
    const context = await browser.newContext();
    const problems: string[] = [];
    const check = async (file: string): Promise<void> => {
      const page = await context.newPage();
      page.on("dialog", (d) => {
        problems.push(`${file}: dialog ${d.message()}`);
        void d.dismiss();
      });
      page.on("pageerror", (e) => problems.push(`${file}: ${String(e)}`));
      page.on("console", (m) => {
        if (m.type() === "error" && !/favicon|404/.test(m.text())) problems.push(`${file}: console ${m.text()}`);
      });
      await page.goto(`${server.origin}/${file.replace(/index\.html$/, "")}`, { waitUntil: "load" });
      // A string so the test compiles without DOM types; it runs in the page.
      const injected: unknown = await page.evaluate(INJECTED);
      expect(injected, file).toEqual({ handlers: 0, svg: 0, jsLinks: 0, scripts: 0 });
      await page.close();
    };
    // A few pages open at once: each one mostly waits on the browser and the server.
    const queue = [...pages];
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        for (let file = queue.shift(); file !== undefined; file = queue.shift()) await check(file);
      }),
    );
    expect(problems).toEqual([]);
    await context.close();
  });

  it("shows the hostile headline and body as visible text", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/articles/${slugFromHeadline(HOSTILE_TITLE).slug}/`);
    expect(await page.locator("h1").first().innerText()).toBe(HOSTILE_TITLE);
    expect(await page.title()).toContain(HOSTILE.script);
    const raw = slugFromHeadline(HOSTILE_SITE["hostile.txt"].split("\n")[0] ?? "").slug;
    await page.goto(`${server.origin}/articles/${raw}/`);
    expect(await page.locator("main").innerText()).toContain(HOSTILE_BODY);
    await page.close();
  });

  it("shows hostile headlines, text and filter values on the search page as text, running nothing", async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on("dialog", (d) => {
      problems.push(`dialog ${d.message()}`);
      void d.dismiss();
    });
    page.on("pageerror", (e) => problems.push(String(e)));
    await page.goto(`${server.origin}/search/`);
    // Every hostile article's body has this sentence, next to an <img onerror> and an <svg onload>.
    await page.locator(".pagefind-ui__search-input").fill("officials Tuesday");
    // Results first show as loading placeholders (an excerpt block, no link); wait for the links.
    await expect.poll(() => page.locator(".pagefind-ui__result-link").allInnerTexts(), { timeout: 15_000 }).toContain(HOSTILE_TITLE);
    // The filters list every source, hostile names included, as text.
    await page.locator(".pagefind-ui__filter-block").filter({ hasText: "Source" }).locator("summary").click();
    // The filter values are filled in once the filter index has loaded, which a loaded machine delays.
    await expect
      .poll(async () => (await page.locator(".pagefind-ui__filter-label").allInnerTexts()).join("\n"), { timeout: 15_000 })
      .toContain("<img src=x onerror=alert('source')>");
    expect(await page.evaluate(INJECTED)).toEqual({ handlers: 0, svg: 0, jsLinks: 0, scripts: 0 });
    expect(problems).toEqual([]);
    await page.close();
  });
});

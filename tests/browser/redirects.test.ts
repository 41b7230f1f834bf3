/**
 * An old URL in a real browser (Debian's Chromium driven by playwright-core): opening the URL an
 * article had before its headline was corrected lands on the article's current page, with no
 * script, through the redirect page the build wrote there. Fails when Chromium is missing;
 * skipped only when the developer sets `SKIP_BROWSER_TESTS=1`.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeRoot } from "../fixtures/temp-root";
import { launchChromium, requireChromium, SKIP_BROWSER_TESTS } from "../helpers/chromium";
import { builtHere } from "../helpers/build-here";
import { tempDirs } from "../helpers/folders";
import { serveStatic, type StaticServer } from "../helpers/static-server";

const ARTICLE = `---\ntitle: Mayor resigns\ndate: 2024-03-05\n---\n\nThe mayor said on Monday that she would step down at the end of the month.\n`;
const PREFIX = "/archive/";

describe.skipIf(SKIP_BROWSER_TESTS)("an old URL in Chromium", () => {
  const temp = tempDirs();
  let cleanup: () => Promise<void> = async () => {};
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    requireChromium();
    const made = await makeRoot({ "a.md": ARTICLE });
    cleanup = made.cleanup;
    // The registry as committed after the article was first published with a typo in its headline.
    await writeFile(join(made.root, "content", "urls.yml"), "articles/a.md:\n  - /articles/mayor-resings/\n");
    const out = join(temp.make("redirect-browser"), "out");
    await builtHere({ root: made.root, out, env: { PATH_PREFIX: PREFIX } });
    server = await serveStatic(out, PREFIX);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await cleanup();
    await temp.remove();
  });

  it("lands on the article's current page, scripts off", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(`${server.origin}${PREFIX}articles/mayor-resings/`);
      await page.waitForURL(`${server.origin}${PREFIX}articles/mayor-resigns/`, { timeout: 15_000 });
      expect(await page.locator("h1").first().textContent()).toContain("Mayor resigns");
    } finally {
      await context.close();
    }
  });
});

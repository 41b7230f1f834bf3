/**
 * `npm run screenshots`: build the project's own content (the seed articles) with the test clock,
 * serve it on 127.0.0.1 and write a PNG per {@link screenshotPlan} shot into `docs/screenshots/`,
 * so a change in the site's look shows as an image diff in review.
 *
 * The pictures are repeatable on one machine: fixed content and build date, fixed viewport and
 * device scale, the system's fonts with hinting and subpixel positioning off, animations, the
 * caret and smooth scrolling off, the UTC time zone and an English locale. Another machine's
 * fonts draw other pixels, so regenerate them all on one machine, never some of them.
 *
 * Not part of `npm test`: Chromium screenshots are slow and a font update changes them.
 */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { PROJECT_ROOT } from "../../src/config/project-root";
import { builtHere } from "../helpers/build-here";
import { launchChromium } from "../helpers/chromium";
import { tempDir } from "../helpers/run-build";
import { serveStatic } from "../helpers/static-server";
import { SHOT_HEIGHT, type Shot, type ShotKind, screenshotPlan } from "./plan";

const OUT_DIR = join(PROJECT_ROOT, "docs/screenshots");

/**
 * The pages photographed, in the seed content: an article with a byline, source and topics, and
 * the topic every seed is filed under, so the list is as long as the content allows.
 */
const PATHS: Readonly<Record<ShotKind, string>> = {
  home: "/",
  article: "/articles/azerbaijan-hands-over-95-more-bodies-to-armenia-as-russian-military-alliance/",
  topic: "/topics/azerbaijan/",
  search: "/search/",
};

/** The query typed on the search page: a word every seed contains, so the results fill a page. */
const QUERY = "Azerbaijan";

/** Font rendering that does not depend on the display: no hinting, no subpixel glyph positions. */
const RENDERING_ARGS = [
  "--font-render-hinting=none",
  "--disable-font-subpixel-positioning",
  "--disable-lcd-text",
  "--force-color-profile=srgb",
];

/** Type the query into the search page's box and wait until every result has loaded. */
async function showResults(page: Page): Promise<void> {
  await page.locator("main input[type='search'], main input[type='text']").first().fill(QUERY);
  // Results arrive as placeholders first, then load their data; wait until the links are real and the network is quiet.
  await page.locator("main a[href*='/articles/']").first().waitFor();
  await page.waitForLoadState("networkidle");
}

/** Open the shot's page in a fresh context set up for repeatable pixels, and photograph it. */
async function take(browser: Browser, origin: string, shot: Shot): Promise<Buffer> {
  const context = await browser.newContext({
    viewport: { width: shot.width, height: SHOT_HEIGHT },
    deviceScaleFactor: 1,
    colorScheme: shot.scheme,
    reducedMotion: "reduce",
    timezoneId: "UTC",
    locale: "en-GB",
  });
  try {
    const page = await context.newPage();
    const response = await page.goto(origin + PATHS[shot.kind], { waitUntil: "networkidle" });
    if (response?.status() !== 200) throw new Error(`${PATHS[shot.kind]} answered ${response?.status()}: the seed content changed?`);
    if (shot.kind === "search") await showResults(page);
    await page.evaluate("document.fonts.ready");
    return await page.screenshot({ fullPage: true, animations: "disabled", caret: "hide", scale: "css" });
  } finally {
    await context.close();
  }
}

const sha = (bytes: Buffer): string => createHash("sha256").update(bytes).digest("hex");

/** Build, serve, photograph every shot, and say which files changed. */
async function main(): Promise<void> {
  const out = join(tempDir("screenshots"), "out");
  await builtHere({ out });
  const server = await serveStatic(out);
  const browser = await launchChromium(undefined, RENDERING_ARGS);
  try {
    mkdirSync(OUT_DIR, { recursive: true });
    for (const shot of screenshotPlan()) {
      const png = await take(browser, server.origin, shot);
      const file = join(OUT_DIR, shot.file);
      const same = existsSync(file) && sha(readFileSync(file)) === sha(png);
      if (!same) writeFileSync(file, png);
      process.stdout.write(`${same ? "unchanged" : "written  "} docs/screenshots/${shot.file} (${png.byteLength} bytes)\n`);
    }
  } finally {
    await browser.close();
    await server.close();
    await rm(join(out, ".."), { recursive: true, force: true });
  }
}

await main();

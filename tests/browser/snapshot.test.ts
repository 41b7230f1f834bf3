/**
 * The snapshot of a hostile saved page in real Chromium: opened on its own, and inside the
 * article page's sandboxed frame, no script runs and no request leaves the site's origin. Every
 * vector of `tests/snapshot/hostile-page.ts` reports itself when active (a request to
 * `/pwned/…` on the site, or a request to another host), and a control opens the hostile page
 * as it is, to show that these reports do happen when the page is not made safe.
 */
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/project-root";
import { archivalSnapshot } from "../../src/snapshot/archival-snapshot";
import { SNAPSHOT_FRAME, snapshotPage } from "../../src/snapshot/snapshot-page";
import { buildHere } from "../helpers/build-here";
import { launchChromium, requireChromium, SKIP_BROWSER_TESTS } from "../helpers/chromium";
import { tempDir } from "../helpers/run-build";
import { serveStatic, type StaticServer } from "../helpers/static-server";
import { HOSTILE_PAGE, HOSTILE_VECTORS } from "../snapshot/hostile-page";

const TITLE = "Hostile headline";

/** The article page around a snapshot, showing it in a frame with {@link SNAPSHOT_FRAME}'s attributes. */
function articlePage(src: string): string {
  const attributes = Object.entries(SNAPSHOT_FRAME)
    .map(([name, value]) => `${name}="${value}"`)
    .join(" ");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${TITLE}</title></head>
<body><h1>${TITLE}</h1><iframe src="${src}" title="Archival snapshot" ${attributes} width="800" height="600"></iframe></body></html>`;
}

/**
 * What a page did: every request it (and its frames) began, those the browser refused to send,
 * dialogs, and CSP reports on the console.
 */
interface Activity {
  readonly requests: string[];
  readonly refused: string[];
  readonly dialogs: string[];
  readonly cspReports: string[];
}

/** Open `path` on the server, wait until the network has been quiet, and report the activity. */
async function visit(browser: Browser, origin: string, path: string): Promise<Activity & { page: Page }> {
  const context = await browser.newContext();
  const activity: Activity = { requests: [], refused: [], dialogs: [], cspReports: [] };
  context.on("request", (request) => activity.requests.push(request.url()));
  context.on("requestfailed", (request) => {
    // Chromium reports a request it then refuses to send, failed as `csp` (the page's CSP) or
    // `origin` (an SVG `<use>` of another origin, which it never fetches).
    if (/^(?:csp|origin)$/.test(request.failure()?.errorText ?? "")) activity.refused.push(request.url());
  });
  const page = await context.newPage();
  page.on("dialog", (dialog) => {
    activity.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on("console", (message) => {
    if (/Content Security Policy/i.test(message.text())) activity.cspReports.push(message.text());
  });
  await page.goto(`${origin}${path}`, { waitUntil: "networkidle" });
  return { ...activity, page };
}

/** Requests that went to another origin, or that an active vector sent home. */
function escapes(requests: readonly string[], origin: string): string[] {
  return requests.filter((url) => !url.startsWith(`${origin}/`) || url.startsWith(`${origin}/pwned/`));
}

describe.skipIf(SKIP_BROWSER_TESTS)("the snapshot of a hostile page in Chromium", () => {
  let dir: string;
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    requireChromium();
    dir = tempDir("snapshot-browser-");
    const snapshot = archivalSnapshot(HOSTILE_PAGE, { pageUrl: "https://news.example/2024/story.html" });
    const article = join(dir, "articles/hostile");
    mkdirSync(join(article, "snapshot"), { recursive: true });
    mkdirSync(join(dir, "raw/snapshot"), { recursive: true });
    writeFileSync(join(article, "index.html"), articlePage("snapshot/"));
    writeFileSync(
      join(article, "snapshot/index.html"),
      snapshotPage(snapshot, { title: TITLE, articleUrl: "/articles/hostile/", originalUrl: "/articles/hostile/original.bin" }),
    );
    writeFileSync(join(article, "original.bin"), HOSTILE_PAGE);
    writeFileSync(join(dir, "hostile.html"), HOSTILE_PAGE);
    // The page wrapper around markup that was not sanitized at all: what the CSP alone stops.
    // Meta refresh is left out: a CSP does not govern navigation, the sanitizer removes it.
    const unsanitized = HOSTILE_VECTORS.filter(([name]) => name !== "a meta refresh").map(([, html]) => html);
    writeFileSync(
      join(dir, "raw/snapshot/index.html"),
      snapshotPage({ html: unsanitized.join("\n"), removed: [], remoteLinks: [] }, { title: TITLE, articleUrl: "/" }),
    );
    server = await serveStatic(dir);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("runs no script and sends no request off the site when the snapshot page is opened", async () => {
    const { page, requests, dialogs, cspReports } = await visit(browser, server.origin, "/articles/hostile/snapshot/");
    expect(escapes(requests, server.origin)).toEqual([]);
    expect(dialogs).toEqual([]);
    // Nothing was even attempted: the sanitizer removed it all before the CSP had to act.
    expect(cspReports).toEqual([]);
    expect(await page.title()).toBe(`Archival snapshot: ${TITLE}`);
    expect(await page.evaluate("window.__pwned")).toBeUndefined();
    expect(await page.locator("h1").first().innerText()).toBe("Hostile headline");
    expect(await page.locator("#archival-snapshot-banner").innerText()).toContain("Archival snapshot");
    await page.context().close();
  });

  it("runs no script and sends no request off the site when the article page shows the snapshot in its frame", async () => {
    const { page, requests, dialogs } = await visit(browser, server.origin, "/articles/hostile/");
    expect(requests).toContain(`${server.origin}/articles/hostile/snapshot/`);
    expect(await page.frameLocator("iframe").locator("#archival-snapshot-banner").innerText()).toContain("Archival snapshot");
    expect(escapes(requests, server.origin)).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(await page.title()).toBe(TITLE);
    await page.context().close();
  });

  it("stops scripts and remote loads by its CSP alone, were the sanitizer to miss them", async () => {
    const { page, requests, refused, dialogs, cspReports } = await visit(browser, server.origin, "/raw/snapshot/");
    const leaving = escapes(requests, server.origin);
    expect(leaving.length).toBeGreaterThan(10);
    expect(leaving.filter((url) => !refused.includes(url))).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(cspReports).not.toEqual([]);
    expect(await page.evaluate("window.__pwned")).toBeUndefined();
    await page.context().close();
  });

  it("offers the original bytes as a download, which Chromium saves and does not render", async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const requests: string[] = [];
    context.on("request", (request) => requests.push(request.url()));
    const page = await context.newPage();
    const url = `${server.origin}/articles/hostile/original.bin`;
    const downloading = page.waitForEvent("download");
    // The navigation ends in a download, which Playwright reports as a failed navigation.
    await page.goto(url).catch(() => undefined);
    const download = await downloading;
    expect(download.url()).toBe(url);
    expect(escapes(requests, server.origin)).toEqual([]);
    await context.close();
  });

  it("shows, as a control, that the hostile page as it is runs its scripts and reaches other hosts", async () => {
    const { page, requests } = await visit(browser, server.origin, "/hostile.html");
    const escaped = escapes(requests, server.origin);
    expect(escaped.some((url) => url.startsWith(`${server.origin}/pwned/`))).toBe(true);
    expect(escaped.some((url) => url.startsWith("https://evil.example/"))).toBe(true);
    await page.context().close();
  });
});

describe.skipIf(SKIP_BROWSER_TESTS)("the built article page of a hostile saved page in Chromium", () => {
  let dir: string;
  let server: StaticServer;
  let browser: Browser;
  beforeAll(async () => {
    requireChromium();
    dir = tempDir("snapshot-site-");
    const root = join(dir, "project");
    cpSync(join(PROJECT_ROOT, "tests/fixtures/site/good"), root, { recursive: true });
    writeFileSync(join(root, "content/articles/hostile.html"), HOSTILE_PAGE);
    const outcome = await buildHere({ root, out: join(dir, "site") });
    expect(outcome.status).toBe("built");
    server = await serveStatic(join(dir, "site"));
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("shows the snapshot in its sandboxed frame, runs no script and sends no request off the site", async () => {
    const { page, requests, dialogs } = await visit(browser, server.origin, "/articles/hostile-headline/");
    // The frame loads lazily: bring it into view, then let the network settle again.
    await page.locator("iframe.snapshot-frame").scrollIntoViewIfNeeded();
    await page.frameLocator("iframe.snapshot-frame").locator("#archival-snapshot-banner").waitFor();
    await page.waitForLoadState("networkidle");
    expect(requests).toContain(`${server.origin}/articles/hostile-headline/snapshot/`);
    expect(escapes(requests, server.origin)).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(await page.evaluate("window.__pwned")).toBeUndefined();
    await page.context().close();
  });
});

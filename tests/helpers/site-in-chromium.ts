import { rm } from "node:fs/promises";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { builtHere, outcomeReport, type HereOptions } from "./build-here";
import { launchChromium, requireChromium } from "./chromium";
import { tempDir } from "./run-build";
import { serveStatic } from "./static-server";

/** A site built for a browser test, served on localhost, and the Chromium that opens it. */
export interface SiteInChromium {
  readonly browser: Browser;
  /** `http://127.0.0.1:PORT`, to which a page's path is appended. */
  readonly origin: string;
  /** Close the browser and the server and remove the built site. */
  close(): Promise<void>;
}

/**
 * Build a site as `npm run build` would (no content error allowed), serve it and launch Chromium:
 * the set-up the browser tests of one page kind share.
 * @param name prefix of the temporary folder the site is built in
 * @throws Error when Chromium is missing or the build reports an error
 * @example const site = await siteInChromium("cite-browser", { root: "tests/fixtures/site/good" })
 */
export async function siteInChromium(name: string, options: Omit<HereOptions, "out"> = {}): Promise<SiteInChromium> {
  requireChromium();
  const folder = tempDir(name);
  const report = outcomeReport(await builtHere({ ...options, out: join(folder, "out") }));
  if (/ error /.test(report)) throw new Error(`the site for ${name} did not build cleanly:\n${report}`);
  const browser = await launchChromium();
  const server = await serveStatic(join(folder, "out"));
  return {
    browser,
    origin: server.origin,
    close: async () => {
      await browser.close();
      await server.close();
      await rm(folder, { recursive: true, force: true });
    },
  };
}

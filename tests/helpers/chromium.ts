import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

/** The Chromium the browser tests drive: `CHROMIUM_PATH`, or Debian's package. */
export const CHROMIUM = process.env["CHROMIUM_PATH"] ?? "/usr/bin/chromium";

/**
 * Whether the browser tests are to be skipped: only when the developer opts out with
 * `SKIP_BROWSER_TESTS` (any value but empty or `0`), and never in CI (`CI` set).
 * @example browserTestsOptedOut({ SKIP_BROWSER_TESTS: "1" }) //=> true
 */
export function browserTestsOptedOut(env: Readonly<Record<string, string | undefined>>): boolean {
  const value = env["SKIP_BROWSER_TESTS"] ?? "";
  return value !== "" && value !== "0" && !env["CI"];
}

/** For `describe.skipIf`: vitest then reports the browser tests as skipped, not passed. */
export const SKIP_BROWSER_TESTS = browserTestsOptedOut(process.env);

/**
 * Fail unless Chromium is at `executable`, saying how to install it or opt out. Call it first in
 * a browser test's `beforeAll`, so a missing browser fails every test of the file at once.
 * @throws Error naming the path, Debian's package and `SKIP_BROWSER_TESTS`
 */
export function requireChromium(executable = CHROMIUM): void {
  if (existsSync(executable)) return;
  throw new Error(
    `Chromium not found at ${executable}. Install Debian's chromium (apt-get install -y chromium), ` +
      "or set CHROMIUM_PATH to another Chromium, or set SKIP_BROWSER_TESTS=1 to skip the browser tests (ignored in CI).",
  );
}

/**
 * Launch headless Chromium for a test (see {@link requireChromium}), without the network
 * chatter a first run makes.
 * @param extraArgs further command-line switches (the screenshots' font rendering settings)
 * @example const browser = await launchChromium(); … await browser.close();
 */
export async function launchChromium(executable = CHROMIUM, extraArgs: readonly string[] = []): Promise<Browser> {
  requireChromium(executable);
  return chromium.launch({
    executablePath: executable,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      ...extraArgs,
    ],
  });
}

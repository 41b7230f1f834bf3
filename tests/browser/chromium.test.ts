import { describe, expect, it } from "vitest";
import { browserTestsOptedOut, launchChromium } from "../helpers/chromium";

describe("the browser tests' Chromium", () => {
  it.each([
    // Run unless the developer opts out.
    [{}, false],
    [{ SKIP_BROWSER_TESTS: "" }, false],
    [{ SKIP_BROWSER_TESTS: "0" }, false],
    [{ SKIP_BROWSER_TESTS: "1" }, true],
    [{ SKIP_BROWSER_TESTS: "yes" }, true],
    // CI always runs them.
    [{ SKIP_BROWSER_TESTS: "1", CI: "1" }, false],
    [{ SKIP_BROWSER_TESTS: "1", CI: "true" }, false],
  ])("skips with %o: %s", (env, skipped) => {
    expect(browserTestsOptedOut(env)).toBe(skipped);
  });

  it("fails to launch a missing Chromium with a message saying how to install it or opt out", async () => {
    const launching = launchChromium("/nonexistent/chromium");
    await expect(launching).rejects.toThrow("Chromium not found at /nonexistent/chromium");
    await expect(launching).rejects.toThrow("apt-get install -y chromium");
    await expect(launching).rejects.toThrow("SKIP_BROWSER_TESTS=1");
  });
});

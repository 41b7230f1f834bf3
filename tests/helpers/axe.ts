import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA: the rules the site promises to meet. */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] as const;

/**
 * The WCAG A/AA violations axe-core (injected from the pinned npm package) finds on the page,
 * each as its rule, impact and first few offending elements.
 * @param region a CSS selector of the part of the page to audit; the whole document by default
 * @example expect(await axeViolations(page)).toEqual([])
 */
export async function axeViolations(page: Page, region = "document"): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[] = await page.evaluate(
    `axe.run(${region === "document" ? "document" : JSON.stringify(region)}, { runOnly: { type: "tag", values: ${JSON.stringify(AXE_TAGS)} }, resultTypes: ["violations"] }).then((r) => r.violations)`,
  );
  return violations.map(
    (v) =>
      `${v.id} (${v.impact ?? "?"}): ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(" "))
        .join(", ")}`,
  );
}

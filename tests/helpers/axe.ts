import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
/** WCAG 2.0, 2.1 and 2.2 at levels A and AA: the rules the site promises to meet. */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** A violation as reported: rule, impact and the first few offending elements. */
interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly nodes: readonly { readonly target: readonly string[] }[];
}

/**
 * Run axe-core (injected from the pinned npm package) on the page with {@link AXE_TAGS}.
 * @returns one line per violation, `rule (impact): targets`; empty when the page passes.
 * @example expect(await axeViolations(page)).toEqual([])
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const violations: AxeViolation[] = await page.evaluate(
    `axe.run(document, { runOnly: { type: "tag", values: ${JSON.stringify(AXE_TAGS)} }, resultTypes: ["violations"] }).then((r) => r.violations)`,
  );
  return violations.map(
    (v) =>
      `${v.id} (${v.impact ?? "?"}): ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(" "))
        .join(", ")}`,
  );
}

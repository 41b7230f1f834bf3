import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BuildOutcome } from "../../src/build/build-site";
import { buildHere, outcomeReport } from "../helpers/build-here";
import { generatorRoot } from "../helpers/generator-root";

// The whole site built from Hugo, Jekyll and Eleventy content folders copied in as they are.
describe("a site built from other generators' content folders", () => {
  let cleanup = async (): Promise<void> => {};
  let out = "";
  let outcome: BuildOutcome;
  beforeAll(async () => {
    const made = await generatorRoot();
    cleanup = made.cleanup;
    out = join(made.root, "_site");
    outcome = await buildHere({ root: made.root, out, strict: true });
  });
  afterAll(() => cleanup());

  const page = (slug: string) => readFileSync(join(out, "articles", slug, "index.html"), "utf8");

  it("builds under --strict, with notes and no error", () => {
    expect(outcome.status, outcomeReport(outcome)).toBe("built");
    if (outcome.status !== "built") return;
    const severities = new Set(outcome.ingest.diagnostics.map((d) => d.severity));
    expect(severities.has("error")).toBe(false);
    expect(severities.has("note")).toBe(true);
  });

  it("publishes every post, the Jekyll draft left out", () => {
    if (outcome.status !== "built") throw new Error(outcomeReport(outcome));
    expect(outcome.ingest.records.map((r) => r.slug).sort()).toEqual([
      "ceasefire-holds-for-a-second-week",
      "envoys-meet-again",
      "families-begin-to-return",
      "refugees-return-home",
      "talks-in-pictures",
      "talks-resume-after-a-month",
      "the-second-round",
    ]);
  });

  it("prints template tags in bodies as text, never running them", () => {
    expect(page("talks-resume-after-a-month")).toContain("{% include note.html %}");
    expect(page("talks-resume-after-a-month")).toContain("{{ site.url }}");
    expect(page("the-second-round")).toContain("{{ page.url }}");
    expect(page("envoys-meet-again")).toMatch(/\{\{(?:&#x3C;|&lt;) figure/);
  });
});

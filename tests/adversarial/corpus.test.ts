import { existsSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatDiagnostic } from "../../src/diagnostics/messages";
import { ingest } from "../../src/ingest/ingest";
import { parseArticleText } from "../../src/ingest/parse-article";
import { resolveSettings } from "../../src/config/settings";
import { baseline, CANARY, CASES, GOOD_TXT, NOW, type Case } from "./corpus";
import { makeProject } from "./project";

/**
 * Every adversarial input, ingested alone in its own project root (the outcome never depends on
 * Eleventy, so no site is rendered here; `build.test.ts` runs whole builds for the cases that do).
 */

const settings = resolveSettings();

beforeAll(() => {
  baseline.record = parseArticleText("content/articles/a.txt", GOOD_TXT, { topics: [], settings, now: NOW }).record;
});
afterAll(() => {
  expect(existsSync(CANARY), "front-matter code ran").toBe(false);
});

const where = (d: { file: string }) => d.file.replace(/^content\/articles\//, "");

describe.each(CASES)("$outcome: $name", (c: Case) => {
  it("gives exactly the expected diagnostics, each naming its file and line", async () => {
    const project = await makeProject(c.files, c.outside);
    try {
      const result = await ingest(settings, project.root, { now: NOW });

      const got = result.diagnostics.map((d) => `${where(d)} ${d.id} ${d.line ?? "-"}`).sort();
      const want = c.expect.map((x) => `${x.file} ${x.id} ${x.line ?? "-"}`).sort();
      expect(got).toEqual(want);
      for (const x of c.expect) {
        const d = result.diagnostics.find((y) => where(y) === x.file && y.id === x.id && (y.line ?? null) === x.line)!;
        if (x.text) expect(d.message).toMatch(x.text);
        // The printed line starts with the clickable location.
        expect(formatDiagnostic(d).startsWith(`content/articles/${x.file}${x.line === null ? ":" : `:${x.line}:`}`)).toBe(true);
      }

      const errors = result.diagnostics.filter((d) => d.severity === "error");
      if (c.outcome === "E") {
        expect(errors.length).toBeGreaterThan(0);
        // No file with an error is published.
        const failed = new Set(errors.map((d) => d.file));
        expect(result.records.filter((r) => failed.has(r.file))).toEqual([]);
      } else {
        expect(errors).toEqual([]);
        expect(result.diagnostics.length > 0).toBe(c.outcome === "W");
      }
      c.check?.(result.records);
      expect((globalThis as { __adversarialRan?: boolean }).__adversarialRan).toBeUndefined();
    } finally {
      await project.cleanup();
    }
  });
});

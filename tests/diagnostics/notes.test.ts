import { describe, expect, it } from "vitest";
import { buildReport } from "../../src/build/build-report";
import { mayBuild, PUBLISH, STRICT } from "../../src/build/content-policy";
import { countBySeverity, hasErrors, report } from "../../src/diagnostics/messages";
import { workflowCommand } from "../../src/diagnostics/workflow-commands";
import { quarantine } from "../../src/ingest/quarantine";
import { formatCheckReport, checkFails, type CheckResult } from "../../src/tools/editor/check-content";

const FILE = "content/articles/a.md";
const note = report("front-matter-key-ignored", FILE, "`layout` is read only by other site generators; it is ignored here.", {
  line: 3,
  column: 1,
});
const warning = report("draft-not-published", FILE, "Draft.");
const ingest = { files: [FILE], diagnostics: [note], records: [] };

describe("a note", () => {
  it("is counted apart from errors and warnings", () => {
    expect(countBySeverity([note, warning, note])).toEqual({ error: 0, warning: 1, note: 2 });
  });

  it("never stops a build, not even under --strict, and quarantines nothing", () => {
    expect(hasErrors([note])).toBe(false);
    expect(mayBuild(PUBLISH, ingest)).toBe(true);
    expect(mayBuild(STRICT, ingest)).toBe(true);
    expect(quarantine(ingest)).toEqual({ quarantined: [], siteErrors: [] });
  });

  it("is kept in the build report and counted as a note, not a warning", () => {
    const r = buildReport("built", ingest, STRICT);
    expect(r.counts).toMatchObject({ errors: 0, warnings: 0, notes: 1 });
    expect(r.diagnostics).toEqual([expect.objectContaining({ id: "front-matter-key-ignored", severity: "note" })]);
  });

  it("is listed by npm run check, counted as a note, and fails it under --strict no more than nothing would", () => {
    const result: CheckResult = {
      diagnostics: [note],
      raw: [],
      files: [FILE],
      publishable: 1,
      quarantined: [],
      siteErrors: [],
      errors: 0,
      warnings: 0,
      notes: 1,
      createdTopics: [],
      taxonomyFailed: false,
    };
    const text = formatCheckReport(result);
    expect(text).toContain("Problems and notes:\ncontent/articles/a.md:3:1: note front-matter-key-ignored: `layout` is read only");
    expect(text).toMatch(/1 would be published, 0 quarantined, 0 errors, 0 warnings, 1 note — ready to build\.$/);
    expect(checkFails(result, true)).toBe(false);
  });

  it("becomes a GitHub notice annotation", () => {
    expect(workflowCommand({ ...note, hint: "H" })).toBe(
      "::notice file=content/articles/a.md,line=3,col=1,title=front-matter-key-ignored::`layout` is read only by other site generators; it is ignored here. Hint: H",
    );
  });
});

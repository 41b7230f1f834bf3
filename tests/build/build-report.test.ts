import { describe, expect, it } from "vitest";
import { buildReport } from "../../src/build/build-report";
import { PUBLISH, STRICT } from "../../src/build/content-policy";
import { report } from "../../src/diagnostics/messages";

const A = "content/articles/a.txt";
const B = "content/articles/b.md";
const missing = report("missing-headline", A, "No headline was found.", { line: 1 });
const topics = report("topics-file-invalid", "content/topics.yml", "Invalid YAML.", { line: 2 });
const draft = report("draft-not-published", B, "Draft.");
const ingest = { files: [A, B], diagnostics: [missing, draft], records: [] };

describe("buildReport", () => {
  it("counts files, articles, quarantined files, errors and warnings, and lists each quarantined file", () => {
    const r = buildReport("built", ingest, PUBLISH);
    expect(r).toMatchObject({ status: "built", stopOn: "site", siteWritten: true, siteErrors: [], problems: [] });
    expect(r.counts).toEqual({ files: 2, articles: 0, quarantined: 1, errors: 1, warnings: 1, notes: 0 });
    expect(r.quarantined).toEqual([{ file: A, errors: [missing] }]);
  });

  it("says no site was written when the build stopped, and which errors are site-level", () => {
    const r = buildReport("content-errors", { ...ingest, diagnostics: [topics, missing] }, STRICT);
    expect(r).toMatchObject({ status: "content-errors", stopOn: "any", siteWritten: false, siteErrors: [topics] });
  });

  it("gives the same JSON for the same diagnostics whatever order their keys were made in", () => {
    const reordered = {
      hint: missing.hint ?? "",
      message: missing.message,
      id: missing.id,
      line: 1,
      severity: missing.severity,
      file: A,
    } as const;
    const a = JSON.stringify(buildReport("built", ingest, PUBLISH));
    const b = JSON.stringify(buildReport("built", { ...ingest, diagnostics: [reordered, draft] }, PUBLISH));
    expect(b).toBe(a);
  });
});

import { describe, expect, it } from "vitest";
import { report } from "../../src/diagnostics/messages";
import { quarantine, quarantineLine } from "../../src/ingest/quarantine";

const A = "content/articles/a.txt";
const B = "content/articles/b.md";
const missing = report("missing-headline", A, "No headline was found.", { line: 1 });
const noBody = report("no-article-body", A, "No article paragraphs were found.", { line: 1 });
const badDate = report("invalid-date", B, "Not a real date.", { line: 3 });
const longLine = report("long-line", B, "A long line.", { line: 9 });
const topics = report("topics-file-invalid", "content/topics.yml", "Invalid YAML.", { line: 2 });
const linked = report("symlink-refused", "content", "`content` is a symbolic link.");

describe("quarantine", () => {
  it("quarantines each listed file with its errors, in file order, and ignores warnings", () => {
    const verdict = quarantine({ files: [A, B], diagnostics: [missing, noBody, badDate, longLine] });
    expect(verdict.quarantined).toEqual([
      { file: A, errors: [missing, noBody] },
      { file: B, errors: [badDate] },
    ]);
    expect(verdict.siteErrors).toEqual([]);
  });

  it("treats an error naming no listed article file (the taxonomy, the content folder) as site-level", () => {
    const verdict = quarantine({ files: [A], diagnostics: [linked, topics, missing] });
    expect(verdict.siteErrors).toEqual([linked, topics]);
    expect(verdict.quarantined.map((q) => q.file)).toEqual([A]);
  });

  it("quarantines nothing when there is no error", () => {
    expect(quarantine({ files: [A, B], diagnostics: [longLine] })).toEqual({ quarantined: [], siteErrors: [] });
  });
});

describe("quarantineLine", () => {
  it.each([
    [{ file: A, errors: [missing] }, "content/articles/a.txt:1: missing-headline: No headline was found."],
    [{ file: A, errors: [missing, noBody] }, "content/articles/a.txt:1: missing-headline: No headline was found. (and 1 more error)"],
    [
      { file: "content/articles/x.txt", errors: [report("read-failed", "content/articles/x.txt", "Gone.")] },
      "content/articles/x.txt: read-failed: Gone.",
    ],
  ])("names %j as %s", (entry, expected) => {
    expect(quarantineLine(entry)).toBe(expected);
  });
});

import { describe, expect, it } from "vitest";
import { formatFieldSummary, keysToConfirm, summariseFields, type FoundFields } from "../../../src/tools/editor/field-summary";

const NOTHING: FoundFields = {
  headline: null,
  byline: null,
  authors: [],
  published: null,
  updated: null,
  source: null,
  topics: [],
  provenance: {},
};
const at = (line: number, confidence: number) => ({ kind: "extracted", line, rule: "test", confidence }) as const;

describe("summariseFields", () => {
  it.each([
    // A value read from the text with high confidence is sure.
    [{ headline: "Mayor resigns", provenance: { headline: at(1, 1) } }, "headline", "Mayor resigns", "extracted, line 1", true],
    // Below the threshold it is shown as unsure, with the confidence.
    [{ source: "Tokyo Times", provenance: { source: at(42, 0.75) } }, "source", "Tokyo Times", "extracted, line 42, unsure (0.75)", false],
    // An unknown value says why.
    [
      { provenance: { published: { kind: "unknown", reason: "no date near the headline" } } },
      "published",
      null,
      "no date near the headline",
      false,
    ],
    // Lists are joined.
    [{ authors: ["A B", "C D"], provenance: { authors: at(3, 0.95) } }, "authors", "A B, C D", "extracted, line 3", true],
    // An editor's front matter is always sure and names the key and line.
    [
      { published: "2024-01-10", provenance: { published: { kind: "front-matter", key: "date", line: 3 } } },
      "published",
      "2024-01-10",
      "front matter `date`, line 3",
      true,
    ],
    // Inferred values (topics from aliases) name the rule that inferred them.
    [
      { topics: ["diplomacy"], provenance: { topics: { kind: "inferred", rule: "topics:aliases" } } },
      "topics",
      "diplomacy",
      "inferred (topics:aliases)",
      true,
    ],
  ] as const)("summarises %j", (fields, field, value, detail, sure) => {
    const finding = summariseFields({ ...NOTHING, ...fields } as FoundFields).find((f) => f.field === field);
    expect(finding).toMatchObject({ value, detail, sure });
  });
});

describe("keysToConfirm", () => {
  it("names each front-matter key once, leaving out an unknown update date", () => {
    expect(keysToConfirm(summariseFields(NOTHING))).toEqual(["title", "authors", "date", "source", "topics"]);
  });

  it("asks for nothing when every field is known and sure", () => {
    const all: FoundFields = {
      headline: "H",
      byline: "By A",
      authors: ["A"],
      published: "2024-01-10",
      updated: null,
      source: "S",
      topics: ["t"],
      provenance: { headline: at(1, 1), byline: at(2, 1), authors: at(2, 1), published: at(2, 1), source: at(9, 1), topics: at(1, 1) },
    };
    expect(formatFieldSummary("a.txt", summariseFields(all))).toMatch(/nothing unknown$/);
  });
});

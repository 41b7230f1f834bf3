import { describe, expect, it } from "vitest";
import { standfirst } from "../../../src/site/labels/standfirst";

const body = ["The ferry service resumed on Thursday after three weeks of storms."];

describe("standfirst", () => {
  it.each([
    // The editor's summary, spacing tidied.
    ["Ferries run  again\nbetween the towns.", [], body, "Ferries run again between the towns."],
    // No summary: no standfirst (the body's opening is not repeated above it).
    [null, [], body, null],
    ["   ", [], body, null],
    // The body opens with the summary: it would be read twice.
    ["The ferry service resumed on Thursday.", [], body, null],
    // A summary cut short from the first paragraph repeats it too.
    ["The ferry service resumed on Thursday after…", [], body, null],
    // A highlight says it already.
    ["Ferries run again.", ["Ferries run again"], body, null],
    // The body's first non-empty paragraph is the one compared.
    ["Ferries run again.", [], ["", "Ferries run again, the operator said."], null],
  ])("turns summary %j (highlights %j) into %j", (summary, highlights, paragraphs, expected) => {
    expect(standfirst({ summary, highlights, body: paragraphs })).toBe(expected);
  });
});

import { describe, expect, it } from "vitest";
import { SUMMARY_MAX_CHARS, summarize } from "../../../src/site/labels/summary";

const article = (summary: string | null, highlights: string[], body: string[]) => ({ summary, highlights, body });

describe("summarize", () => {
  it.each([
    ["the editor's summary first", article("Editor's words.", ["A highlight."], ["Body."]), "Editor's words."],
    ["then the first highlight", article(null, ["First point.", "Second."], ["Body."]), "First point."],
    ["then two sentences of the body", article(null, [], ["One. Two! Three?"]), "One. Two!"],
    ["skipping empty paragraphs", article(null, [], ["  ", "Only one sentence"]), "Only one sentence"],
    ["not splitting at abbreviations before lower case", article(null, [], ["Dr. smith came. He left. Gone."]), "Dr. smith came. He left."],
    ["sentences ending in quotes", article(null, [], ['He said "no." Then left. Later.']), 'He said "no." Then left.'],
    ["nothing when there is no text", article(null, [], []), ""],
    ["collapsing whitespace", article("A\n  b", [], []), "A b"],
  ])("uses %s", (_rule, input, expected) => {
    expect(summarize(input)).toBe(expected);
  });

  it("cuts a long summary at a word boundary with an ellipsis", () => {
    const s = summarize(article("word ".repeat(200), [], []));
    expect(s.length).toBeLessThanOrEqual(SUMMARY_MAX_CHARS);
    expect(s).toMatch(/word…$/);
  });
});

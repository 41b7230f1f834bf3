import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countWords, readingMinutes, readingTimeLabel } from "../../../src/site/labels/reading-time";

describe("reading time", () => {
  it.each([
    // Words are letter/digit runs; apostrophes and hyphens join, punctuation does not count.
    [["Azerbaijan’s well-known envoy — arrived."], 4],
    [["", "  "], 0],
    // Unspaced scripts count about two characters to a word.
    [["日本語の記事"], 3],
  ])("counts %j as %i words", (paragraphs, words) => {
    expect(countWords(paragraphs)).toBe(words);
  });

  it("counts as matching every word and unspaced character would, mixed scripts included", () => {
    // The plain way of counting, kept here as the reference.
    const reference = (paragraphs: readonly string[]): number =>
      paragraphs.reduce((n, p) => {
        const unspaced = p.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0;
        const rest = p.replace(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu, " ");
        return n + (rest.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu)?.length ?? 0) + Math.ceil(unspaced / 2);
      }, 0);
    const piece = fc.constantFrom(
      "word",
      "well-known",
      "Azerbaijan’s",
      "3.5",
      "日本語",
      "の",
      "記事",
      "北京",
      " ",
      "  ",
      "—",
      "'",
      "-",
      "é",
      "\n",
    );
    const paragraph = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 5 }), (paragraphs) => {
        expect(countWords(paragraphs)).toBe(reference(paragraphs));
      }),
    );
  });

  it.each([
    [0, 0],
    [1, 1],
    [330, 2],
    [660, 3],
  ])("gives %i words %i minutes", (words, minutes) => {
    expect(readingMinutes(["word ".repeat(words)])).toBe(minutes);
  });

  it("labels the minutes, and has no label for an empty body", () => {
    expect(readingTimeLabel(["word ".repeat(660)])).toBe("3 min read");
    expect(readingTimeLabel([])).toBeNull();
  });
});

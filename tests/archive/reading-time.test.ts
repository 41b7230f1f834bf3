import { describe, expect, it } from "vitest";
import { countWords, readingMinutes, readingTimeLabel } from "../../src/archive/reading-time";

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

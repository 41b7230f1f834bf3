import { describe, expect, it } from "vitest";
import { authorNames, bylineText } from "../../../src/site/labels/byline";

describe("bylineText", () => {
  it.each([
    [["Mark Dovich"], "By Mark Dovich", "By Mark Dovich"],
    [["A", "B"], null, "By A and B"],
    [["Kanako Mita", "Sawako Utsumi", "Lee Jay Walker"], null, "By Kanako Mita, Sawako Utsumi and Lee Jay Walker"],
    // No recognised names: show the raw byline if it has words beyond "By".
    [[], "Staff reporter", "Staff reporter"],
    [[], "By", null],
    // A byline holding only a date names no one.
    [[], "By | September 20, 2023", null],
    [[], "Sept. 20, 2023", null],
    // A month name inside a real byline does not hide it.
    [[], "By June Staff, Sep 3", "By June Staff, Sep 3"],
    [[], "  ", null],
    [[], null, null],
  ])("turns authors %j and byline %j into %j", (authors, byline, expected) => {
    expect(bylineText({ authors, byline })).toBe(expected);
  });
});

describe("authorNames", () => {
  it.each([
    // Names are trimmed and empty ones dropped.
    [[" Mark Dovich ", ""], ["Mark Dovich"]],
    // A name listed twice gets one page, at its first place.
    [
      ["A", "B", "A"],
      ["A", "B"],
    ],
    [[], []],
  ])("turns authors %j into the names %j", (authors, expected) => {
    expect(authorNames({ authors })).toEqual(expected);
  });
});

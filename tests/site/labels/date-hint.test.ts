import { describe, expect, it } from "vitest";
import { dateHintLabel, latestMentionedYear } from "../../../src/site/labels/date-hint";

describe("latestMentionedYear", () => {
  it.each([
    // The latest of several years wins.
    [["between 1988 and 1994", "the war in 2020, and again in 2024."], 2024],
    // Counts, amounts, decimals and longer numbers are not years.
    [["Some 2000 troops and 1950 people"], null],
    [["$2015 and 2019%"], null],
    [["a figure of 12,2020 or 3.2021"], null],
    [["code 20245 and 2024a"], null],
    // Outside the plausible range.
    [["in 1799 or 2100"], null],
    [["No numbers at all."], null],
  ])("reads %j as %j", (paragraphs, year) => {
    expect(latestMentionedYear(paragraphs)).toBe(year);
  });
});

describe("dateHintLabel", () => {
  it("hints only when the date is unknown and the text names a year", () => {
    expect(dateHintLabel(null, ["Since 2020 and in 2024."])).toBe("mentions events up to 2024");
    expect(dateHintLabel("2023-09-20", ["in 2024"])).toBeNull();
    expect(dateHintLabel(null, ["no year"])).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { parseByline } from "../../src/extract/byline";
import { isPersonName } from "../../src/extract/person-name";

describe("parseByline", () => {
  it.each([
    // A plain "By" byline.
    ["By Mark Dovich", ["Mark Dovich"], "byline:prefixed"],
    // An empty byline followed by a date names nobody.
    ["By | September 20, 2023", [], "byline:empty"],
    // A list of names without a prefix, Oxford comma included.
    ["Kanako Mita, Sawako Utsumi, and Lee Jay Walker", ["Kanako Mita", "Sawako Utsumi", "Lee Jay Walker"], "byline:name-list"],
    // Two names joined by "and".
    ["By Lia Eustachewich and Yaron Steinbuch", ["Lia Eustachewich", "Yaron Steinbuch"], "byline:prefixed"],
    // A role glued to the name by the page dump.
    ["By Meg JamesStaff Writer", ["Meg James"], "byline:prefixed"],
    // A pipe ends the names.
    ["By Bill Hoppe | Special to the Pioneer Press", ["Bill Hoppe"], "byline:prefixed"],
    // A social handle and a date end the names.
    ["By Chaim Gartenberg@cgartenberg Nov 19, 2019, 7:53pm EST", ["Chaim Gartenberg"], "byline:prefixed"],
    // A role after a comma.
    ["By Jane Doe, Senior Reporter", ["Jane Doe"], "byline:prefixed"],
    // A trailing outlet name in capitals is not part of the last name.
    ["Kevin Johnson and Kevin McCoy USA TODAY", ["Kevin Johnson", "Kevin McCoy"], "byline:name-list"],
    // A name particle stays in the name.
    ["By Ursula von der Leyen", ["Ursula von der Leyen"], "byline:prefixed"],
  ])("reads %j", (line, authors, rule) => {
    const got = parseByline(line);
    expect(got?.authors).toEqual(authors);
    expect(got?.rule).toBe(rule);
  });

  it.each([
    // A sentence that starts with "By" is not a byline.
    ["By the end of the year, prices had doubled across the region."],
    // A headline is not a byline.
    ["Armenians massacred by Azerbaijan forces in Ishkhanasar (NATO Turkey)"],
    // A date alone is not a byline.
    ["September 20, 2023"],
  ])("returns no byline for %j", (line) => {
    const got = parseByline(line);
    expect(got === null || (got.authors.length === 0 && got.rule !== "byline:empty")).toBe(true);
  });

  it("reads a lone two-word phrase only as a weak single name, which the place near the headline decides", () => {
    expect(parseByline("Minnesota Wild")).toMatchObject({ rule: "byline:single-name", confidence: 0.5 });
  });

  it.each([
    // A wire agency credited in place of a person.
    ["By Reuters Staff", "byline:agency"],
    ["The Associated Press", "byline:agency"],
    // A desk or board signs, not a person.
    ["By Editorial Board", "byline:no-person"],
  ])("returns a byline with no person for %j", (line, rule) => {
    expect(parseByline(line)).toMatchObject({ authors: [], rule });
  });
});

describe("isPersonName", () => {
  it.each([
    ["Lee Jay Walker", true],
    ["Mark Dovich", true],
    ["Modern Tokyo Times", false],
    ["Breaking News", false],
    ["ALL CAPS LABEL", false],
    ["Jane", false],
  ])("%j → %s", (text, expected) => {
    expect(isPersonName(text)).toBe(expected);
  });
});

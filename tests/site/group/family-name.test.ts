import { describe, expect, it } from "vitest";
import { byFamilyName, familyNameKey } from "../../../src/site/group/family-name";

describe("familyNameKey", () => {
  it.each([
    ["Jane Doe", "doe jane"],
    ["Martin Luther King Jr.", "king martin luther jr."],
    ["Henry Ford II", "ford henry ii"],
    ["Vincent van Gogh", "gogh vincent van"],
    ["Zoë  Café", "cafe zoe"],
    ["Reuters", "reuters"],
    ["李明", "李明"],
    ["Jr.", "jr."],
  ])("files %j under %j", (name, key) => {
    expect(familyNameKey(name)).toBe(key);
  });
});

describe("byFamilyName", () => {
  it("orders authors by family name, then given names, whatever their first names", () => {
    const names = ["Zoe Adams", "Adam Zane", "Ben Example", "Ana Example", "Reuters"];
    expect([...names].sort(byFamilyName)).toEqual(["Zoe Adams", "Ana Example", "Ben Example", "Reuters", "Adam Zane"]);
  });

  it("gives a total order: names with one key are ordered as written", () => {
    expect(["Jane DOE", "Jane Doe"].sort(byFamilyName)).toEqual(["Jane DOE", "Jane Doe"]);
    expect(byFamilyName("Jane Doe", "Jane Doe")).toBe(0);
  });
});

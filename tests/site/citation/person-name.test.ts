import { describe, expect, it } from "vitest";
import { initials, invertedName, naturalName, personName } from "../../../src/site/citation/person-name";

describe("personName", () => {
  it.each([
    // The last word is the family name.
    ["Jane Doe", { given: "Jane", family: "Doe", suffix: "" }],
    // Several given names stay together.
    ["Mary Ann Evans", { given: "Mary Ann", family: "Evans", suffix: "" }],
    // Lower-case particles belong to the family name.
    ["Ludwig van Beethoven", { given: "Ludwig", family: "van Beethoven", suffix: "" }],
    ["Jane van der Berg", { given: "Jane", family: "van der Berg", suffix: "" }],
    // A capitalised particle-like word is a given name: only the spelling as written is read.
    ["Van Morrison", { given: "Van", family: "Morrison", suffix: "" }],
    // A generational suffix is kept apart, with or without a comma.
    ["Martin Luther King Jr.", { given: "Martin Luther", family: "King", suffix: "Jr." }],
    ["Martin Luther King, Jr.", { given: "Martin Luther", family: "King", suffix: "Jr." }],
    // "Family, Given" is read as written.
    ["Doe, Jane", { given: "Jane", family: "Doe", suffix: "" }],
    // One word (an agency, a mononym) is kept whole.
    ["Reuters", { literal: "Reuters" }],
    ["Արամ", { literal: "Արամ" }],
    // Extra spaces do not make empty names.
    ["  Jane   Doe ", { given: "Jane", family: "Doe", suffix: "" }],
  ])("reads %j", (name, expected) => {
    expect(personName(name)).toEqual(expected);
  });
});

describe("initials", () => {
  it.each([
    ["Jane", "J."],
    ["Mary Ann", "M. A."],
    // A hyphenated given name keeps its hyphen.
    ["Jean-Paul", "J.-P."],
    // Initials already written stay single.
    ["J. R. R.", "J. R. R."],
    // Letters of any script.
    ["Élodie", "É."],
  ])("makes %j into %j", (given, expected) => {
    expect(initials(given)).toBe(expected);
  });
});

describe("name order", () => {
  it("writes a name inverted with its suffix after the given names", () => {
    expect(invertedName(personName("Martin Luther King Jr."))).toBe("King, Martin Luther, Jr.");
  });

  it("writes a name in natural order", () => {
    expect(naturalName(personName("Doe, Jane"))).toBe("Jane Doe");
  });

  it("writes a name kept whole as written in either order", () => {
    expect([invertedName(personName("Reuters")), naturalName(personName("Reuters"))]).toEqual(["Reuters", "Reuters"]);
  });
});

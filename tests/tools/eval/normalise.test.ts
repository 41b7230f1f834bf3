import { describe, expect, it } from "vitest";
import { bagOverlap, isoDay, normName, normSource, normText, tokens } from "../../../src/tools/eval/normalise";

const NORMALISERS = { normText, normName, normSource } as const;

describe.each([
  ["normText", "curly double quotes", "\u201CRiver\u201D rises", '"river" rises'],
  ["normText", "curly single quotes", "Mayor\u2019s \u2018plan\u2019", "mayor's 'plan'"],
  ["normText", "em and en dashes", "Budget \u2014 2024\u20132025", "budget - 2024-2025"],
  ["normText", "minus sign", "\u22125 degrees", "-5 degrees"],
  ["normText", "ellipsis", "Wait\u2026", "wait..."],
  ["normText", "no-break and thin spaces", "Ten\u00A0tonnes\u2009of  salt", "ten tonnes of salt"],
  ["normText", "zero-width and soft hyphen", "co\u00ADoperate\u200B now", "cooperate now"],
  ["normText", "surrounding whitespace and case", "  Harbour  Reopens\n", "harbour reopens"],
  ["normName", "By prefix", "By Ada Quill", "ada quill"],
  ["normName", "written by prefix", "Written by Ada Quill", "ada quill"],
  ["normName", "accents", "Zo\u00EB Mart\u00EDnez", "zoe martinez"],
  ["normName", "apostrophe and hyphen", "Sean O\u2019Hara-Lee", "sean o hara lee"],
  ["normName", "by inside a name is kept", "Bobby Byrne", "bobby byrne"],
  ["normName", "extra whitespace", "  Ada   Quill ", "ada quill"],
  ["normSource", "leading The", "The Harbour Gazette", "harbourgazette"],
  ["normSource", ".com suffix", "harbourgazette.com", "harbourgazette"],
  ["normSource", "URL with www", "https://www.harbourgazette.co.uk", "harbourgazette"],
  ["normSource", "punctuation and case", "Harbour-Gazette!", "harbourgazette"],
  ["normSource", "accents", "Le Cour\u00E9e", "lecouree"],
  ["normSource", "The without a space", "TheHarbourGazette", "harbourgazette"],
  ["normSource", "inner .com kept", "Gazette.com Weekly", "gazettecomweekly"],
] as const)("%s: %s", (fn, _name, input, expected) => {
  it(`${JSON.stringify(input)} → ${JSON.stringify(expected)}`, () => {
    expect(NORMALISERS[fn](input)).toBe(expected);
  });
});

it("normText of null is empty", () => {
  expect(normText(null)).toBe("");
});

describe("tokens, bagOverlap and isoDay", () => {
  it("splits on anything but letters, digits and underscore, lower-cased", () => {
    expect(tokens("It's 3\u00A0o'clock \u2014 Caf\u00E9_Bar!")).toEqual(["it", "s", "3", "o", "clock", "café_bar"]);
    expect(tokens("")).toEqual([]);
  });

  it.each([
    [["a", "a", "b"], ["a", "b", "b", "c"], { tp: 2, fp: 1, fn: 2 }],
    [[], ["a"], { tp: 0, fp: 0, fn: 1 }],
    [["x"], [], { tp: 0, fp: 1, fn: 0 }],
  ])("overlap of %j and %j", (pred, truth, expected) => {
    expect(bagOverlap(pred, truth)).toEqual(expected);
  });

  it.each([
    ["2024-03-05", "2024-03-05"],
    ["2024-03-05T23:10:00-05:00", "2024-03-05"],
    ["March 5, 2024", null],
    [null, null],
  ])("isoDay(%j)", (input, expected) => {
    expect(isoDay(input)).toBe(expected);
  });
});

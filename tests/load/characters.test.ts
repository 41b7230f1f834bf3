import { describe, expect, it } from "vitest";
import { codePointName, findForbidden, hasNoForbidden } from "../../src/load/characters";

describe("findForbidden", () => {
  it.each([
    // C0 controls other than tab and newline, and DEL.
    ["NUL", "a\u0000b", "control-character", "U+0000"],
    ["ESC", "\u001b[31m", "control-character", "U+001B"],
    ["CR (gone after normalising, so only from an escape)", "a\rb", "control-character", "U+000D"],
    ["DEL", "a\u007f", "control-character", "U+007F"],
    // C1 controls: text decoded with the wrong encoding.
    ["NEL", "a\u0085b", "control-character", "U+0085"],
    ["CSI", "\u009b31m", "control-character", "U+009B"],
    // Non-characters: the Arabic block's reserved range and the last two of each plane.
    ["U+FDD0", "\ufdd0", "noncharacter", "U+FDD0"],
    ["U+FFFE", "a\ufffe", "noncharacter", "U+FFFE"],
    ["U+FFFF", "\uffff", "noncharacter", "U+FFFF"],
    ["U+1FFFE", "\u{1fffe}", "noncharacter", "U+1FFFE"],
    ["U+10FFFF", "\u{10ffff}", "noncharacter", "U+10FFFF"],
    // Half a surrogate pair, from a YAML `\uD800` escape.
    ["a lone high surrogate", "a\ud800b", "lone-surrogate", "U+D800"],
    ["a lone low surrogate", "\udc00", "lone-surrogate", "U+DC00"],
  ])("finds %s", (_name, text, kind, codePoint) => {
    const { listed, totals } = findForbidden(text, 10);
    expect(listed).toEqual([{ index: text.search(/[^a-z[\]\d]/u), kind, codePoint }]);
    expect(totals[kind as keyof typeof totals]).toBe(1);
    expect(hasNoForbidden(text)).toBe(false);
  });

  it.each([
    ["tab and newline", "a\tb\nc"],
    ["an emoji (a whole surrogate pair)", "🔥 news"],
    ["zero-width joiners and non-breaking spaces", "👨‍👩‍👧 a\u00a0b"],
    ["U+FFFD, the replacement character", "caf\ufffd"],
    ["the last characters before the non-characters", "\ufdcf\ufdf0\ufffd\u{1fffd}"],
  ])("finds nothing in %s", (_name, text) => {
    expect(findForbidden(text, 10).listed).toEqual([]);
    expect(hasNoForbidden(text)).toBe(true);
  });

  it("lists at most the limit of each kind, in text order, and counts them all", () => {
    const text = `${"\u0001".repeat(100)}${"\uffff".repeat(5)}\u0002`;
    const { listed, totals } = findForbidden(text, 3);
    expect(listed.map((c) => `${c.index} ${c.codePoint}`)).toEqual([
      "0 U+0001",
      "1 U+0001",
      "2 U+0001",
      "100 U+FFFF",
      "101 U+FFFF",
      "102 U+FFFF",
    ]);
    expect(totals).toEqual({ "control-character": 101, noncharacter: 5, "lone-surrogate": 0 });
  });
});

describe("codePointName", () => {
  it.each([
    [1, "U+0001"],
    [0xfffe, "U+FFFE"],
    [0x1ffff, "U+1FFFF"],
  ])("names %i as %s", (cp, name) => {
    expect(codePointName(cp)).toBe(name);
  });
});

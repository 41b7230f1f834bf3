import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { contentWords, STOPWORDS } from "../../src/extract/headline";
import { countWords, normalize, toLines } from "../../src/extract/lines";

describe("normalize", () => {
  it("folds case, quotes, dashes, whitespace and compatibility forms", () => {
    expect(normalize("  Mayor\u00a0Resigns —\t‘Enough’  ")).toBe("mayor resigns - 'enough'");
    expect(normalize("`Quoted` “twice”")).toBe("'quoted' \"twice\"");
    expect(normalize("ﬁnal ①")).toBe("final 1");
  });

  it("gives plain ASCII text the same result whichever path it takes", () => {
    // A trailing "é" sends a text down the full path (NFKC and the foldings); plain printable
    // ASCII takes the short one. Both must agree on the ASCII part.
    const ascii = fc
      .stringMatching(/^[\x20-\x7e]{0,60}$/)
      .map((s) => s.trim())
      .filter((s) => s !== "");
    fc.assert(
      fc.property(ascii, (text) => {
        expect(`${normalize(text)} é`).toBe(normalize(`${text} é`));
      }),
    );
  });
});

// Letters of several scripts and cases, digits, the word-joining marks, letters and symbols
// outside the BMP, lone surrogates, a combining mark, and letters whose case mapping changes length.
const TRICKY = fc.string({
  unit: fc.constantFrom(..."aZ9 .,'’-_\tİıßéÉ\u0301ſǅΣς中ﬁ٣".split(""), "😀", "𝐀", "𝟘", "\ud800", "\udc00", "the", "ing", "es"),
  maxLength: 40,
});

describe("countWords", () => {
  it("counts what the word pattern matches, in any script", () => {
    expect(countWords("Mayor's U.S.-led plan — 3.5% of 北京 ’tis")).toBe(7);
    fc.assert(
      fc.property(fc.oneof(TRICKY, fc.string({ unit: "binary", maxLength: 40 })), (text) => {
        expect(countWords(text)).toBe(text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)?.length ?? 0);
      }),
    );
  });
});

describe("contentWords", () => {
  it("gives the lower-cased, stemmed letter runs of three or more characters, stop words left out", () => {
    expect(contentWords("The Mayor’s staff returned 2,300 ballots to Zürich")).toEqual([
      "mayor",
      "staff",
      "return",
      "300",
      "ballot",
      "zürich",
    ]);
    const stem = (w: string): string =>
      w.endsWith("ing") ? w.slice(0, -3) : w.endsWith("ed") || w.endsWith("es") ? w.slice(0, -2) : w.endsWith("s") ? w.slice(0, -1) : w;
    fc.assert(
      fc.property(fc.oneof(TRICKY, fc.string({ unit: "binary", maxLength: 40 })), (text) => {
        const expected = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length >= 3 && !STOPWORDS.has(w)).map(stem);
        expect(contentWords(text)).toEqual(expected);
      }),
    );
  });
});

describe("toLines", () => {
  // One argument per line to Math.max overflowed the stack at about 130,000 lines.
  it.each([
    ["short lines", "ab\n"],
    ["lines long enough to look hard-wrapped", `${"word ".repeat(12)}\n`],
  ])("splits 300,000 %s without overflowing the stack", (_name, line) => {
    const lines = toLines(line.repeat(300_000), 3);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines[0]!.lineNo).toBe(3);
  });
});

import { describe, expect, it } from "vitest";
import { decodeUtf8 } from "../../src/load/decode";
import {
  checkLineLengths,
  checkText,
  lineColumnAt,
  lineColumnsAt,
  LONG_LINE_CHARS,
  normaliseLineEnds,
  normaliseText,
} from "../../src/load/normalise";
import { MAX_LISTED_PER_ID } from "../../src/diagnostics/repeats";

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...new TextEncoder().encode(p)] : p)));

describe("decodeUtf8", () => {
  it.each([
    // Latin-1 é in "Café" on the second line: reported where the editor sees it.
    ["a Latin-1 byte", bytes("Title\nCaf", [0xe9], "\n"), { line: 2, column: 4, byteOffset: 9 }],
    // Column counts characters, not bytes: "ü" before the bad byte is one column.
    ["a bad byte after multi-byte text", bytes("ü", [0xff]), { line: 1, column: 2, byteOffset: 2 }],
    // An overlong encoding of "/" is not valid UTF-8.
    ["an overlong sequence", bytes("x", [0xc0, 0xaf]), { line: 1, column: 2, byteOffset: 1 }],
    // A UTF-16 surrogate encoded in UTF-8 (CESU) is refused.
    ["an encoded surrogate", bytes([0xed, 0xa0, 0x80]), { line: 1, column: 1, byteOffset: 0 }],
    // A sequence cut off by the end of the file.
    ["a truncated sequence", bytes("ab\n\ncd", [0xe2, 0x82]), { line: 3, column: 3, byteOffset: 6 }],
  ])("reports the position of %s", (_name, input, expected) => {
    expect(decodeUtf8(input)).toEqual({ ok: false, ...expected });
  });

  it("decodes valid UTF-8 and keeps a leading BOM for normaliseText to strip", () => {
    expect(decodeUtf8(bytes([0xef, 0xbb, 0xbf], "Grüße"))).toEqual({ ok: true, text: "\uFEFFGrüße" });
  });
});

describe("normaliseText", () => {
  it.each([
    // One leading BOM goes; a second one is content and stays.
    ["\uFEFF\uFEFFa", "\uFEFFa"],
    // Windows, classic Mac and mixed line ends all become \n.
    ["a\r\nb\rc\nd", "a\nb\nc\nd"],
    // \r\r\n is two line ends, not one.
    ["a\r\r\nb", "a\n\nb"],
  ])("normalises %j", (input, expected) => {
    expect(normaliseText(input)).toBe(expected);
  });

  it("normalises line ends idempotently", () => {
    expect(normaliseLineEnds(normaliseLineEnds("a\r\n\rb"))).toBe("a\n\nb");
  });
});

describe("checkText", () => {
  it.each([
    // A NUL in the body, line 2 column 3.
    ["ok\nab\u0000c", [{ id: "control-character", line: 2, column: 3 }]],
    // Escape and DEL are control characters too.
    [
      "\u001b[31mred\u007f",
      [
        { id: "control-character", line: 1, column: 1 },
        { id: "control-character", line: 1, column: 9 },
      ],
    ],
    // C1 controls (text decoded with the wrong encoding) are control characters too.
    [
      "caf\u0083\u0085",
      [
        { id: "control-character", line: 1, column: 4 },
        { id: "control-character", line: 1, column: 5 },
      ],
    ],
    // Non-characters are never text, in the Basic Multilingual Plane or beyond it.
    [
      "a\n\ufffe \uffff \u{10ffff}",
      [
        { id: "noncharacter", line: 2, column: 1 },
        { id: "noncharacter", line: 2, column: 3 },
        { id: "noncharacter", line: 2, column: 5 },
      ],
    ],
    // A string (not a file) can hold half a surrogate pair.
    ["🔥\ud800", [{ id: "lone-surrogate", line: 1, column: 2 }]],
    // Tabs and newlines are ordinary text.
    ["a\tb\nc", []],
    // Nothing but blanks is an empty file.
    [" \n\t\n", [{ id: "empty-file", line: 1, column: 1 }]],
    ["", [{ id: "empty-file", line: 1, column: 1 }]],
  ])("checks %j", (text, expected) => {
    const found = checkText("content/articles/x.txt", text).map(({ id, line, column }) => ({ id, line, column }));
    expect(found).toEqual(expected);
  });

  it("counts columns in code points so an emoji is one column", () => {
    expect(lineColumnAt("🔥x\n🔥🔥y", 7)).toEqual({ line: 2, column: 3 });
  });

  it("lists the first control characters of a million with line and column, and counts the rest in one more", () => {
    const text = `Headline\n\n${"\u0001\n".repeat(1_000_000)}`;
    const found = checkText("content/articles/x.txt", text);
    expect(found).toHaveLength(MAX_LISTED_PER_ID + 1);
    expect(found.slice(0, MAX_LISTED_PER_ID).map((d) => `${d.line}:${d.column}`)).toEqual(
      Array.from({ length: MAX_LISTED_PER_ID }, (_, i) => `${i + 3}:1`),
    );
    expect(found.at(-1)).toMatchObject({ id: "control-character", line: MAX_LISTED_PER_ID + 3, column: 1 });
    expect(found.at(-1)!.message).toBe(
      "999,980 more like this from here on, not listed one by one; the first: Control character U+0001 in the text.",
    );
  });

  it("caps each kind of character on its own", () => {
    const found = checkText("content/articles/x.txt", `${"\u0001".repeat(50)}${"\uffff".repeat(50)}`);
    expect(found.filter((d) => d.id === "control-character")).toHaveLength(MAX_LISTED_PER_ID + 1);
    expect(found.filter((d) => d.id === "noncharacter")).toHaveLength(MAX_LISTED_PER_ID + 1);
    expect(found.filter((d) => d.id === "noncharacter")[0]).toMatchObject({ line: 1, column: 51 });
  });
});

describe("lineColumnsAt", () => {
  const text = "ab\n🔥c\n\nd🔥🔥e";
  it("gives for many indices what lineColumnAt gives for each", () => {
    const indices = [0, 1, 3, 5, 6, 7, 8, 9, 13];
    expect(lineColumnsAt(text, indices)).toEqual(indices.map((i) => lineColumnAt(text, i)));
    expect(lineColumnsAt(text, [13])).toEqual([{ line: 4, column: 4 }]);
  });

  it("reads the text once however many indices are asked for", () => {
    // Positions on a long line, asked for one by one, would cost a reading of the line each.
    const line = "x".repeat(200_000);
    const spots = lineColumnsAt(
      `a\n${line}`,
      Array.from({ length: 200_000 }, (_, i) => i + 2),
    );
    expect(spots.at(-1)).toEqual({ line: 2, column: 200_000 });
  });

  it("throws when the indices do not ascend (a programming error)", () => {
    expect(() => lineColumnsAt(text, [5, 1])).toThrow(/ascend/);
  });
});

describe("checkLineLengths", () => {
  it("warns about each long line, the first few listed and the rest counted", () => {
    const text = `${"x".repeat(LONG_LINE_CHARS + 1)}\n`.repeat(30);
    const found = checkLineLengths("content/articles/x.txt", text);
    expect(found).toHaveLength(MAX_LISTED_PER_ID + 1);
    expect(found.at(-1)).toMatchObject({ id: "long-line", line: MAX_LISTED_PER_ID + 1 });
    expect(found.at(-1)!.message).toMatch(/^10 more like this/);
  });
});

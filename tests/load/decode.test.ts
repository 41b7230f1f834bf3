import { describe, expect, it } from "vitest";
import { decodeUtf8 } from "../../src/load/decode";
import { checkText, lineColumnAt, normaliseLineEnds, normaliseText } from "../../src/load/normalise";

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
    ["\u001b[31mred\u007f", [{ id: "control-character", line: 1, column: 1 }, { id: "control-character", line: 1, column: 9 }]],
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
});

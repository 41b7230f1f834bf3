import { describe, expect, it } from "vitest";
import { decodeHtmlBytes } from "../../src/load/html-charset";

const ascii = (s: string): number[] => [...Buffer.from(s, "latin1")];

describe("decodeHtmlBytes", () => {
  it("reads a page declaring windows-1252 by that charset", () => {
    // 0xE9 é, 0x93/0x94 curly quotes: windows-1252, not Latin-1 and not UTF-8.
    const bytes = Uint8Array.from([...ascii('<meta charset="windows-1252"><p>Caf'), 0xe9, 0x20, 0x93, 0x41, 0x94]);
    const decoded = decodeHtmlBytes(bytes);
    expect(decoded).toMatchObject({ encoding: "windows-1252", source: "declared", invalid: false });
    expect(decoded.text).toContain("Café “A”");
  });

  it("reads the charset of an http-equiv Content-Type", () => {
    const bytes = Uint8Array.from([...ascii('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>'), 0xfc]);
    expect(decodeHtmlBytes(bytes).text).toContain("ü");
  });

  it("lets a UTF-8 byte-order mark win over the declaration and drops it", () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...Buffer.from('<meta charset="windows-1252"><p>Café')]);
    const decoded = decodeHtmlBytes(bytes);
    expect(decoded).toMatchObject({ encoding: "utf-8", source: "bom" });
    expect(decoded.text.startsWith("<meta")).toBe(true);
    expect(decoded.text).toContain("Café");
  });

  it("reads UTF-8 bytes as UTF-8 when the page wrongly declares windows-1252, and says so", () => {
    const bytes = Buffer.from('<meta charset="windows-1252"><p>Café “A”');
    const decoded = decodeHtmlBytes(bytes);
    expect(decoded).toMatchObject({ encoding: "utf-8", source: "utf-8-over-declared", declared: "windows-1252" });
    expect(decoded.text).toContain("Café “A”");
  });

  it("reads an undeclared page as UTF-8, never windows-1252, marking invalid bytes", () => {
    const valid = decodeHtmlBytes(Buffer.from("<p>Café"));
    expect(valid).toMatchObject({ encoding: "utf-8", source: "default", invalid: false });
    const broken = decodeHtmlBytes(Uint8Array.from([...ascii("<p>Caf"), 0xe9]));
    expect(broken).toMatchObject({ encoding: "utf-8", invalid: true });
    expect(broken.text).toContain("Caf\uFFFD");
  });

  it("ignores a declared label that names no charset", () => {
    expect(decodeHtmlBytes(Buffer.from('<meta charset="no-such-set"><p>Café')).text).toContain("Café");
  });
});

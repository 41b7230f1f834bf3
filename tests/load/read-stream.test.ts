import { describe, expect, it } from "vitest";
import { readArticleStream } from "../../src/load/read-stream";

const LIMIT = { maxFileBytes: 1000 };
async function* chunks(...parts: (string | Uint8Array)[]): AsyncGenerator<string | Uint8Array> {
  yield* parts;
}

describe("readArticleStream", () => {
  it("reads a stream in pieces as one text, line ends normalised and the BOM removed", async () => {
    const read = await readArticleStream(chunks("\uFEFFHeadline\r\n", new TextEncoder().encode("Body line.\r\n")), "standard input", LIMIT);
    expect(read).toEqual({ text: "Headline\nBody line.\n", diagnostics: [] });
  });

  it("refuses bytes that are not UTF-8, naming the input and the line", async () => {
    const read = await readArticleStream(chunks(new Uint8Array([0x61, 0x0a, 0xff])), "standard input", LIMIT);
    expect(read.text).toBeNull();
    expect(read.diagnostics).toMatchObject([{ id: "invalid-utf8", file: "standard input", line: 2 }]);
  });

  it("stops reading an endless stream once it passes the size limit", async () => {
    let pulled = 0;
    async function* endless(): AsyncGenerator<Uint8Array> {
      for (;;) {
        pulled++;
        yield new Uint8Array(100).fill(0x61);
      }
    }
    const read = await readArticleStream(endless(), "standard input", LIMIT);
    expect(read.text).toBeNull();
    expect(read.diagnostics).toMatchObject([{ id: "file-too-large", file: "standard input" }]);
    expect(pulled).toBe(11);
  });
});

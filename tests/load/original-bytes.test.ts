import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { resolveSettings } from "../../src/config/settings";
import { parseOneFile } from "../../src/ingest/parse-article";
import { originalBytesFromDisk } from "../../src/load/original-bytes";
import { tempDir } from "../helpers/run-build";

const settings = resolveSettings();
const root = tempDir("original-bytes");
afterAll(() => rmSync(root, { recursive: true, force: true }));

const PAGE = Buffer.from(
  `<!doctype html><html><head><meta charset="windows-1252"><title>Treaty signed</title></head>
<body><article><h1>Treaty signed</h1><p>The envoys signed the \x93harbour\x94 treaty on Thursday after three rounds of talks.</p></article></body></html>\r\n`,
  "latin1",
);

/** Write `bytes` as a saved page and parse it as ingestion would. */
function savedPage(name: string, bytes: Uint8Array) {
  const file = `content/articles/${name}`;
  mkdirSync(join(root, "content/articles"), { recursive: true });
  writeFileSync(join(root, file), bytes);
  const record = parseOneFile(root, file, { topics: [], settings }).parsed?.record ?? null;
  if (record === null) throw new Error(`${file} did not parse`);
  return record;
}

describe("originalBytesFromDisk", () => {
  const read = originalBytesFromDisk(root, settings);

  it("gives a saved page's bytes exactly as collected, its own character set and line ends kept", () => {
    const record = savedPage("treaty.html", PAGE);
    expect(Buffer.from(read(record)).equals(PAGE)).toBe(true);
  });

  it("refuses a page edited after it was parsed, naming it", () => {
    const record = savedPage("edited.html", PAGE);
    writeFileSync(join(root, record.file), Buffer.from(PAGE.toString("latin1").replace("Thursday", "Friday"), "latin1"));
    expect(() => read(record)).toThrow(/^content\/articles\/edited\.html: the file changed while the site was being built/);
  });

  it("refuses a page removed after it was parsed, naming it", () => {
    const record = savedPage("removed.html", PAGE);
    rmSync(join(root, record.file));
    expect(() => read(record)).toThrow(/^content\/articles\/removed\.html: could not be read again/);
  });
});

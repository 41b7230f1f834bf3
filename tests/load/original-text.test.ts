import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { originalTextFromDisk } from "../../src/load/original-text";
import { parseOneFile } from "../../src/ingest/parse-article";
import { resolveSettings } from "../../src/config/settings";
import { tempDir } from "../helpers/run-build";

const settings = resolveSettings();
const root = tempDir("original-text");
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Write `bytes` as an article file and parse it as ingestion would. */
function article(name: string, bytes: string) {
  const file = `content/articles/${name}`;
  mkdirSync(join(root, "content/articles"), { recursive: true });
  writeFileSync(join(root, file), bytes);
  const record = parseOneFile(root, file, { topics: [], settings }).parsed?.record ?? null;
  if (record === null) throw new Error(`${file} did not parse: ${JSON.stringify(parseOneFile(root, file, { topics: [], settings }))}`);
  return record;
}

describe("originalTextFromDisk", () => {
  const read = originalTextFromDisk(root, settings);

  it("gives the text the record was parsed from, BOM and CR removed", () => {
    const record = article("crlf.md", "\uFEFF---\r\ntitle: Talks resume in Geneva\r\n---\r\nEnvoys met on Monday to resume the talks.\r\n");
    expect(read(record)).toBe("---\ntitle: Talks resume in Geneva\n---\nEnvoys met on Monday to resume the talks.\n");
  });

  it("refuses a file edited after it was parsed, naming it", () => {
    const record = article("edited.md", "---\ntitle: Talks resume in Geneva\n---\nEnvoys met on Monday to resume the talks.\n");
    writeFileSync(join(root, record.file), "---\ntitle: Talks resume in Geneva\n---\nEnvoys met on Tuesday instead.\n");
    expect(() => read(record)).toThrow(/^content\/articles\/edited\.md: the file changed while the site was being built/);
  });

  it("refuses a file removed after it was parsed, naming it", () => {
    const record = article("removed.md", "---\ntitle: Talks resume in Geneva\n---\nEnvoys met on Monday to resume the talks.\n");
    rmSync(join(root, record.file));
    expect(() => read(record)).toThrow(/^content\/articles\/removed\.md: could not be read again/);
  });
});

import { execFile } from "node:child_process";
import { mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, "../..");
const TSX = join(ROOT, "node_modules/.bin/tsx");
const extract = (...args: string[]) =>
  run(TSX, ["src/cli/extract.ts", ...args], { cwd: ROOT, env: { ...process.env, SOURCE_DATE_EPOCH: "1795000000" } });

const seeds = readdirSync(join(ROOT, "content/articles"))
  .filter((f) => /^00\d_.*\.txt$/.test(f))
  .sort()
  .map((f) => join("content/articles", f));

describe("npm run extract", () => {
  it("prints one JSON record per seed with the table's values", async () => {
    const { stdout } = await extract(...seeds);
    const rows = stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    const day = (v: string | null) => (v === null ? null : v.slice(0, 10));
    expect(rows.map((r) => [r.authors, day(r.published), day(r.updated), r.source])).toEqual([
      [[], "2023-09-20", null, null],
      [["Mark Dovich"], null, null, null],
      [[], "2025-06-29", "2025-07-02", null],
      [[], null, null, null],
      [["Kanako Mita", "Sawako Utsumi", "Lee Jay Walker"], null, null, "Modern Tokyo Times"],
    ]);
    for (const r of rows) {
      expect(Object.keys(r)).toEqual(
        expect.arrayContaining([
          "headline",
          "byline",
          "authors",
          "published",
          "updated",
          "source",
          "topics",
          "highlights",
          "body",
          "provenance",
          "removed",
        ]),
      );
      expect(r.provenance.headline.kind).toBe("extracted");
      expect(r.topics.length).toBeGreaterThan(0);
    }
    expect(rows[0].byline).toBe("By | September 20, 2023");
    expect(rows[2].highlights).toHaveLength(3);
  });

  it("works on a file outside content/ and explains each line", async () => {
    const dir = mkdtempSync(join(tmpdir(), "extract-"));
    const file = join(dir, "page.txt");
    writeFileSync(
      file,
      "Skip to content\nCouncil approves the new river bridge\nBy Jane Doe\nThe council voted on Monday to approve a new bridge across the river, ending a ten-year debate.\nLeave a Reply\n",
    );
    const { stdout } = await extract("--explain", file);
    expect(stdout).toMatch(/1\s+removed\s+chrome:skip-link/);
    expect(stdout).toMatch(/2\s+headline/);
    expect(stdout).toMatch(/3\s+byline/);
    expect(stdout).toMatch(/4\s+body/);
  });

  it("exits non-zero on unreadable input", async () => {
    const dir = mkdtempSync(join(tmpdir(), "extract-"));
    const file = join(dir, "latin1.txt");
    writeFileSync(file, Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]));
    await expect(extract(file)).rejects.toMatchObject({ code: 1 });
    await expect(extract(join(dir, "missing.txt"))).rejects.toMatchObject({ code: 1 });
  });
});

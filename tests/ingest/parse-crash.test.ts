import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it, vi } from "vitest";
import { parseArticleText, parseOneFile } from "../../src/ingest/parse-article";
import { resolveSettings } from "../../src/config/settings";

// The Markdown parser fails the way a recursive parser does on input it cannot take; raw text
// goes through the real extractor.
vi.mock("../../src/parse/markdown", async (importOriginal) => ({
  ...(await importOriginal<typeof import("../../src/parse/markdown")>()),
  parseMarkdown: () => {
    throw new RangeError("Maximum call stack size exceeded");
  },
}));

const settings = resolveSettings();
const ctx = { topics: [], settings, now: new Date("2027-01-01T00:00:00Z") };
const MD = "---\ntitle: Talks resume\n---\nEnvoys met on Tuesday.\n";
const roots: string[] = [];
afterAll(async () => {
  await Promise.all(roots.map((r) => rm(r, { recursive: true, force: true })));
});

describe("a parser that throws while reading one file", () => {
  it("becomes an error diagnostic naming the file, not an exception", () => {
    const { record, diagnostics } = parseArticleText("content/articles/deep.md", MD, ctx);
    expect(record).toBeNull();
    expect(diagnostics).toEqual([
      expect.objectContaining({
        id: "parse-crashed",
        severity: "error",
        file: "content/articles/deep.md",
        message: "Reading the article stopped with an internal error (RangeError: Maximum call stack size exceeded).",
      }),
    ]);
  });

  it("names the file when the build reads it from disk, and the other files are still parsed", async () => {
    const root = await mkdtemp(path.join(tmpdir(), "parse-crash-"));
    roots.push(root);
    await mkdir(path.join(root, "content", "articles"), { recursive: true });
    await writeFile(path.join(root, "content", "articles", "deep.md"), MD);
    await writeFile(
      path.join(root, "content", "articles", "fine.txt"),
      "Talks resume after a year of silence\n\nEnvoys met on Tuesday and agreed to meet again next month, officials said.\n",
    );
    const crashed = parseOneFile(root, "content/articles/deep.md", ctx);
    expect(crashed.parsed?.diagnostics).toMatchObject([{ id: "parse-crashed", file: "content/articles/deep.md" }]);
    expect(parseOneFile(root, "content/articles/fine.txt", ctx).parsed?.record).not.toBeNull();
  });
});

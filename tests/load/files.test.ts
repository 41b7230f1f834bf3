import { rm, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { listArticleFiles } from "../../src/load/list-files";
import { readArticleFile } from "../../src/load/read-file";
import { resolveSettings } from "../../src/config/settings";
import { loadTopics } from "../../src/topics/load-topics";
import { makeRoot } from "../fixtures/temp-root";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});
async function root(files: Parameters<typeof makeRoot>[0]) {
  const made = await makeRoot(files);
  cleanups.push(made.cleanup);
  return made.root;
}

describe("listArticleFiles", () => {
  it("lists articles recursively in code-unit order and reports every other file", async () => {
    const dir = await root({
      "b.txt": "x",
      "a.md": "x",
      "B.txt": "x", // uppercase sorts before lowercase in code-unit order
      "sub/c.txt": "x",
      "notes.docx": "x",
      ".hidden.txt": "x",
      "draft.md.swp": "x",
      "draft.md~": "x",
      ".DS_Store": "x",
      README: "x",
    });
    await symlink("/etc/passwd", path.join(dir, "content/articles/link.txt"));
    const listing = await listArticleFiles(dir, "content/articles");
    const p = (name: string) => `content/articles/${name}`;

    expect(listing.articles).toEqual([p("B.txt"), p("a.md"), p("b.txt"), p("sub/c.txt")]);
    expect(listing.seen).toHaveLength(11);
    expect(listing.diagnostics.map((d) => [d.file, d.id])).toEqual([
      [p(".DS_Store"), "hidden-file-skipped"],
      [p(".hidden.txt"), "hidden-file-skipped"],
      [p("README"), "unsupported-extension"],
      [p("draft.md.swp"), "hidden-file-skipped"],
      [p("draft.md~"), "hidden-file-skipped"],
      [p("link.txt"), "symlink-refused"],
      [p("notes.docx"), "unsupported-extension"],
    ]);
    // Skipped files are named, never dropped silently.
    expect(listing.diagnostics.every((d) => d.message.includes(path.basename(d.file)) || d.id === "unsupported-extension")).toBe(true);
  });

  it.each([
    // The articles folder, or the content folder above it, as a link to a folder outside.
    ["content/articles", "content/articles"],
    ["content", "content"],
  ])("reads nothing through %s when it is a symbolic link, and says so", async (linked, reported) => {
    const outside = await root({ "secret.txt": "A secret page\n\nNot for publishing." });
    const dir = await root({});
    await rm(path.join(dir, linked), { recursive: true });
    await symlink(path.join(outside, linked), path.join(dir, linked));
    const listing = await listArticleFiles(dir, "content/articles");
    expect(listing.articles).toEqual([]);
    expect(listing.diagnostics.map((d) => [d.file, d.id])).toEqual([[reported, "symlink-refused"]]);
    const topics = await loadTopics(dir, resolveSettings());
    expect(topics.topics.length === 0).toBe(linked === "content");
  });

  it("reports a missing articles folder instead of listing nothing", async () => {
    const dir = await root({});
    const listing = await listArticleFiles(dir, "content/nowhere");
    expect(listing.diagnostics.map((d) => d.id)).toEqual(["read-failed"]);
  });
});

describe("readArticleFile", () => {
  const settings = { maxFileBytes: 64 };

  it.each([
    // Latin-1 "Café": an error at the byte's line and column, with the re-save hint.
    ["latin1.txt", new Uint8Array([0x48, 0x69, 0x0a, 0x43, 0x61, 0x66, 0xe9]), { id: "invalid-utf8", line: 2, column: 4 }],
    // Over the size cap: refused before it is read.
    ["big.txt", "x".repeat(65), { id: "file-too-large" }],
    // A NUL byte survives UTF-8 decoding, so it has its own check.
    ["nul.txt", "Headline\n\u0000", { id: "control-character", line: 2, column: 1 }],
    ["empty.txt", "", { id: "empty-file", line: 1 }],
  ])("refuses %s", async (name, content, expected) => {
    const dir = await root({ [name]: content });
    const rel = `content/articles/${name}`;
    const result = await readArticleFile(path.join(dir, rel), rel, settings);
    expect(result.text).toBeNull();
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ ...expected, file: rel, severity: "error" });
  });

  it("tells the editor to re-save a non-UTF-8 file as UTF-8", async () => {
    const dir = await root({ "l.txt": new Uint8Array([0xe9]) });
    const result = await readArticleFile(path.join(dir, "content/articles/l.txt"), "l.txt", settings);
    expect(result.diagnostics[0]?.hint).toMatch(/re-save the file as UTF-8/i);
  });

  it("strips the BOM and normalises CRLF and CR line ends", async () => {
    const dir = await root({ "w.txt": "\uFEFFHeadline\r\n\r\nBody\rmore" });
    const result = await readArticleFile(path.join(dir, "content/articles/w.txt"), "w.txt", settings);
    expect(result).toEqual({ text: "Headline\n\nBody\nmore", diagnostics: [] });
  });

  it("refuses a symbolic link even when it is named directly", async () => {
    const dir = await root({ "real.txt": "text" });
    await symlink(path.join(dir, "content/articles/real.txt"), path.join(dir, "link.txt"));
    const result = await readArticleFile(path.join(dir, "link.txt"), "link.txt", settings);
    expect(result.diagnostics.map((d) => d.id)).toEqual(["symlink-refused"]);
  });

  it("reports a missing file as unreadable", async () => {
    const dir = await root({});
    await writeFile(path.join(dir, "unused"), "");
    const result = await readArticleFile(path.join(dir, "nope.txt"), "nope.txt", settings);
    expect(result.diagnostics[0]).toMatchObject({ id: "read-failed", message: expect.stringContaining("ENOENT") });
  });
});

import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { assembleIngest, ingest, type IngestResult } from "../../src/ingest/ingest";
import { report } from "../../src/diagnostics/messages";
import type { FileOutcome } from "../../src/ingest/parse-article";
import { resolveSettings } from "../../src/config/settings";
import { suffixedSlug } from "../../src/record/slug";
import { makeRoot } from "../fixtures/temp-root";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const now = new Date("2026-01-01T00:00:00Z");
const settings = resolveSettings();
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});
async function run(files: Parameters<typeof makeRoot>[0], overrides = {}): Promise<IngestResult> {
  const made = await makeRoot(files);
  cleanups.push(made.cleanup);
  return ingest(resolveSettings(overrides), made.root, { now });
}

/** Every file seen is published, failed with an error, or was skipped with a warning naming it. */
function expectEveryFileAccountedFor(result: IngestResult): void {
  const published = new Set(result.records.map((r) => r.file));
  const skippedIds = new Set(["hidden-file-skipped", "draft-not-published"]);
  for (const file of result.files) {
    const mine = result.diagnostics.filter((d) => d.file === file);
    const accounted = published.has(file) || mine.some((d) => d.severity === "error" || skippedIds.has(d.id));
    expect(accounted, file).toBe(true);
  }
}

const BODY = "Officials from both countries met on Tuesday and agreed to continue the discussions next month in the capital.";

describe("ingest", () => {
  it("reports every bad file, each with an error naming it and its line, and keeps the good ones", async () => {
    const result = await run({
      "empty.txt": { fixture: "bad/empty.txt" },
      "chrome-only.txt": { fixture: "bad/chrome-only.txt" },
      "invalid-yaml.md": { fixture: "bad/invalid-yaml.md" },
      "js-front-matter.md": { fixture: "bad/js-front-matter.md" },
      "feb-31.md": { fixture: "bad/feb-31.md" },
      "good.md": { fixture: "good/markdown-article.md" },
      "raw.txt": { fixture: "good/raw-with-front-matter.txt" },
    });
    const errors = result.diagnostics.filter((d) => d.severity === "error").map((d) => [path.basename(d.file), d.id, d.line]);
    expect(errors).toEqual(
      expect.arrayContaining([
        ["empty.txt", "empty-file", 1],
        ["chrome-only.txt", "no-article-body", 1],
        ["invalid-yaml.md", "front-matter-yaml", 4],
        ["js-front-matter.md", "front-matter-language-refused", 1],
        ["feb-31.md", "invalid-date", 3],
      ]),
    );
    expect(result.records.map((r) => r.file)).toEqual(["content/articles/good.md", "content/articles/raw.txt"]);
    expect(result.files).toHaveLength(7);
    expect((globalThis as { __archiveCanary?: unknown }).__archiveCanary).toBeUndefined();
    expectEveryFileAccountedFor(result);
  });

  it("sorts diagnostics by file, then line", async () => {
    const result = await run({
      "b.md": "---\ntittle: x\ndate: 2023-02-31\n---\nBody",
      "a.txt": "",
    });
    expect(result.diagnostics.map((d) => [path.basename(d.file), d.line])).toEqual([
      ["a.txt", 1],
      ["b.md", 2],
      ["b.md", 3],
    ]);
  });

  it("rejects both articles whose editors wrote the same `slug:` (after case folding), naming the other file", async () => {
    const result = await run({
      "a.md": `---\ntitle: Mayor Resigns!\nslug: mayor-resigns\n---\n${BODY}`,
      "b.md": `---\ntitle: Mayor quits\nslug: mayor-resigns\n---\nA different body about the same event, written by another reporter later that day.`,
      "c.md": `---\ntitle: Other\n---\nSomething else entirely, about a different subject and a different day.`,
    });
    const dupes = result.diagnostics.filter((d) => d.id === "duplicate-slug");
    expect(dupes.map((d) => [path.basename(d.file), d.line, d.message])).toEqual([
      ["a.md", 3, "The slug `mayor-resigns` is the same as in content/articles/b.md."],
      ["b.md", 3, "The slug `mayor-resigns` is the same as in content/articles/a.md."],
    ]);
    expect(result.records.map((r) => r.slug)).toEqual(["other"]);
    expectEveryFileAccountedFor(result);
  });

  it("publishes both articles whose headlines make the same slug (after case folding), each suffixed and warned", async () => {
    const result = await run({
      "a.md": `---\ntitle: Mayor Resigns!\n---\n${BODY}`,
      "b.md": `---\ntitle: mayor resigns\n---\nA different body about the same event, written by another reporter later that day.`,
      "c.md": `---\ntitle: Other\n---\nSomething else entirely, about a different subject and a different day.`,
    });
    expect(result.diagnostics.map((d) => [path.basename(d.file), d.id, d.severity])).toEqual([
      ["a.md", "slug-collision-suffixed", "warning"],
      ["b.md", "slug-collision-suffixed", "warning"],
    ]);
    expect(result.records.map((r) => r.slug)).toEqual([
      suffixedSlug("mayor-resigns", "articles/a.md"),
      suffixedSlug("mayor-resigns", "articles/b.md"),
      "other",
    ]);
  });

  it("hashes the path inside the content folder, wherever that folder is", async () => {
    const files = {
      "a.md": `---\ntitle: Talks resume\n---\n${BODY}`,
      "b.md": `---\ntitle: Talks Resume\n---\nAnother text on the talks, from another reporter.`,
    };
    const made = await makeRoot({});
    cleanups.push(made.cleanup);
    for (const [name, text] of Object.entries(files)) {
      await mkdir(path.join(made.root, "archive", "articles"), { recursive: true });
      await writeFile(path.join(made.root, "archive", "articles", name), text);
    }
    const moved = await ingest(resolveSettings({ contentDir: "archive" }), made.root, { now });
    const usual = await run(files);
    expect(moved.records.map((r) => r.slug)).toEqual(usual.records.map((r) => r.slug));
  });

  it("rejects the same body saved twice under different names", async () => {
    const result = await run({
      "one.md": `---\ntitle: First copy\n---\n${BODY}`,
      "two.md": `---\ntitle: Second copy\n---\n${BODY.replace(/ /g, "  ")}`,
    });
    expect(result.diagnostics.filter((d) => d.id === "duplicate-body").map((d) => [path.basename(d.file), d.message])).toEqual([
      ["one.md", "The article body is the same as in content/articles/two.md."],
      ["two.md", "The article body is the same as in content/articles/one.md."],
    ]);
    expect(result.records).toEqual([]);
  });

  it("never changes an article's slug when another article is added", async () => {
    const alone = await run({ "a.md": `---\ntitle: Talks resume\n---\n${BODY}` });
    const withMore = await run({
      "0.md": `---\ntitle: Earlier story\n---\nAn earlier, unrelated story about something else altogether.`,
      "a.md": `---\ntitle: Talks resume\n---\n${BODY}`,
    });
    expect(withMore.records.find((r) => r.file.endsWith("a.md"))?.slug).toBe(alone.records[0]?.slug);
  });

  it.each([
    // Drafts are left out of a normal build, with a warning saying so.
    [false, [], ["draft-not-published"]],
    // The dev server publishes them.
    [true, ["content/articles/d.md"], []],
  ])("with includeDrafts=%s publishes %j", async (includeDrafts, files, ids) => {
    const result = await run({ "d.md": `---\ntitle: Work in progress\ndraft: true\n---\n${BODY}` }, { includeDrafts });
    expect(result.records.map((r) => r.file)).toEqual(files);
    expect(result.diagnostics.map((d) => d.id)).toEqual(ids);
  });

  it("skips hidden and temporary files with a warning, and refuses other extensions", async () => {
    const result = await run({ ".notes.md": "x", "a.md~": "x", "photo.jpg": "x" });
    expect(result.diagnostics.map((d) => [path.basename(d.file), d.id, d.severity])).toEqual([
      [".notes.md", "hidden-file-skipped", "warning"],
      ["a.md~", "hidden-file-skipped", "warning"],
      ["photo.jpg", "unsupported-extension", "error"],
    ]);
    expectEveryFileAccountedFor(result);
  });

  it("reports a broken topics file as an error", async () => {
    const made = await makeRoot({ "a.md": `---\ntitle: T\n---\n${BODY}` });
    cleanups.push(made.cleanup);
    const { writeFile } = await import("node:fs/promises");
    await writeFile(path.join(made.root, "content/topics.yml"), "- slug: [broken\n");
    const result = await ingest(settings, made.root, { now });
    expect(result.diagnostics[0]).toMatchObject({ id: "topics-file-invalid", file: "content/topics.yml", severity: "error" });
  });
});

describe("the seed articles", () => {
  it("all become records without errors, with distinct slugs", async () => {
    const result = await ingest(settings, REPO, { now });
    expect(result.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
    expect(result.records).toHaveLength(result.files.length);
    expect(new Set(result.records.map((r) => r.slug)).size).toBe(result.records.length);
    expectEveryFileAccountedFor(result);
  });

  it.each([
    // 003: mass graves in Karabakh, and the missing.
    ["003_", ["nagorno-karabakh", "mass-graves", "missing-persons"], ["peacekeeping", "csto"]],
    // 000: Russian peacekeepers killed near Stepanakert; the UN is mentioned once only.
    ["000_", ["peacekeeping", "russia", "nagorno-karabakh"], ["united-nations", "mass-graves"]],
    // 001: bodies handed over; the CSTO chief arrives.
    ["001_", ["csto", "missing-persons", "armenia"], ["turkey"]],
    // 004: killings of surrendered soldiers: war crimes and prisoners of war.
    ["004_", ["war-crimes", "prisoners-of-war", "turkey"], ["mass-graves"]],
    // 002: a diplomatic row between Azerbaijan and Russia.
    ["002_", ["azerbaijan", "russia", "diplomacy"], ["nagorno-karabakh", "peacekeeping"]],
  ])("seed %s gets topics %j and not %j", async (prefix, expected, notExpected) => {
    const result = await ingest(settings, REPO, { now });
    const record = result.records.find((r) => path.basename(r.file).startsWith(prefix));
    expect(record?.topics).toEqual(expect.arrayContaining(expected));
    for (const slug of notExpected) expect(record?.topics).not.toContain(slug);
  });
});

describe("assembleIngest", () => {
  // Each list was appended with push(...list), one argument per item: a long list overflowed the stack.
  it("collects 300,000 diagnostics of one file without overflowing the stack", () => {
    const file = "content/articles/a.md";
    const many = Array.from({ length: 300_000 }, (_, i) =>
      report("raw-html-dropped", file, "Raw HTML `<b>` is removed from the page.", { line: i + 1 }),
    );
    const outcome: FileOutcome = { readDiagnostics: many, parsed: { record: null, diagnostics: many }, sha1: null };
    const scan = { listing: { articles: [file], seen: [file], diagnostics: [] }, topics: [], topicDiagnostics: [] };
    const result = assembleIngest(scan, [outcome], { includeDrafts: false, contentDir: "content" });
    expect(result.diagnostics).toHaveLength(600_000);
  });
});

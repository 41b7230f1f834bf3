import { readdirSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import { checkContent, formatCheckReport } from "../../../src/tools/editor/check-content";
import { report } from "../../../src/diagnostics/messages";
import { resolveSettings } from "../../../src/config/settings";
import { MISTAKES, rootWithCases } from "./mistake-root";

// A fixed "today" so the future-date check never depends on when the tests run.
const NOW = new Date(Date.UTC(2027, 0, 1));
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  await Promise.all(cleanups.map((c) => c()));
});

async function check(...cases: string[]) {
  const { root, cleanup } = await rootWithCases(...cases);
  cleanups.push(cleanup);
  return checkContent(root, { settings: resolveSettings(), diagnostics: [] }, NOW);
}

/** `file:line severity id`, the part of a diagnostic an editor's eye lands on first. */
const where = (d: { file: string; line?: number; severity: string; id: string }) =>
  `${d.file.replace("content/articles/", "")}:${d.line ?? "-"} ${d.severity} ${d.id}`;

// Each row: a folder under tests/tools/editor/mistakes/ holding one mistake an editor makes, the
// diagnostics `npm run check` must print for it, and words the message must contain.
const CASES: readonly [name: string, expected: string[], mentions: string[]][] = [
  // A typo in a key is refused and the nearest key suggested.
  ["misspelt-key", ["tittle.md:2 error front-matter-unknown-key"], ["did you mean `title`"]],
  // `---js` would run code in gray-matter; it is refused before parsing.
  ["javascript-front-matter", ["code.md:1 error front-matter-language-refused"], ["`js`"]],
  // YAML reads `title: 2023` as a number; the editor is told to quote it.
  ["number-title", ["year.md:2 error front-matter-type"], ["quote it"]],
  // 31 February would roll over to 3 March in plain YAML; here it is an error.
  ["impossible-date", ["feb-31.md:3 error invalid-date"], ["2023-02-31"]],
  // Day-first or month-first cannot be known.
  ["ambiguous-date", ["slashes.md:3 error ambiguous-date"], ["03/04/2023"]],
  // An opening `---` without a closing one would swallow the whole file.
  ["unclosed-front-matter", ["open.md:1 error front-matter-unterminated"], ["never ends"]],
  // A YAML syntax error points at the line where the parser gave up.
  ["broken-yaml", ["list.md:4 error front-matter-yaml"], ["flow collection"]],
  // A new topic a typo away from a listed one is published, with a warning suggesting the listed one.
  ["unknown-topic", ["topic.md:3 warning unknown-topic"], ["did you mean `diplomacy`"]],
  // The same article saved twice: both files are named, each pointing at the other.
  [
    "same-article-twice",
    ["envoys-copy.txt:1 error duplicate-body", "envoys.txt:1 error duplicate-body"],
    ["content/articles/envoys.txt", "content/articles/envoys-copy.txt"],
  ],
  // Two headlines that make the same URL: both published under suffixed URLs, each file naming the other.
  [
    "colliding-slugs",
    ["a.md:2 warning slug-collision-suffixed", "b.md:2 warning slug-collision-suffixed"],
    ["content/articles/a.md", "content/articles/b.md", "`/articles/mayor-resigns-"],
  ],
  // The same `slug:` written in two files: only an editor can choose, so both are refused.
  [
    "colliding-editor-slugs",
    ["acting.md:3 error duplicate-slug", "resigns.md:3 error duplicate-slug"],
    ["content/articles/acting.md", "content/articles/resigns.md"],
  ],
  // A draft is not an error, but the check says it will not be published.
  ["draft", ["unfinished.md:3 warning draft-not-published"], ["draft: true"]],
  // A Word file dropped into the folder.
  ["word-file", ["notes.docx:- error unsupported-extension"], [".docx"]],
  // A page saved without its article: only menus, comment forms and footers.
  ["site-chrome-only", ["chrome-only.txt:1 error missing-headline", "chrome-only.txt:1 error no-article-body"], []],
  // A slug that tries to leave the articles folder.
  ["slug-with-path", ["slug.md:3 error invalid-slug"], ["../../etc/passwd"]],
  // A file saved before anything was pasted into it.
  ["empty-file", ["empty.txt:1 error empty-file"], []],
  // A year typo far in the past.
  ["implausible-date", ["hastings.md:3 error implausible-date"], ["1066-10-14"]],
  // A macOS folder file copied along with the articles: skipped, but said so.
  ["hidden-file", [".DS_Store:- warning hidden-file-skipped"], [".DS_Store"]],
  // A Markdown article needs a headline of its own.
  ["missing-title", ["untitled.md:1 error missing-title"], ["title"]],
  // Front matter written as a list instead of `key: value` lines.
  ["list-front-matter", ["as-list.md:2 error front-matter-not-mapping"], ["a list"]],
  // Text saved in Latin-1 by an old editor.
  ["latin-1", ["cafe.txt:1 error invalid-utf8"], ["0xE9"]],
  // A paragraph pasted into `authors`: its page address would be too long for the file system.
  ["long-author", ["long.md:3 error field-too-long"], ["431 characters long"]],
  // A terminal colour code written as a YAML escape would reach every page printing the title.
  ["escaped-control-title", ["escape.md:2 error control-character"], ["U+001B"]],
];

describe("npm run check on editors' mistakes", () => {
  it.each(CASES)("reports %s with file, line, id and a hint", async (name, expected, mentions) => {
    const result = await check(name);
    expect(result.diagnostics.map(where)).toEqual(expected);
    const messages = result.diagnostics.map((d) => d.message).join("\n");
    for (const words of mentions) expect(messages).toContain(words);
    for (const d of result.diagnostics) expect(d.hint, d.id).toBeTruthy();
  });

  it("has a table row for every mistake folder", () => {
    expect(CASES.map(([name]) => name).sort()).toEqual(readdirSync(MISTAKES).sort());
  });

  it("reports every mistake of every folder at once, errors counted, none lost", async () => {
    // Same-slug pairs across folders would add follow-on errors, so merge the single-file ones.
    const singles = CASES.filter(([, expected]) => expected.every((e) => e.startsWith(expected[0]!.split(":")[0]!)));
    const result = await check(...singles.map(([name]) => name));
    const expected = singles.flatMap(([, e]) => e);
    expect(result.diagnostics.map(where).sort()).toEqual([...expected].sort());
    expect(result.errors).toBe(expected.filter((e) => e.includes(" error ")).length);
    // Every case holds an error or a draft, except the new topic, which is published.
    expect(result.publishable).toBe(1);
  });

  it("prints 200,000 diagnostics in one report", () => {
    const diagnostics = Array.from({ length: 200_000 }, (_, i) =>
      report("raw-html-dropped", "content/articles/a.md", "Raw HTML `<b>` is removed from the page.", { line: i + 1 }),
    );
    const text = formatCheckReport({
      diagnostics,
      raw: [],
      files: ["content/articles/a.md"],
      publishable: 1,
      quarantined: [],
      siteErrors: [],
      errors: 0,
      warnings: 200_000,
      createdTopics: [],
      taxonomyFailed: false,
      notes: 0,
    });
    expect(text.split("\n").filter((l) => l.includes("raw-html-dropped"))).toHaveLength(200_000);
  });

  it("ends the report with the quarantined files, the counts and the verdict", async () => {
    const result = await check("misspelt-key", "draft");
    const text = formatCheckReport(result);
    expect(text).toContain("Quarantined (left out of the site until fixed):\n  content/articles/tittle.md:2: front-matter-unknown-key:");
    expect(text).toMatch(
      /Checked 2 files: 0 would be published, 1 quarantined, 1 error, 1 warning — `npm run build` would publish the rest/,
    );
    expect(formatCheckReport(result, { strict: true })).toMatch(/— fix the errors above; `npm run build -- --strict` would fail\.$/);
  });
});

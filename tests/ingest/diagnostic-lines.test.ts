import { readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveSettings } from "../../src/config/settings";
import type { DiagnosticId } from "../../src/diagnostics/messages";
import { ingest, type IngestResult } from "../../src/ingest/ingest";
import { MISTAKES, rootWithCases } from "../tools/editor/mistake-root";

// Every diagnostic about something written on a line names that line (and the file that line is
// in), so an editor can jump to it. Only problems with a whole file or folder carry none.
const WHOLE_FILE: ReadonlySet<DiagnosticId> = new Set([
  "hidden-file-skipped",
  "unsupported-extension",
  "symlink-refused",
  "read-failed",
  "file-too-large",
  "sidecar-without-page",
  "parse-crashed",
]);

const PROSE = "The council met on Tuesday and voted on the budget for the coming year, after a long debate. ";
const page = (headline: string, extraBody = "") =>
  `<!doctype html>\n<html>\n<head>\n<meta charset="utf-8">\n<title>${headline}</title>\n</head>\n<body>\n<article>\n<h1>${headline}</h1>\n<p>${headline}: ${PROSE.repeat(8)}</p>\n${extraBody}<p>${PROSE.repeat(6)}</p>\n</article>\n</body>\n</html>\n`;

/** Files beside the editor-mistake cases that exercise the saved-page and draft paths. */
const EXTRA: Record<string, string | Buffer> = {
  "draft.md": `---\ntitle: A draft\ndate: 2024-01-02\ndraft: true\n---\n${PROSE}\n`,
  // A sidecar whose values are refused, and one that marks its page a draft.
  "council.html": page("Council votes on the budget"),
  "council.yml": `source: Gazette\ntopics: [diplomcy]\n`,
  "later.html": page("Budget passes after a later vote"),
  "later.yml": `draft: true\ndate: 2024-02-01\nupdated: 2024-01-01\n`,
  // Bytes that are not UTF-8 in a page declaring UTF-8 (line 11: Latin-1's é is 0xE9), and a
  // page declaring windows-1252 (line 4) whose bytes are UTF-8.
  "bytes.html": Buffer.from(page("Bytes that are not text", "<p>café on the corner</p>\n"), "latin1"),
  "declared.html": page("Café owners declare a charset").replace('<meta charset="utf-8">', '<meta charset="windows-1252">'),
};

let result: IngestResult;
let cleanup: () => Promise<void>;
beforeAll(async () => {
  const made = await rootWithCases(...readdirSync(MISTAKES));
  cleanup = made.cleanup;
  for (const [name, text] of Object.entries(EXTRA)) writeFileSync(join(made.root, "content/articles", name), text);
  result = await ingest(resolveSettings(), made.root, { now: new Date("2027-01-01T00:00:00Z") });
});
afterAll(() => cleanup());

describe("diagnostic lines", () => {
  it("gives a line to every diagnostic about something on a line", () => {
    const lineless = result.diagnostics.filter((d) => d.line === undefined && !WHOLE_FILE.has(d.id as DiagnosticId));
    expect(lineless.map((d) => `${d.file} ${d.id}`)).toEqual([]);
    // The cases cover a good part of the catalogue, so the rule above is not met by an empty list.
    expect(new Set(result.diagnostics.map((d) => d.id)).size).toBeGreaterThanOrEqual(25);
  });

  it.each([
    // A draft names the line of `draft: true`, in the article or in its page's sidecar.
    ["draft-not-published", "content/articles/draft.md", 4],
    ["draft-not-published", "content/articles/later.yml", 1],
    // A value set in a sidecar is reported in the sidecar, on its key's line.
    ["unknown-topic", "content/articles/council.yml", 2],
    ["updated-before-published", "content/articles/later.yml", 3],
    // A page's character-set problem names the first byte read as U+FFFD, or the declaration.
    ["saved-page-charset", "content/articles/bytes.html", 11],
    ["saved-page-charset", "content/articles/declared.html", 4],
  ])("reports %s in %s on line %i", (id, file, line) => {
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ id, file, line }));
  });
});

import { describe, expect, it } from "vitest";
import { MESSAGES, formatDiagnostic, hasErrors, report, sortDiagnostics } from "../../src/diagnostics/messages";
import { nearest } from "../../src/diagnostics/suggest";

describe("diagnostic catalogue", () => {
  it.each(Object.entries(MESSAGES))("%s has a kebab-case id, a title and an actionable hint", (id, spec) => {
    expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(spec.title).not.toMatch(/^error/i);
    expect(spec.hint).toMatch(/\.$/);
  });

  it("formats file:line:col, severity, id, message and hint on one line", () => {
    const d = report("front-matter-yaml", "content/articles/x.md", "Duplicated mapping key.", { line: 4, column: 1 });
    expect(formatDiagnostic(d)).toBe(
      `content/articles/x.md:4:1: error front-matter-yaml: Duplicated mapping key. Hint: ${MESSAGES["front-matter-yaml"].hint}`,
    );
  });

  it("formats a diagnostic without a line as the bare file", () => {
    expect(formatDiagnostic(report("symlink-refused", "content/articles/l.txt", "Link."))).toMatch(
      /^content\/articles\/l\.txt: error symlink-refused: Link\./,
    );
  });

  it("sorts by file in code-unit order, then line and column", () => {
    const d = (file: string, line?: number, column?: number) => report("empty-file", file, "m", { line, column });
    const sorted = sortDiagnostics([d("b", 1), d("a", 3), d("B"), d("a", 3, 1), d("a", 1)]);
    expect(sorted.map((x) => [x.file, x.line, x.column])).toEqual([
      ["B", undefined, undefined],
      ["a", 1, undefined],
      ["a", 3, undefined],
      ["a", 3, 1],
      ["b", 1, undefined],
    ]);
  });

  it("tells errors from warnings", () => {
    expect(hasErrors([report("raw-html-dropped", "a", "m")])).toBe(false);
    expect(hasErrors([report("raw-html-dropped", "a", "m"), report("empty-file", "a", "m")])).toBe(true);
  });
});

describe("nearest", () => {
  it.each([
    ["tittle", ["title", "date"], "title"],
    ["Autors", ["authors", "source"], "authors"],
    ["permalink", ["title", "date", "slug"], null],
  ])("suggests for %j", (word, candidates, expected) => {
    expect(nearest(word, candidates)).toBe(expected);
  });
});

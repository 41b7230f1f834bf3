import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "../../../src/diagnostics/messages";
import { PROJECT_ROOT } from "../../../src/config/project-root";
import { frontMatterTable } from "../../../src/parse/front-matter-schema";
import { FOREIGN_KEYS } from "../../../src/parse/front-matter-keys";

// The README and docs/diagnostics.md are the editors' manual: the README's front-matter table
// and the list of diagnostics must say exactly what the code accepts and reports.

/** The lines of `file`'s section under `heading`, up to the next heading of any level. */
function section(file: string, heading: string): string[] {
  const lines = readFileSync(join(PROJECT_ROOT, file), "utf8").split("\n");
  const start = lines.indexOf(heading);
  if (start === -1) throw new Error(`${file} has no \`${heading}\` section`);
  const end = lines.findIndex((line, i) => i > start && /^#{1,6} /.test(line));
  return lines.slice(start + 1, end === -1 ? undefined : end);
}

/** Table rows as cells, header and separator rows left out. */
function tableRows(lines: readonly string[]): string[][] {
  return lines
    .filter((line) => line.startsWith("|") && !/^\|[-| ]+\|$/.test(line))
    .slice(1)
    .map((line) =>
      line
        .slice(1, -1)
        .split(" | ")
        .map((cell) => cell.trim()),
    );
}

describe("the README's front-matter table", () => {
  it("is the table generated from the schema, word for word", () => {
    // To update: paste the output of frontMatterTable() into README.md under "### Front matter".
    expect(section("README.md", "### Front matter").join("\n")).toContain(frontMatterTable());
  });
});

describe("the diagnostics table of docs/diagnostics.md", () => {
  const rows = tableRows(section("docs/diagnostics.md", "## Catalogue"));
  const documented = rows.map(([id]) => id!.replace(/`/g, ""));

  it("lists every id of the catalogue, and no other", () => {
    expect([...documented].sort()).toEqual(Object.keys(MESSAGES).sort());
  });

  it("lists each id once", () => {
    expect(new Set(documented).size).toBe(documented.length);
  });

  it.each(Object.entries(MESSAGES))("gives %s its severity, an example and a fix", (id, spec) => {
    const row = rows.find(([cell]) => cell === `\`${id}\``);
    expect(row, id).toBeDefined();
    const [, severity, example, fix] = row!;
    expect(severity).toBe(spec.severity);
    expect(example, `${id} example`).toMatch(/\S/);
    expect(fix, `${id} fix`).toMatch(/\S/);
  });
});

describe("the ignored keys of docs/front-matter.md", () => {
  it("lists exactly the keys accepted as another generator's, with what each means there", () => {
    const rows = tableRows(section("docs/front-matter.md", "## Keys")).filter((row) => row.length === 2);
    expect(rows.map(([key]) => key)).toEqual(Object.keys(FOREIGN_KEYS).map((key) => `\`${key}\``));
    expect(rows.map(([, why]) => why)).toEqual(Object.values(FOREIGN_KEYS));
  });
});

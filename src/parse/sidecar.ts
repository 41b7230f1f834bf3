/**
 * A saved page's sidecar `NAME.yml`: the same keys as front matter, in a file of its own beside
 * `NAME.html`, so an editor can set or correct fields without touching the saved bytes. Read and
 * validated exactly as front matter is, with the diagnostics naming the sidecar and its lines.
 */
import type { Diagnostic } from "../types";
import { splitFrontMatter } from "./front-matter";
import { validateFrontMatter, type DateWindow, type ValidFrontMatter } from "./front-matter-schema";

/** A valid sidecar's fields, the file line of each field and the key written for it. */
export interface SidecarFields {
  readonly fields: ValidFrontMatter;
  readonly keyLines: Readonly<Record<string, number>>;
  readonly keyNames: Readonly<Record<string, string>>;
}

/**
 * The sidecar path of a saved page: `NAME.yml` beside `NAME.html` / `NAME.htm`.
 * @example sidecarPathOf("content/articles/a.html") //=> "content/articles/a.yml"
 */
export function sidecarPathOf(page: string): string {
  return page.replace(/\.html?$/i, ".yml");
}

/**
 * Validate a sidecar's YAML (with or without `---` lines around it).
 * @param file the sidecar's path, named by its diagnostics
 * @param text its normalised text
 * @returns the fields (null when any error was found) and every diagnostic, lines counted in the sidecar
 * @example parseSidecar("a.yml", "title: Hi\n", window).sidecar?.fields.title //=> "Hi"
 */
export function parseSidecar(file: string, text: string, window: DateWindow): { sidecar: SidecarFields | null; diagnostics: Diagnostic[] } {
  const delimited = /^---[ \t]*$/m.test(text.split("\n", 1)[0] ?? "");
  // Wrapped in delimiters, the YAML starts on line 2: every line is one more than in the sidecar.
  const shift = delimited ? 0 : 1;
  const split = splitFrontMatter(file, delimited ? text : `---\n${text}\n---\n`);
  const back = (d: Diagnostic): Diagnostic => (d.line === undefined ? d : { ...d, line: Math.max(1, d.line - shift) });
  if (split.diagnostics.length > 0) return { sidecar: null, diagnostics: split.diagnostics.map(back) };
  const block = split.frontMatter ?? { data: {}, keyLines: {}, closingLine: 1 };
  const keyLines = Object.create(null) as Record<string, number>;
  for (const [key, line] of Object.entries(block.keyLines)) keyLines[key] = line - shift;
  const validated = validateFrontMatter(file, { ...block, keyLines }, window);
  return {
    sidecar: validated.fields === null ? null : { fields: validated.fields, keyLines: validated.keyLines, keyNames: validated.keyNames },
    diagnostics: validated.diagnostics,
  };
}

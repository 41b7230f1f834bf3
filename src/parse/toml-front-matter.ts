import { parse, TomlDate, TomlError } from "smol-toml";
import type { Diagnostic } from "../types";
import { report } from "../diagnostics/messages";

/**
 * TOML front matter, as Hugo writes it between two `+++` lines. smol-toml only parses (it has no
 * way to run code) and builds its tables without a prototype, so `__proto__` is a key like any
 * other. TOML has a date type; each date is turned back into the ISO text it was written as, so
 * dates are validated as text exactly like YAML's.
 */

/** Parsed TOML front matter: the top-level table and the file line of each top-level key. */
export interface ParsedBlock {
  readonly data: Record<string, unknown>;
  readonly keyLines: Record<string, number>;
}

// A top-level key: bare, "basic" or 'literal', possibly dotted (`params.x = 1` sets `params`),
// then `=`; or a table header `[params]` / `[[resources]]`, which sets the key it names.
const KEY = /^[ \t]*(?:([A-Za-z0-9_-]+)|"((?:[^"\\]|\\.)*)"|'([^']*)')[ \t]*[.=]/;
const TABLE = /^[ \t]*\[\[?[ \t]*(?:([A-Za-z0-9_-]+)|"((?:[^"\\]|\\.)*)"|'([^']*)')/;

/**
 * Parse the lines between `+++` and `+++`.
 * @param file path for diagnostics
 * @param lines the TOML lines; the first is file line `firstLine`
 * @param firstLine 1-based file line of `lines[0]`
 * @returns the table and key lines, or the diagnostic saying where the TOML is wrong
 * @example parseTomlFrontMatter("a.md", ['title = "Hi"'], 2) //=> { data: { title: "Hi" }, keyLines: { title: 2 } }
 */
export function parseTomlFrontMatter(file: string, lines: readonly string[], firstLine: number): ParsedBlock | Diagnostic {
  let table: Record<string, unknown>;
  try {
    table = parse(lines.join("\n"), { unsafeKeyBehaviour: "keep" });
  } catch (error) {
    if (!(error instanceof TomlError)) throw error;
    // The message carries a code excerpt after its first line; the position says the same.
    const reason = (error.message.split("\n", 1)[0] ?? "").replace(/^Invalid TOML document: /, "");
    const message = `${reason.charAt(0).toUpperCase()}${reason.slice(1)}.`;
    return report("front-matter-toml", file, message, { line: error.line + firstLine - 1, column: error.column });
  }
  return { data: withDatesAsText(table), keyLines: locateTomlKeys(lines, firstLine) };
}

/**
 * The table with every TOML date (at any depth) replaced by its ISO text: `2022-11-03`,
 * `2022-11-03T14:05:00+01:00`, `2022-11-03T14:05:00` (local), `14:05:00` (a time alone).
 * Milliseconds are kept only when the editor wrote a fraction that is not zero.
 */
function withDatesAsText(table: Record<string, unknown>): Record<string, unknown> {
  const stack: unknown[] = [table];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null || typeof node !== "object") continue;
    const entries: [string | number, unknown][] = Array.isArray(node) ? node.map((v, i) => [i, v]) : Object.entries(node);
    for (const [key, value] of entries) {
      if (value instanceof TomlDate) (node as Record<string | number, unknown>)[key] = dateText(value);
      else if (value !== null && typeof value === "object") stack.push(value);
    }
  }
  return table;
}

function dateText(date: TomlDate): string {
  return date.toISOString().replace(/\.000(?=$|Z|[+-])/, "");
}

/** File lines of top-level keys: those before the first table header, and each header's table. */
function locateTomlKeys(lines: readonly string[], firstLine: number): Record<string, number> {
  const keyLines = Object.create(null) as Record<string, number>;
  let inTable = false;
  lines.forEach((line, i) => {
    const header = TABLE.exec(line);
    const m = header ?? (inTable ? null : KEY.exec(line));
    if (header) inTable = true;
    if (!m) return;
    const key = m[1] ?? (m[2] !== undefined ? unescapeBasic(m[2]) : m[3]);
    if (key !== undefined && !Object.hasOwn(keyLines, key)) keyLines[key] = i + firstLine;
  });
  return keyLines;
}

/** A TOML basic string's escapes are JSON's (plus `\U`, rare in a key); JSON reads them. */
function unescapeBasic(inner: string): string {
  try {
    const value: unknown = JSON.parse(`"${inner}"`);
    return typeof value === "string" ? value : inner;
  } catch {
    return inner;
  }
}

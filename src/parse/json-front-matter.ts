import type { Diagnostic } from "../types";
import { report } from "../diagnostics/messages";
import type { ParsedBlock } from "./toml-front-matter";

/**
 * JSON front matter, as Hugo reads it: the file opens with `{` and the object ends on a line
 * that is `}` alone. `JSON.parse` keeps the last of two equal keys without a word, so the keys
 * of the top-level object are read here first, with their lines, and a repeated one is an error.
 */

/**
 * Parse the lines from the opening `{` to the closing `}` (both included).
 * @param file path for diagnostics
 * @param lines the JSON lines; the first is file line 1
 * @returns the object and key lines, or the diagnostic saying where the JSON is wrong
 * @example parseJsonFrontMatter("a.md", ["{", '"title": "Hi"', "}"]) //=> { data: { title: "Hi" }, keyLines: { title: 2 } }
 */
export function parseJsonFrontMatter(file: string, lines: readonly string[]): ParsedBlock | Diagnostic {
  const text = lines.join("\n");
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const at = /at position (\d+)/.exec(reason);
    const where = at ? positionOf(text, Number(at[1])) : { line: 1, column: 1 };
    const message = `${reason.replace(/ in JSON at position \d+.*$/, "").replace(/\.$/, "")}.`;
    return report("front-matter-json", file, message, where);
  }
  // The scanner below reads only an object; the pre-check guarantees the text opens with `{`.
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    return report("front-matter-json", file, "The front matter is not a JSON object.", { line: 1, column: 1 });
  }
  const { keyLines, repeated } = topLevelKeys(text);
  if (repeated !== null) {
    const message = `\`${repeated.key}\` is written twice; JSON would keep only the second.`;
    return report("front-matter-json", file, message, { line: repeated.line, column: 1, hint: `Keep one \`${repeated.key}\`.` });
  }
  // JSON.parse builds plain objects; a `__proto__` key is an own property there, copied as one.
  const own = Object.create(null) as Record<string, unknown>;
  for (const [key, value] of Object.entries(data)) own[key] = value;
  return { data: own, keyLines };
}

/** 1-based line and column of a character offset. */
function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}

/**
 * The keys of the outermost object with the line of each, and the first key written twice.
 * Only called on text JSON.parse accepted, so strings are well formed.
 */
function topLevelKeys(text: string): { keyLines: Record<string, number>; repeated: { key: string; line: number } | null } {
  const keyLines = Object.create(null) as Record<string, number>;
  let depth = 0;
  let line = 1;
  let expectKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === "\n") line++;
    else if (c === "{" || c === "[") {
      depth++;
      expectKey = c === "{" && depth === 1;
    } else if (c === "}" || c === "]") depth--;
    else if (c === "," && depth === 1) expectKey = true;
    else if (c === '"') {
      const end = closingQuote(text, i);
      if (expectKey && depth === 1) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        if (Object.hasOwn(keyLines, key)) return { keyLines, repeated: { key, line } };
        keyLines[key] = line;
        expectKey = false;
      }
      i = end;
    }
  }
  return { keyLines, repeated: null };
}

/** The index of the `"` that closes the string opening at `start`. */
function closingQuote(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
  return i;
}

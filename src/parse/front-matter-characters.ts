import type { Diagnostic } from "../types";
import { report } from "../diagnostics/messages";
import { FORBIDDEN_NAMES, findForbidden, type ForbiddenKind } from "../load/characters";

/**
 * Front-matter keys and values holding characters that are never text. The file's own bytes
 * were checked when it was read, so these can only come from YAML escapes (`"\x1b[31m"`,
 * `"\u0085"`, `"\uFFFE"`, `"\uD800"`); they would reach `<title>`, headings, feeds and the
 * search index as they are. Refused like the same characters in the text, one diagnostic per
 * key and kind, at the key's line.
 * @param data the parsed YAML mapping
 * @param lineOf the file line of a top-level key, when known
 * @returns the diagnostics, and the keys they concern (so no other check echoes those values)
 * @example checkFrontMatterCharacters("a.md", { title: "A\u0001" }, () => 2).diagnostics[0]?.id //=> "control-character"
 */
export function checkFrontMatterCharacters(
  file: string,
  data: Readonly<Record<string, unknown>>,
  lineOf: (key: string) => number | undefined,
): { diagnostics: Diagnostic[]; keys: Set<string> } {
  const diagnostics: Diagnostic[] = [];
  const keys = new Set<string>();
  for (const key of Object.keys(data)) {
    const found = new Map<ForbiddenKind, Set<string>>();
    for (const text of [key, ...strings(data[key])]) {
      // Three of each kind are enough to name them; the rest are the same problem.
      for (const c of findForbidden(text, 3).listed) {
        const names = found.get(c.kind) ?? new Set<string>();
        names.add(c.codePoint);
        found.set(c.kind, names);
      }
    }
    if (found.size === 0) continue;
    keys.add(key);
    const shown = printable(key);
    for (const [kind, names] of found) {
      const what = names.size === 1 ? FORBIDDEN_NAMES[kind] : `${FORBIDDEN_NAMES[kind]}s`;
      const message = `\`${shown}\` holds ${what} ${[...names].join(", ")} (written as a YAML escape).`;
      diagnostics.push(report(kind, file, message, { line: lineOf(key), column: 1 }));
    }
  }
  return { diagnostics, keys };
}

/**
 * Every string in a YAML value: itself, or those in its lists and mappings (keys included).
 * Each list or mapping is read once: YAML aliases share one node many times over (an alias
 * bomb is nine nodes that expand to 9^9 strings), and nesting can be as deep as the author
 * likes, hence a stack rather than recursion.
 */
function strings(value: unknown): string[] {
  const out: string[] = [];
  const seen = new Set<object>();
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (typeof v === "string") out.push(v);
    else if (v !== null && typeof v === "object" && !seen.has(v)) {
      seen.add(v);
      if (Array.isArray(v)) for (const item of v) stack.push(item);
      else for (const [k, item] of Object.entries(v)) stack.push(k, item);
    }
  }
  return out;
}

/** A key as it may be printed: forbidden characters shown as `U+XXXX`. */
function printable(key: string): string {
  const { listed } = findForbidden(key, Number.POSITIVE_INFINITY);
  let out = "";
  let at = 0;
  for (const c of listed) {
    out += `${key.slice(at, c.index)}<${c.codePoint}>`;
    at = c.index + (key.codePointAt(c.index)! > 0xffff ? 2 : 1);
  }
  return out + key.slice(at);
}

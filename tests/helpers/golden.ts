import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, relative } from "node:path";
import { PROJECT_ROOT } from "../../src/config/project-root";
import { byCodeUnits } from "../../src/util/compare";

/** The command that rewrites the stored golden files. */
export const UPDATE_COMMAND = "UPDATE_GOLDEN=1 npx vitest run tests/golden";

/**
 * A value as pretty-printed JSON with the keys of every object in code-unit order and a final
 * newline: the same text for the same data whatever order the code built the object in, so a
 * diff shows a change of value, never a reordering.
 * @example stableJson({ b: 1, a: [2, 1] }) //=> '{\n  "a": [\n    2,\n    1\n  ],\n  "b": 1\n}\n'
 */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(value, (_key, v: unknown) => (isPlainObject(v) ? sortKeys(v) : v), 2)}\n`;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function sortKeys(object: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.keys(object)
      .sort(byCodeUnits)
      .map((k) => [k, object[k]]),
  );
}

/** How a built text compares with its stored golden file. */
export type GoldenComparison =
  | { readonly kind: "same" }
  /** The stored file was missing or different and has been rewritten (update mode). */
  | { readonly kind: "written" }
  | { readonly kind: "missing"; readonly message: string }
  | { readonly kind: "different"; readonly stored: string; readonly message: string };

// A stored file that is not valid UTF-8 must not compare equal through replacement characters.
const STRICT_UTF8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * Compare `actual` with the golden file `path` byte for byte; with `update`, rewrite the file
 * instead when it is missing or differs (an unchanged file is left untouched).
 * @param path absolute path of the stored file.
 * @returns what was found, with a message naming the file and the command that updates it.
 * @example compareGolden(join(GOLDEN, "text-unknowns", "page.html"), html, false).kind //=> "same"
 */
export function compareGolden(path: string, actual: string, update: boolean): GoldenComparison {
  const stored = existsSync(path) ? readFileSync(path) : null;
  if (stored?.equals(Buffer.from(actual, "utf8"))) return { kind: "same" };
  if (update) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual);
    return { kind: "written" };
  }
  const name = relative(PROJECT_ROOT, path);
  if (stored === null) return { kind: "missing", message: `${name} is missing: write it with \`${UPDATE_COMMAND}\`, then review it.` };
  let text: string;
  try {
    text = STRICT_UTF8.decode(stored);
  } catch {
    text = "(not valid UTF-8)";
  }
  const message = `${name} differs from what the build makes (- stored, + built). If the change is intended, run \`${UPDATE_COMMAND}\` and review the diff`;
  return { kind: "different", stored: text, message };
}

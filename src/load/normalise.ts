import type { Diagnostic } from "../types";
import { report } from "../diagnostics/messages";

/**
 * Strip one leading BOM and normalise line ends (see {@link normaliseLineEnds}). Applied once,
 * right after decoding: a second BOM is content, so this is deliberately not idempotent.
 * @example normaliseText("\uFEFFa\r\nb\rc") //=> "a\nb\nc"
 */
export function normaliseText(text: string): string {
  return normaliseLineEnds(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
}

/**
 * Turn `\r\n` and lone `\r` into `\n`, so a file saved on Windows or classic Mac gives
 * byte-identical records and HTML to its LF twin. Idempotent.
 */
export function normaliseLineEnds(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

// C0 controls other than tab and newline, plus DEL. CR is gone after normalisation.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

/**
 * Content checks on normalised text: control characters (each reported with line:column,
 * because they are invisible in most editors) and files with no visible text.
 * @returns diagnostics, empty when the text is usable
 */
export function checkText(file: string, text: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  if (text.trim() === "") {
    const what = text === "" ? "The file is empty." : "The file contains only whitespace.";
    diagnostics.push(report("empty-file", file, what, { line: 1, column: 1 }));
  }
  for (const match of text.matchAll(CONTROL)) {
    const { line, column } = lineColumnAt(text, match.index);
    const code = match[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0");
    diagnostics.push(report("control-character", file, `Control character U+${code} in the text.`, { line, column }));
  }
  return diagnostics;
}

/**
 * Longest line (in UTF-16 code units) accepted without a warning. A real paragraph is a few
 * thousand characters; a line this long is a page that lost its line breaks, or minified markup.
 */
export const LONG_LINE_CHARS = 50_000;

/**
 * Warn about lines longer than {@link LONG_LINE_CHARS}. Such a file is still built (the
 * parsers handle a 2 MB line in well under a second), but it is rarely what the editor meant.
 * @returns one warning per long line
 * @example checkLineLengths("a.txt", "x".repeat(60_000))[0]?.id //=> "long-line"
 */
export function checkLineLengths(file: string, text: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  let start = 0;
  for (let line = 1; start <= text.length; line++) {
    const end = text.indexOf("\n", start);
    const stop = end === -1 ? text.length : end;
    if (stop - start > LONG_LINE_CHARS) {
      const length = (stop - start).toLocaleString("en-US");
      diagnostics.push(report("long-line", file, `Line ${line} is ${length} characters long.`, { line, column: 1 }));
    }
    if (end === -1) break;
    start = end + 1;
  }
  return diagnostics;
}

/**
 * 1-based line and column (in code points) of a UTF-16 index in `\n`-separated text.
 * @example lineColumnAt("ab\ncd", 4) //=> { line: 2, column: 2 }
 */
export function lineColumnAt(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const lineStart = before.lastIndexOf("\n") + 1;
  let line = 1;
  for (let i = before.indexOf("\n"); i !== -1; i = before.indexOf("\n", i + 1)) line++;
  return { line, column: [...before.slice(lineStart)].length + 1 };
}

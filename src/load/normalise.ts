import type { Diagnostic } from "../types";
import { report } from "../diagnostics/messages";
import { capRepeats, MAX_LISTED_PER_ID, moreLikeThis } from "../diagnostics/repeats";
import { findForbidden, forbiddenLabel } from "./characters";

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

/**
 * Content checks on normalised text: characters that are never text (control characters,
 * non-characters, lone surrogates: see `characters.ts`), each reported with line:column
 * because they are invisible in most editors, and files with no visible text. Only the first
 * {@link MAX_LISTED_PER_ID} of each kind are listed; one more diagnostic counts the rest.
 * @returns diagnostics, empty when the text is usable
 * @example checkText("a.txt", "Head\u0001line")[0]?.id //=> "control-character"
 */
export function checkText(file: string, text: string): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  if (text.trim() === "") {
    const what = text === "" ? "The file is empty." : "The file contains only whitespace.";
    diagnostics.push(report("empty-file", file, what, { line: 1, column: 1 }));
  }
  // One more than is listed of each kind: where the unlisted ones start.
  const { listed, totals } = findForbidden(text, MAX_LISTED_PER_ID + 1);
  const spots = lineColumnsAt(
    text,
    listed.map((c) => c.index),
  );
  const seen = new Map<string, number>();
  listed.forEach((c, i) => {
    const n = (seen.get(c.kind) ?? 0) + 1;
    seen.set(c.kind, n);
    const d = report(c.kind, file, `${forbiddenLabel(c)} in the text.`, spots[i]);
    if (n <= MAX_LISTED_PER_ID) diagnostics.push(d);
    else diagnostics.push(moreLikeThis(d, totals[c.kind] - MAX_LISTED_PER_ID));
  });
  return diagnostics;
}

/**
 * Longest line (in UTF-16 code units) accepted without a warning. A real paragraph is a few
 * thousand characters; a line this long is a page that lost its line breaks, or minified markup.
 */
export const LONG_LINE_CHARS = 50_000;

/**
 * Warn about lines longer than {@link LONG_LINE_CHARS}. Such a file is still built (the
 * parsers read a long line in time proportional to its length: docs/performance.md, 'Long
 * lines warned, not refused'), but it is rarely what the editor meant.
 * @returns one warning per long line (the first {@link MAX_LISTED_PER_ID}, then one counting the rest)
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
  return capRepeats(diagnostics);
}

/**
 * 1-based line and column (in code points) of a UTF-16 index in `\n`-separated text.
 * @example lineColumnAt("ab\ncd", 4) //=> { line: 2, column: 2 }
 */
export function lineColumnAt(text: string, index: number): { line: number; column: number } {
  return lineColumnsAt(text, [index])[0]!;
}

/**
 * {@link lineColumnAt} for many indices in one forward pass over the text, so finding the
 * positions of any number of characters costs one reading of the text.
 * @param indices UTF-16 indices in ascending order
 * @throws when the indices are not in ascending order (a programming error)
 * @example lineColumnsAt("ab\ncd", [1, 4]) //=> [{ line: 1, column: 2 }, { line: 2, column: 2 }]
 */
export function lineColumnsAt(text: string, indices: readonly number[]): { line: number; column: number }[] {
  const out: { line: number; column: number }[] = [];
  let line = 1;
  let column = 1;
  let at = 0;
  for (const index of indices) {
    if (index < at) throw new Error(`lineColumnsAt: index ${index} comes after ${at}; indices must ascend`);
    while (at < index) {
      const code = text.charCodeAt(at);
      if (code === 0x0a) {
        line++;
        column = 1;
        at++;
        continue;
      }
      // A surrogate pair is one code point, so one column (unless an index falls between its halves).
      const low = text.charCodeAt(at + 1);
      at += code >= 0xd800 && code <= 0xdbff && low >= 0xdc00 && low <= 0xdfff && at + 1 < index ? 2 : 1;
      column++;
    }
    out.push({ line, column });
  }
  return out;
}

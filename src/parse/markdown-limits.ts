import type { Diagnostic } from "../types";
import { report, type DiagnosticId } from "../diagnostics/messages";

/**
 * Linear pre-scans that refuse Markdown bodies the parser (micromark, under remark) cannot take
 * in reasonable time or memory, before it sees them. Each limit is far above what a real
 * article has, and each shape it stops was measured growing faster than its input in time or
 * memory at sizes the 2 MB file cap lets through (`npm run bench:inputs` prints the figures;
 * docs/performance.md records them under 'Hostile inputs' and 'Markdown input limits'):
 * - every line costs micromark a tokenizer and a dozen events that stay alive until the end,
 *   so on very many short lines (loose list items, one-word paragraphs, blank lines) memory
 *   and the garbage collector's work grow faster than the input;
 * - nesting: micromark recurses per container level;
 * - emphasis and link delimiters are matched in quadratic time within a paragraph, and each
 *   markup character is a token;
 * - an opening backtick run that is never closed by a run of the same length makes micromark
 *   read the rest of its paragraph again, so runs of ever-growing lengths read a paragraph as
 *   many times as there are lengths.
 */

/**
 * Most lines in a Markdown body. A long feature article has a few hundred lines and a full
 * interview transcript a few thousand; past this a body is a data dump or many articles.
 */
export const MAX_MARKDOWN_LINES = 20_000;

/**
 * Deepest `>` quoting or container nesting accepted on one line. micromark recurses per level,
 * so deep nesting overflows the stack, and deep lists are slow to parse even before they
 * overflow; the limit is far below both (measurements: docs/performance.md, 'Markdown nesting depth').
 */
export const MAX_NESTING_DEPTH = 100;
/** Widest leading indentation (in columns) accepted on one line, for the same reason. */
export const MAX_INDENT_COLUMNS = 100;

/**
 * Most emphasis and link delimiters (`*`, `_`, `[`, `]`) accepted in one paragraph. micromark
 * matches them in quadratic time (measurements: docs/performance.md, 'Markdown delimiters per
 * paragraph'), while a real paragraph has a handful.
 */
export const MAX_INLINE_MARKERS = 2_000;

/**
 * Most markup characters (`*`, `_`, `[`, `]`, backticks, backslashes) in a whole body. Each is
 * a token or the start of one; a link-heavy roundup has a couple of thousand.
 */
export const MAX_MARKUP_CHARACTERS = 20_000;

/**
 * How many times over a paragraph's length micromark may have to read it looking for the ends
 * of backtick runs (see {@link backtickRescans}), plus a fixed allowance so short paragraphs
 * with a few stray backticks are never refused. Real paragraphs use one or two run lengths,
 * each closed soon after it opens.
 */
export const MAX_BACKTICK_RESCANS = 2;
export const BACKTICK_RESCAN_ALLOWANCE = 10_000;

// One container marker at the start of what is left of a line: a quote or a list bullet.
const CONTAINER_MARKER = /^[ \t]*(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/;

/**
 * Every limit a body breaks, at most one diagnostic per id (the first line that breaks it):
 * the body is refused as a whole, and the first place shows the pattern.
 * @param file path for diagnostics
 * @param body the text after the front matter
 * @param firstLine 1-based file line on which `body` starts
 * @returns diagnostics; empty when the body may be parsed
 * @example checkMarkdownLimits("a.md", "*a".repeat(50_000), 4)[0]?.id //=> "markdown-too-complex"
 */
export function checkMarkdownLimits(file: string, body: string, firstLine: number): Diagnostic[] {
  const lines = body.split("\n");
  const found = new Map<DiagnosticId, Diagnostic>();
  const refuse = (id: DiagnosticId, message: string, index: number) => {
    if (!found.has(id)) found.set(id, report(id, file, message, { line: firstLine + index, column: 1 }));
  };

  if (lines.length > MAX_MARKDOWN_LINES) {
    refuse(
      "markdown-too-long",
      `The Markdown body has ${lines.length.toLocaleString("en-US")} lines; the limit is ${MAX_MARKDOWN_LINES.toLocaleString("en-US")}.`,
      MAX_MARKDOWN_LINES,
    );
  }
  for (const [i, line] of lines.entries()) {
    const deep = nestingProblem(line);
    if (deep !== null) {
      refuse("markdown-too-deep", `This line ${deep}.`, i);
      break;
    }
  }

  let markup = 0;
  let markupLine: number | null = null;
  let block = newBlock(0);
  const endBlock = () => {
    const rescans = backtickRescans(block.runs, block.length);
    if (rescans > MAX_BACKTICK_RESCANS * block.length + BACKTICK_RESCAN_ALLOWANCE) {
      const lengths = [...new Set(block.runs.map((r) => r.length))].sort((a, b) => a - b);
      const shown = lengths.length > 5 ? `${lengths.slice(0, 5).join(", ")} … ${lengths.at(-1)}` : lengths.join(", ");
      const message = `The paragraph starting here has backtick runs of ${lengths.length} different lengths (${shown}) that do not close one another.`;
      refuse("markdown-too-complex", message, block.start);
    }
  };
  for (const [i, line] of lines.entries()) {
    if (line.trim() === "") {
      endBlock();
      block = newBlock(i + 1);
      continue;
    }
    for (let c = 0; c < line.length; c++) {
      const ch = line.charCodeAt(c);
      if (ch === 0x60) {
        let end = c + 1;
        while (line.charCodeAt(end) === 0x60) end++;
        block.runs.push({ at: block.length + c, length: end - c });
        markup += end - c;
        c = end - 1;
        continue;
      }
      const delimiter = ch === 0x2a || ch === 0x5f || ch === 0x5b || ch === 0x5d;
      if (delimiter) block.markers++;
      if (delimiter || ch === 0x5c) markup++;
    }
    block.length += line.length + 1;
    if (block.markers > MAX_INLINE_MARKERS) {
      refuse(
        "markdown-too-complex",
        `The paragraph starting here has more than ${MAX_INLINE_MARKERS.toLocaleString("en-US")} \`*\`, \`_\`, \`[\` or \`]\` characters.`,
        block.start,
      );
    }
    if (markup > MAX_MARKUP_CHARACTERS && markupLine === null) markupLine = i;
  }
  endBlock();
  // Said only when no paragraph is too complex on its own: that message is the sharper one.
  if (markupLine !== null) {
    refuse(
      "markdown-too-complex",
      `The Markdown body has more than ${MAX_MARKUP_CHARACTERS.toLocaleString("en-US")} markup characters (\`*\`, \`_\`, \`[\`, \`]\`, backticks, backslashes) by this line.`,
      markupLine,
    );
  }
  return [...found.values()].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/** A paragraph (a run of non-blank lines) being scanned. */
interface Block {
  /** 0-based index of its first line in the body. */
  readonly start: number;
  /** Characters so far, line ends included. */
  length: number;
  /** `*`, `_`, `[`, `]` so far. */
  markers: number;
  /** Backtick runs: offset in the block and length. */
  readonly runs: { at: number; length: number }[];
}

function newBlock(start: number): Block {
  return { start, length: 0, markers: 0, runs: [] };
}

/**
 * An upper bound on the characters micromark reads while looking for the ends of the backtick
 * runs in one paragraph: for each run, the distance to the next run of the same length (which
 * closes it), or to the paragraph's end when there is none. A run inside a list item or a
 * quote can only stop sooner, at the end of its own paragraph, so the bound holds for them.
 * @param runs the paragraph's backtick runs, in order
 * @param length the paragraph's length
 */
export function backtickRescans(runs: readonly { at: number; length: number }[], length: number): number {
  const nextOfLength = new Map<number, number>();
  let total = 0;
  for (let i = runs.length - 1; i >= 0; i--) {
    const run = runs[i]!;
    total += (nextOfLength.get(run.length) ?? length) - run.at;
    nextOfLength.set(run.length, run.at);
  }
  return total;
}

/** Why a line is nested too deeply for the parser, or null. */
function nestingProblem(line: string): string | null {
  let depth = 0;
  let rest = line;
  for (let m = CONTAINER_MARKER.exec(rest); m !== null && depth <= MAX_NESTING_DEPTH; m = CONTAINER_MARKER.exec(rest)) {
    depth++;
    rest = rest.slice(m[0].length);
  }
  if (depth > MAX_NESTING_DEPTH) return `nests quotes or lists more than ${MAX_NESTING_DEPTH} levels deep`;
  const indent = indentColumns(line);
  return indent > MAX_INDENT_COLUMNS ? `is indented ${indent} columns (limit ${MAX_INDENT_COLUMNS})` : null;
}

function indentColumns(line: string): number {
  let columns = 0;
  for (const ch of line) {
    if (ch === " ") columns++;
    else if (ch === "\t") columns += 4 - (columns % 4);
    else break;
  }
  return columns;
}

import { remark } from "remark";
import type { Nodes, Root } from "mdast";
import type { Diagnostic } from "../types";
import type { BodyLine } from "./raw/types";
import { report } from "../diagnostics/messages";

/**
 * Markdown bodies → mdast, plus what the record needs from them: plain-text paragraphs and a
 * warning for each raw HTML node (the sanitizer drops raw HTML, and nothing may vanish silently).
 */

/**
 * Deepest `>` quoting or container nesting accepted on one line. micromark recurses per level:
 * 2,000 nested quotes overflow the stack and 1,000 nested list levels take ~45 s.
 */
export const MAX_NESTING_DEPTH = 100;
/** Widest leading indentation (in columns) accepted on one line, for the same reason. */
export const MAX_INDENT_COLUMNS = 100;

/**
 * Most emphasis and link delimiters (`*`, `_`, `[`, `]`) accepted in one paragraph. micromark
 * matches them in quadratic time: 10,000 `*a` take a second and 50,000 about a minute, while
 * a real paragraph has a handful.
 */
export const MAX_INLINE_MARKERS = 2_000;

// Frozen once: remark() makes and configures a new processor on every call.
const parser = remark().freeze();

// One container marker at the start of what is left of a line: a quote or a list bullet.
const CONTAINER_MARKER = /^[ \t]*(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))/;

/** What {@link parseMarkdown} returns. */
export interface ParsedMarkdown {
  /** null when the text was refused as pathological (see diagnostics). */
  readonly tree: Root | null;
  /** Block-level text in reading order, each with its 1-based file line. */
  readonly paragraphs: readonly BodyLine[];
  readonly diagnostics: Diagnostic[];
}

/**
 * Parse a Markdown body.
 * @param file path for diagnostics
 * @param body the text after the front matter
 * @param firstLine 1-based file line on which `body` starts, so positions name file lines
 */
export function parseMarkdown(file: string, body: string, firstLine = 1): ParsedMarkdown {
  const refused = [...checkNesting(file, body, firstLine), ...checkInlineMarkers(file, body, firstLine)];
  if (refused.length > 0) return { tree: null, paragraphs: [], diagnostics: refused };

  const tree = parser.parse(body);
  const offset = firstLine - 1;
  const diagnostics: Diagnostic[] = [];
  walk(tree, (node) => {
    if (node.type !== "html") return;
    const line = (node.position?.start.line ?? 1) + offset;
    const column = node.position?.start.column ?? 1;
    const snippet = node.value.length > 60 ? `${node.value.slice(0, 57)}…` : node.value;
    diagnostics.push(
      report("raw-html-dropped", file, `Raw HTML \`${snippet.replace(/\s+/g, " ")}\` is removed from the page.`, {
        line,
        column,
      }),
    );
  });
  return { tree, paragraphs: blockTexts(tree, offset), diagnostics };
}

/** Refuse lines nested deeper than the parser can take in reasonable time and stack. */
function checkNesting(file: string, body: string, firstLine: number): Diagnostic[] {
  const lines = body.split("\n");
  for (const [i, line] of lines.entries()) {
    let depth = 0;
    let rest = line;
    for (let m = CONTAINER_MARKER.exec(rest); m !== null && depth <= MAX_NESTING_DEPTH; m = CONTAINER_MARKER.exec(rest)) {
      depth++;
      rest = rest.slice(m[0].length);
    }
    const indent = indentColumns(line);
    if (depth > MAX_NESTING_DEPTH || indent > MAX_INDENT_COLUMNS) {
      const what =
        depth > MAX_NESTING_DEPTH
          ? `nests quotes or lists more than ${MAX_NESTING_DEPTH} levels deep`
          : `is indented ${indent} columns (limit ${MAX_INDENT_COLUMNS})`;
      // One report is enough: the whole body is refused, and the first line shows the pattern.
      return [report("markdown-too-deep", file, `This line ${what}.`, { line: firstLine + i, column: 1 })];
    }
  }
  return [];
}

/** Refuse paragraphs (runs of non-blank lines) with more inline delimiters than the parser can take in time. */
function checkInlineMarkers(file: string, body: string, firstLine: number): Diagnostic[] {
  const lines = body.split("\n");
  let count = 0;
  let blockStart = 0;
  for (const [i, line] of lines.entries()) {
    if (line.trim() === "") {
      count = 0;
      blockStart = i + 1;
      continue;
    }
    for (const ch of line) if (ch === "*" || ch === "_" || ch === "[" || ch === "]") count++;
    if (count > MAX_INLINE_MARKERS) {
      const message = `The paragraph starting here has more than ${MAX_INLINE_MARKERS} \`*\`, \`_\`, \`[\` or \`]\` characters.`;
      return [report("markdown-too-complex", file, message, { line: firstLine + blockStart, column: 1 })];
    }
  }
  return [];
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

/** Pre-order visit of every node. */
function walk(node: Nodes, visit: (node: Nodes) => void): void {
  visit(node);
  if ("children" in node) for (const child of node.children) walk(child, visit);
}

/** The text a reader sees in a node; raw HTML contributes nothing because it is not published. */
export function plainText(node: Nodes): string {
  switch (node.type) {
    case "text":
    case "inlineCode":
    case "code":
      return node.value;
    case "html":
      return "";
    case "image":
    case "imageReference":
      return node.alt ?? "";
    case "break":
      return " ";
    default:
      return "children" in node ? node.children.map(plainText).join("") : "";
  }
}

/** Leaf blocks (paragraphs, headings, code) in reading order, looking inside lists and quotes. */
function blockTexts(tree: Root, offset: number): BodyLine[] {
  const out: BodyLine[] = [];
  const visit = (node: Nodes): void => {
    if (node.type === "paragraph" || node.type === "heading" || node.type === "code") {
      const text = plainText(node).replace(/[ \t]*\n[ \t]*/g, node.type === "code" ? "\n" : " ").trim();
      if (text !== "") out.push({ line: (node.position?.start.line ?? 1) + offset, text });
      return;
    }
    if ("children" in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return out;
}

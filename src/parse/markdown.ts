import { remark } from "remark";
import type { Nodes, Root } from "mdast";
import type { Diagnostic } from "../types";
import type { BodyLine } from "../types";
import { report } from "../diagnostics/messages";
import { checkMarkdownLimits } from "./markdown-limits";
import { findForbidden, forbiddenLabel } from "../load/characters";

/**
 * Markdown bodies → mdast, plus what the record needs from them: plain-text paragraphs and a
 * warning for each raw HTML node (the sanitizer drops raw HTML, and nothing may vanish silently).
 */

// The limits live with their pre-scan; re-exported for the callers that quote them.
export { MAX_INDENT_COLUMNS, MAX_INLINE_MARKERS, MAX_NESTING_DEPTH } from "./markdown-limits";

// Frozen once: remark() makes and configures a new processor on every call.
const parser = remark().freeze();

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
  const refused = checkMarkdownLimits(file, body, firstLine);
  if (refused.length > 0) return { tree: null, paragraphs: [], diagnostics: refused };

  const tree = parser.parse(body);
  const offset = firstLine - 1;
  const diagnostics: Diagnostic[] = [];
  walk(tree, (node) => {
    const line = (node.position?.start.line ?? 1) + offset;
    const column = node.position?.start.column ?? 1;
    // The file's own characters were checked when it was read; a character reference is
    // decoded only now, and micromark lets `&#12;` (form feed) and `&#13;` (CR) through.
    if (node.type === "text") {
      for (const c of findForbidden(node.value, 1).listed) {
        diagnostics.push(report(c.kind, file, `${forbiddenLabel(c)} written as a character reference.`, { line, column }));
      }
    }
    if (node.type !== "html") return;
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
      const text = plainText(node)
        .replace(/[ \t]*\n[ \t]*/g, node.type === "code" ? "\n" : " ")
        .trim();
      if (text !== "") out.push({ line: (node.position?.start.line ?? 1) + offset, text });
      return;
    }
    if ("children" in node) for (const child of node.children) visit(child);
  };
  visit(tree);
  return out;
}

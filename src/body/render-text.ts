import type { Root } from "mdast";
import { mdastToHtml } from "./render-html";

// What the HTML compiler escapes in text inside an element (hast-util-to-html: `<` and `&`,
// as hexadecimal references).
const TEXT_ESCAPES: Readonly<Record<string, string>> = { "<": "&#x3C;", "&": "&#x26;" };
// Line ends inside a text node, around which the compiler trims spaces and tabs.
const LINE_END = /[\r\n]/;

/**
 * HTML for a raw-text body. The paragraphs are text, not Markdown: the tree is built directly
 * as root → paragraph → text, so a stray `*`, `#` or `<` in an article is printed as written and
 * never becomes markup.
 *
 * For such a tree the compiler's output is fixed: one `<p>` per paragraph with `<` and `&`
 * escaped, joined and ended by a newline. That string is written here directly, sparing every
 * raw-text article a walk through the compiler (measurements: docs/performance.md, 'Raw-text
 * body HTML written directly'); paragraphs with line ends inside, which
 * the compiler trims around, still go through it. A property test compares the two.
 * @example renderTextParagraphs(["1 * 2 # <b>"]) //=> "<p>1 * 2 # &#x3C;b></p>\n"
 */
export function renderTextParagraphs(paragraphs: readonly string[]): string {
  if (paragraphs.some((p) => LINE_END.test(p))) return compileTextParagraphs(paragraphs);
  if (paragraphs.length === 0) return "";
  return paragraphs.map((p) => `<p>${p.replace(/[<&]/g, (c) => TEXT_ESCAPES[c] as string)}</p>\n`).join("");
}

/** The same HTML through the mdast → HTML compiler. */
export function compileTextParagraphs(paragraphs: readonly string[]): string {
  const tree: Root = {
    type: "root",
    children: paragraphs.map((value) => ({ type: "paragraph", children: [{ type: "text", value }] })),
  };
  return mdastToHtml(tree);
}

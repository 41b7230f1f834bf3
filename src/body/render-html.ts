import { remark } from "remark";
import remarkHtml from "remark-html";
import type { Root } from "mdast";

/**
 * The one mdast → HTML compiler. remark-html sanitizes by default (GitHub's schema: no raw
 * HTML, no `javascript:` URLs, no event handlers); `sanitize: false` must never be passed for
 * editor content. Markdown bodies go through this function; raw-text bodies, whose tree is
 * only paragraphs of text, are written by `renderTextParagraphs` as this compiler would write
 * them (a property test holds the two to the same output).
 */
const compiler = remark().use(remarkHtml).freeze();

/**
 * Sanitized HTML for an mdast tree.
 * @param tree handed over: a transformer may change it, so callers pass a tree built for this
 *   call (a copy here would be paid on every Markdown article; measurements:
 *   docs/performance.md, 'Markdown trees handed over')
 * @example mdastToHtml({ type: "root", children: [] }) //=> ""
 */
export function mdastToHtml(tree: Root): string {
  // runSync applies the (currently empty) transformer chain; stringify runs remark-html.
  return compiler.stringify(compiler.runSync(tree) as Root);
}

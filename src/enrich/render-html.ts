import { remark } from "remark";
import remarkHtml from "remark-html";
import type { Root } from "mdast";

/**
 * The one mdast → HTML compiler. remark-html sanitizes by default (GitHub's schema: no raw
 * HTML, no `javascript:` URLs, no event handlers); `sanitize: false` must never be passed for
 * editor content. Both Markdown and raw-text bodies go through this same function, so there is
 * exactly one place where content becomes HTML.
 */
const compiler = remark().use(remarkHtml).freeze();

/**
 * Sanitized HTML for an mdast tree.
 * @example mdastToHtml({ type: "root", children: [] }) //=> ""
 */
export function mdastToHtml(tree: Root): string {
  // runSync applies the (currently empty) transformer chain; stringify runs remark-html.
  return compiler.stringify(compiler.runSync(structuredClone(tree)) as Root);
}

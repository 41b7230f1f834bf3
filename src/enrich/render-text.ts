import type { Root } from "mdast";
import { mdastToHtml } from "./render-html";

/**
 * HTML for a raw-text body. The paragraphs are text, not Markdown: the tree is built directly
 * as root → paragraph → text, so a stray `*`, `#` or `<` in an article is printed as written and
 * never becomes markup.
 * @example renderTextParagraphs(["1 * 2 # <b>"]) //=> "<p>1 * 2 # &#x3C;b></p>\n"
 */
export function renderTextParagraphs(paragraphs: readonly string[]): string {
  const tree: Root = {
    type: "root",
    children: paragraphs.map((value) => ({ type: "paragraph", children: [{ type: "text", value }] })),
  };
  return mdastToHtml(tree);
}

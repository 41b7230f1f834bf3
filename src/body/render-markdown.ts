import type { Heading, Root, RootContent } from "mdast";
import { mdastToHtml } from "./render-html";

// The article page's headline is its only <h1>; body headings start one level below it.
const MAX_DEPTH = 6;

function demoteHeadings(nodes: readonly RootContent[]): RootContent[] {
  return nodes.map((node) => {
    if (node.type === "heading") {
      return { ...node, depth: Math.min(MAX_DEPTH, node.depth + 1) as Heading["depth"] };
    }
    if ("children" in node && Array.isArray(node.children)) {
      return { ...node, children: demoteHeadings(node.children as RootContent[]) } as RootContent;
    }
    return node;
  });
}

/**
 * Sanitized HTML for a parsed Markdown body (see `parseMarkdown`). Raw HTML nodes are dropped
 * by the sanitizer; `parseMarkdown` has already warned about each one. Headings are demoted
 * one level so a `# Heading` in the body never competes with the page's headline.
 * @example renderMarkdown(parseMarkdown("# Part one").tree) //=> "<h2>Part one</h2>\n"
 */
export function renderMarkdown(tree: Root): string {
  return mdastToHtml({ ...tree, children: demoteHeadings(tree.children) });
}

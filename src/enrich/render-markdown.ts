import type { Root } from "mdast";
import { mdastToHtml } from "./render-html";

/**
 * Sanitized HTML for a parsed Markdown body (see `parseMarkdown`). Raw HTML nodes are dropped
 * by the sanitizer; `parseMarkdown` has already warned about each one.
 */
export function renderMarkdown(tree: Root): string {
  return mdastToHtml(tree);
}

/**
 * The page's visible text as a text-mode browser prints it: one block element per line, a blank
 * line after paragraphs, headings, lists and tables, table cells side by side, list items
 * marked. This is the shape the raw-text extractor reads (page dumps), so it can fill in what
 * the page's metadata leaves out.
 */
import { collapse, isElement, TEXT_NODE, type PageElement, type PageNode } from "./dom";

/** Elements whose content is never shown as text. */
const UNSEEN: ReadonlySet<string> = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "head",
  "title",
  "meta",
  "link",
  "svg",
  "math",
  "iframe",
  "object",
  "embed",
  "canvas",
  "audio",
  "video",
  "select",
  "textarea",
  "button",
  "input",
]);

/** Elements that start and end a line. */
const BLOCK: ReadonlySet<string> = new Set([
  "address",
  "article",
  "aside",
  "body",
  "dd",
  "details",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "header",
  "hgroup",
  "hr",
  "html",
  "li",
  "main",
  "nav",
  "section",
  "summary",
  "tr",
  "center",
  "caption",
]);

/** Blocks followed by a blank line. */
const PARAGRAPH: ReadonlySet<string> = new Set(["p", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "ul", "ol", "table"]);

/** Whether an element is hidden by the page itself (`hidden`, an inline `display:none`). */
export function isHidden(el: PageElement): boolean {
  if (el.hasAttribute("hidden")) return true;
  const style = el.getAttribute("style");
  return style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

class LineWriter {
  readonly lines: string[] = [];
  #current = "";

  text(s: string): void {
    this.#current += s;
  }

  /** End the current line (nothing when it is empty). */
  endLine(): void {
    const line = collapse(this.#current);
    this.#current = "";
    if (line !== "") this.lines.push(line);
  }

  /** End the current line and leave one blank line. */
  endParagraph(): void {
    this.endLine();
    if (this.lines.length > 0 && this.lines.at(-1) !== "") this.lines.push("");
  }
}

/**
 * The visible text of a page (or of one element), one block per line.
 * Walks with an explicit stack: a hostile page nests elements thousands deep.
 * @example visibleText(parsePage("<h1>A</h1><p>B <b>C</b></p>").body!) //=> "A\n\nB C"
 */
export function visibleText(root: PageNode): string {
  const out = new LineWriter();
  type Step = { node: PageNode; leaving: boolean };
  const stack: Step[] = [{ node: root, leaving: false }];
  while (stack.length > 0) {
    const { node, leaving } = stack.pop()!;
    if (node.nodeType === TEXT_NODE) {
      out.text(node.textContent ?? "");
      continue;
    }
    if (!isElement(node)) {
      if (node.childNodes.length > 0) pushChildren(stack, node);
      continue;
    }
    const tag = node.localName;
    if (leaving) {
      close(out, tag);
      continue;
    }
    if (UNSEEN.has(tag) || isHidden(node)) continue;
    open(out, node, tag);
    stack.push({ node, leaving: true });
    pushChildren(stack, node);
  }
  out.endLine();
  while (out.lines.at(-1) === "") out.lines.pop();
  return out.lines.join("\n");
}

function pushChildren(stack: { node: PageNode; leaving: boolean }[], node: PageNode): void {
  const children = node.childNodes;
  for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, leaving: false });
}

function open(out: LineWriter, el: PageElement, tag: string): void {
  if (tag === "br") out.endLine();
  else if (tag === "td" || tag === "th") out.text(" ");
  else if (BLOCK.has(tag) || PARAGRAPH.has(tag)) {
    out.endLine();
    if (tag === "li") out.text(el.parentNode && (el.parentNode as PageElement).localName === "ol" ? "" : "• ");
  }
}

function close(out: LineWriter, tag: string): void {
  if (PARAGRAPH.has(tag)) out.endParagraph();
  else if (BLOCK.has(tag)) out.endLine();
  else if (tag === "td" || tag === "th") out.text(" ");
}

/**
 * The saved page as a DOM (linkedom: a light, standards-shaped DOM without a browser's
 * machinery; docs/html.md says why it was chosen over jsdom), and the few node shapes the
 * modules of this folder read. Nothing in the page runs: linkedom executes no script and
 * loads nothing.
 */
import { DOMParser } from "linkedom";

/** A node of the page, as far as this folder reads it. */
export interface PageNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly textContent: string | null;
  readonly childNodes: ArrayLike<PageNode>;
  readonly parentNode: PageNode | null;
}

/** An element of the page. */
export interface PageElement extends PageNode {
  readonly tagName: string;
  readonly localName: string;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  querySelectorAll(selector: string): ArrayLike<PageElement>;
  querySelector(selector: string): PageElement | null;
  innerHTML: string;
}

/** The page's document. */
export interface PageDocument extends PageNode {
  readonly documentElement: PageElement;
  readonly body: PageElement | null;
  readonly head: PageElement | null;
  querySelectorAll(selector: string): ArrayLike<PageElement>;
  querySelector(selector: string): PageElement | null;
  createElement(tag: string): PageElement;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/**
 * Parse a saved page's text into a document.
 * @example parsePage("<title>A</title><p>B").querySelector("p")?.textContent //=> "B"
 */
export function parsePage(html: string): PageDocument {
  const doc = new DOMParser().parseFromString(html, "text/html") as unknown as PageDocument;
  if (doc.documentElement?.localName === "html") return doc;
  // linkedom adds no <html> and <body> around a page that leaves them out, as browsers do;
  // Readability needs the body.
  return new DOMParser().parseFromString(`<html><body>${html}</body></html>`, "text/html") as unknown as PageDocument;
}

/** Whether a node is an element. */
export function isElement(node: PageNode): node is PageElement {
  return node.nodeType === ELEMENT_NODE;
}

/** An attribute's value with whitespace collapsed and trimmed, or null when absent or blank. */
export function attr(element: PageElement, name: string): string | null {
  const value = element.getAttribute(name);
  if (value === null) return null;
  const clean = collapse(value);
  return clean === "" ? null : clean;
}

/** Whitespace runs as one space, trimmed. */
export function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

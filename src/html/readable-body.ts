/**
 * The article's body from a saved page: Readability (Mozilla's reader-view extractor) picks the
 * article's element, and only its text and block structure are kept, as an mdast tree of
 * paragraphs, headings, lists and quotes. No markup of the page is carried over: the tree holds
 * text nodes only, and is compiled to HTML by the same sanitizing compiler as Markdown bodies.
 */
import { Readability } from "@mozilla/readability";
import type { BlockContent, Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from "mdast";
import { collapse, isElement, TEXT_NODE, type PageDocument, type PageElement, type PageNode } from "./dom";
import { isHidden } from "./visible-text";

/** The body Readability found: its tree and its blocks as plain text, in order. */
export interface ReadableBody {
  readonly tree: Root;
  readonly paragraphs: readonly string[];
}

// Pages larger than this many elements are not scored by Readability (its own guard against
// super-linear work on huge pages); the visible text's densest prose is used instead.
const MAX_ELEMENTS = 60_000;

/**
 * Run Readability over the page and keep the article's blocks as text.
 * Readability changes the document it reads: call this after everything else has read it.
 * @returns null when Readability finds no article, or it holds no text
 * @example readableBody(parsePage("<article><p>…long text…</p></article>"))?.paragraphs
 */
export function readableBody(doc: PageDocument): ReadableBody | null {
  let content: PageElement | null | undefined;
  try {
    const reader = new Readability(doc as never, { maxElemsToParse: MAX_ELEMENTS, serializer: (node) => node as unknown as PageElement });
    content = reader.parse()?.content;
  } catch {
    // Over the element limit (Readability throws), or a page shape it cannot read.
    return null;
  }
  if (!content) return null;
  const children = blocksOf(content);
  const paragraphs: string[] = [];
  collectText(children, paragraphs);
  return paragraphs.length === 0 ? null : { tree: { type: "root", children }, paragraphs };
}

// One level down, as Markdown bodies: the article page's headline is its only <h1>.
const HEADINGS: Readonly<Record<string, Heading["depth"]>> = { h1: 2, h2: 3, h3: 4, h4: 5, h5: 6, h6: 6 };
const SKIPPED: ReadonlySet<string> = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "svg",
  "math",
  "iframe",
  "object",
  "embed",
  "button",
  "form",
  "input",
  "select",
  "textarea",
]);
const PHRASING_BLOCKS: ReadonlySet<string> = new Set(["p", "figcaption", "dt", "dd", "caption", "summary", "address", "pre", "tr"]);

/** The blocks inside a container, with its loose inline text gathered into paragraphs. */
function blocksOf(container: PageNode): (BlockContent & RootContent)[] {
  const out: (BlockContent & RootContent)[] = [];
  let loose: PhrasingContent[] = [];
  const flush = (): void => {
    const paragraph = paragraphOf(loose);
    if (paragraph) out.push(paragraph);
    loose = [];
  };
  for (const node of Array.from(container.childNodes)) {
    if (!isElement(node)) {
      if (node.nodeType === TEXT_NODE) loose.push(...phrasing(node));
      continue;
    }
    const tag = node.localName;
    if (SKIPPED.has(tag) || isHidden(node)) continue;
    const block = blockFor(node, tag);
    if (block === undefined) {
      loose.push(...phrasing(node));
      continue;
    }
    flush();
    out.push(...block);
  }
  flush();
  return out;
}

/** The mdast blocks one element makes, or undefined when it is inline. */
function blockFor(el: PageElement, tag: string): (BlockContent & RootContent)[] | undefined {
  const depth = HEADINGS[tag];
  if (depth !== undefined) {
    const children = phrasing(el);
    return hasText(children) ? [{ type: "heading", depth, children }] : [];
  }
  if (PHRASING_BLOCKS.has(tag)) {
    const paragraph = paragraphOf(phrasing(el));
    return paragraph ? [paragraph] : [];
  }
  if (tag === "ul" || tag === "ol") {
    const items: ListItem[] = Array.from(el.childNodes)
      .filter(isElement)
      .filter((li) => li.localName === "li" && !isHidden(li))
      .map((li): ListItem => ({ type: "listItem", spread: false, children: blocksOf(li) }))
      .filter((item) => item.children.length > 0);
    const list: List = { type: "list", ordered: tag === "ol", spread: false, children: items };
    return items.length > 0 ? [list] : [];
  }
  if (tag === "blockquote") {
    const children = blocksOf(el);
    return children.length > 0 ? [{ type: "blockquote", children }] : [];
  }
  if (tag === "hr" || tag === "img" || tag === "picture") return [];
  if (isInline(tag)) return undefined;
  return blocksOf(el);
}

const INLINE: ReadonlySet<string> = new Set([
  "a",
  "abbr",
  "b",
  "bdi",
  "bdo",
  "cite",
  "code",
  "data",
  "dfn",
  "em",
  "i",
  "kbd",
  "mark",
  "q",
  "s",
  "samp",
  "small",
  "span",
  "strong",
  "sub",
  "sup",
  "time",
  "u",
  "var",
  "br",
  "wbr",
  "font",
  "del",
  "ins",
  "label",
]);

function isInline(tag: string): boolean {
  return INLINE.has(tag);
}

/** An element's text as phrasing: text nodes and line breaks only. */
function phrasing(node: PageNode): PhrasingContent[] {
  if (node.nodeType === TEXT_NODE) return [{ type: "text", value: node.textContent ?? "" }];
  const out: PhrasingContent[] = [];
  const stack: PageNode[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.nodeType === TEXT_NODE) {
      out.push({ type: "text", value: current.textContent ?? "" });
      continue;
    }
    if (!isElement(current)) continue;
    if (SKIPPED.has(current.localName) || isHidden(current)) continue;
    if (current.localName === "br") {
      out.push({ type: "break" });
      continue;
    }
    // A block inside an inline run (a <div> in a <p>) still separates words.
    if (current !== node && !isInline(current.localName)) out.push({ type: "text", value: " " });
    const children = current.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return out;
}

/** Phrasing as one paragraph: whitespace collapsed, breaks kept between text, or null when empty. */
function paragraphOf(content: readonly PhrasingContent[]): Paragraph | null {
  const children: PhrasingContent[] = [];
  let text = "";
  const flushText = (): void => {
    const value = text.replace(/\s+/g, " ");
    if (value.trim() !== "") children.push({ type: "text", value });
    text = "";
  };
  for (const c of content) {
    if (c.type === "text") text += c.value;
    else {
      flushText();
      if (children.length > 0 && children.at(-1)!.type !== "break") children.push(c);
    }
  }
  flushText();
  while (children.at(-1)?.type === "break") children.pop();
  if (children.length === 0) return null;
  const first = children[0]!;
  if (first.type === "text") first.value = first.value.trimStart();
  const last = children.at(-1)!;
  if (last.type === "text") last.value = last.value.trimEnd();
  for (let i = 0; i < children.length; i++) {
    const c = children[i]!;
    if (c.type !== "text") continue;
    if (children[i - 1]?.type === "break") c.value = c.value.trimStart();
    if (children[i + 1]?.type === "break") c.value = c.value.trimEnd();
  }
  return { type: "paragraph", children };
}

function hasText(children: readonly PhrasingContent[]): boolean {
  return children.some((c) => c.type === "text" && c.value.trim() !== "");
}

/** Each paragraph, heading and list item's text, in order. */
function collectText(nodes: readonly RootContent[], out: string[]): void {
  for (const node of nodes) {
    if (node.type === "paragraph" || node.type === "heading") {
      const text = collapse(node.children.map((c) => (c.type === "text" ? c.value : " ")).join(""));
      if (text !== "") out.push(text);
    } else if ("children" in node && Array.isArray(node.children)) collectText(node.children as RootContent[], out);
  }
}

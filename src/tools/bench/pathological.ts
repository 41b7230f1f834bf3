/**
 * Generated hostile article files of any size, one per input shape that has made a parser
 * slow, crash or flood the report: what the complexity test feeds through the parse of one
 * file at growing sizes, and what `npm run bench:inputs` times. Each shape is a few bytes
 * repeated (or grown) to about the size asked for, inside an otherwise ordinary article, so
 * the body is the only thing that grows.
 */

/** One shape of hostile input. */
export interface PathologicalShape {
  /** Short kebab-case name, printed by the bench and used as the test's row name. */
  readonly name: string;
  /** Which parser the file goes to: the raw-text extractor or Markdown. */
  readonly format: "txt" | "md";
  /**
   * The whole file's text, with a body of about `size` characters.
   * @param size body length in UTF-16 code units (approximate; at least a few repetitions)
   */
  readonly make: (size: number) => string;
}

const HEADLINE = "Villagers return to homes near the border";
const PARAGRAPH = "Hundreds of families returned this week to villages they had left during the fighting, local officials said.";

/** A raw-text article: a headline, a paragraph, then the hostile body. */
const txt = (body: string): string => `${HEADLINE}\n\nBy Jane Roe\n\n${PARAGRAPH}\n\n${body}\n`;
/** A Markdown article: a title, a paragraph, then the hostile body. */
const md = (body: string): string => `---\ntitle: ${HEADLINE}\n---\n${PARAGRAPH}\n\n${body}\n`;

/** `unit` repeated to about `size` characters (at least once). */
const fill = (unit: string, size: number): string => unit.repeat(Math.max(1, Math.floor(size / unit.length)));

/**
 * Backtick runs of lengths 1, 2, 3 … each followed by `after`, to about `size` characters: no
 * run closes another.
 * @example growingBackticks(8, "a") //=> "`a``a```a"
 */
export function growingBackticks(size: number, after = "a"): string {
  const parts: string[] = [];
  let length = 0;
  for (let k = 1; length < size; k++) {
    parts.push("`".repeat(k), after);
    length += k + after.length;
  }
  return parts.join("");
}

/** A list nested one level deeper on each line. */
function nestedList(size: number): string {
  const lines: string[] = [];
  let length = 0;
  for (let depth = 0; length < size; depth++) {
    const line = `${"  ".repeat(depth)}- item`;
    lines.push(line);
    length += line.length + 1;
  }
  return lines.join("\n");
}

/** Every shape, raw text first. */
export const PATHOLOGICAL_SHAPES: readonly PathologicalShape[] = [
  { name: "txt-control-characters", format: "txt", make: (n) => txt(fill("\u0001", n)) },
  { name: "txt-noncharacters", format: "txt", make: (n) => txt(fill("\uffff", n)) },
  { name: "txt-short-lines", format: "txt", make: (n) => txt(fill("ab\n", n)) },
  { name: "txt-loose-list-items", format: "txt", make: (n) => txt(fill("- a\n\n", n)) },
  { name: "txt-backtick-runs", format: "txt", make: (n) => txt(growingBackticks(n, "a")) },
  { name: "txt-backslashes", format: "txt", make: (n) => txt(fill("\\", n)) },
  { name: "txt-long-line", format: "txt", make: (n) => txt(fill("word ", n)) },
  { name: "txt-asterisks", format: "txt", make: (n) => txt(fill("*a", n)) },
  { name: "txt-short-sentences", format: "txt", make: (n) => txt(fill("A b c. ", n)) },
  { name: "md-loose-list-items", format: "md", make: (n) => md(fill("- a\n\n", n)) },
  { name: "md-tight-list-items", format: "md", make: (n) => md(fill("- a\n", n)) },
  { name: "md-short-paragraphs", format: "md", make: (n) => md(fill("a\n\n", n)) },
  { name: "md-short-lines", format: "md", make: (n) => md(fill("a\n", n)) },
  { name: "md-quote-lines", format: "md", make: (n) => md(fill("> a\n", n)) },
  { name: "md-headings", format: "md", make: (n) => md(fill("# a\n", n)) },
  { name: "md-backtick-runs", format: "md", make: (n) => md(growingBackticks(n, "a")) },
  { name: "md-backtick-runs-in-list", format: "md", make: (n) => md(`- ${growingBackticks(n, "a")}`) },
  { name: "md-backslashes", format: "md", make: (n) => md(fill("\\", n)) },
  { name: "md-nested-quotes", format: "md", make: (n) => md(`${fill(">", n)} deep`) },
  { name: "md-nested-list", format: "md", make: (n) => md(nestedList(n)) },
  { name: "md-long-line", format: "md", make: (n) => md(fill("word ", n)) },
  { name: "md-asterisks", format: "md", make: (n) => md(fill("*a", n)) },
  { name: "md-asterisks-per-paragraph", format: "md", make: (n) => md(fill(`${"*a".repeat(20)}\n\n`, n)) },
  { name: "md-underscores", format: "md", make: (n) => md(fill("_a ", n)) },
  { name: "md-brackets", format: "md", make: (n) => md(fill("[a", n)) },
  { name: "md-links", format: "md", make: (n) => md(fill("[a](b) ", n)) },
  { name: "md-raw-html", format: "md", make: (n) => md(fill("<b>\n\n", n)) },
];

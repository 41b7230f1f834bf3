import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_NESTING_DEPTH, parseMarkdown } from "../../src/parse/markdown";
import { renderMarkdown } from "../../src/body/render-markdown";
import { compileTextParagraphs, renderTextParagraphs } from "../../src/body/render-text";

const F = "content/articles/x.md";
const html = (md: string) => {
  const parsed = parseMarkdown(F, md);
  if (!parsed.tree) throw new Error("refused");
  return renderMarkdown(parsed.tree);
};

describe("Markdown rendering", () => {
  it.each([
    // Scripts, event handlers, iframes and styles never reach the page.
    ["<script>alert(1)</script>", "<script"],
    ['<img src=x onerror="alert(1)">', "onerror"],
    ['<iframe src="https://evil.example"></iframe>', "<iframe"],
    ['<div style="position:fixed">x</div>', "style="],
    // Dangerous URL schemes are stripped from links and images, in any spelling.
    ["[x](javascript:alert(1))", "javascript:"],
    ["[x](JAVASCRIPT:alert(1))", "JAVASCRIPT:"],
    ["[x](&#106;avascript:alert(1))", "avascript:"],
    ["![x](data:text/html;base64,PHNjcmlwdD4=)", "data:"],
    ["[x](vbscript:msgbox)", "vbscript:"],
  ])("sanitizes %j", (md, forbidden) => {
    expect(html(md)).not.toContain(forbidden);
  });

  it("keeps ordinary Markdown and safe links", () => {
    expect(html('# Head\n\nSome *em* and [a link](https://example.org/x "t").')).toBe(
      '<h2>Head</h2>\n<p>Some <em>em</em> and <a href="https://example.org/x" title="t">a link</a>.</p>\n',
    );
  });

  it("demotes body headings so the headline stays the page's only h1", () => {
    expect(html("# One\n\n###### Six\n\n> ## Quoted")).toBe("<h2>One</h2>\n<h6>Six</h6>\n<blockquote>\n<h3>Quoted</h3>\n</blockquote>\n");
  });

  it("warns about each raw HTML node with its file line, offset by the front matter", () => {
    const parsed = parseMarkdown(F, 'Intro <b>bold</b>\n\n<p id="x">Pasted paragraph</p>', 5);
    expect(parsed.diagnostics.map((d) => [d.id, d.severity, d.line, d.column])).toEqual([
      ["raw-html-dropped", "warning", 5, 7],
      ["raw-html-dropped", "warning", 5, 14],
      ["raw-html-dropped", "warning", 7, 1],
    ]);
  });

  it("lists the text of every leaf block with its file line, inside lists and quotes", () => {
    const parsed = parseMarkdown(F, "# Title\n\nOne\ntwo *lines*\n\n- item a\n- item b\n\n> quoted\n\n<div>dropped</div>", 3);
    expect(parsed.paragraphs).toEqual([
      { line: 3, text: "Title" },
      { line: 5, text: "One two lines" },
      { line: 8, text: "item a" },
      { line: 9, text: "item b" },
      { line: 11, text: "quoted" },
    ]);
  });

  it.each([
    // 2,000 nested quotes overflow micromark's stack: refused before parsing.
    ["quotes", `${">".repeat(MAX_NESTING_DEPTH + 1)} deep`],
    // Deeply nested list markers on one line.
    ["list markers", `${"- ".repeat(MAX_NESTING_DEPTH + 1)}deep`],
    // Indentation deeper than the limit.
    ["indentation", `${" ".repeat(101)}- deep`],
  ])("refuses pathological nesting (%s) before parsing, naming the line", (_name, line) => {
    const parsed = parseMarkdown(F, `Fine\n\n${line}`, 4);
    expect(parsed.tree).toBeNull();
    expect(parsed.diagnostics).toMatchObject([{ id: "markdown-too-deep", severity: "error", line: 6 }]);
  });

  it.each([
    // micromark turns most bad references into U+FFFD, but lets form feed and CR through.
    ["a form feed", "Fine.\n\nPage&#12;break.", "control-character", 6, "Control character U+000C written as a character reference."],
    ["a carriage return", "Fine.\n\nLine&#x0D;end.", "control-character", 6, "Control character U+000D written as a character reference."],
  ])("refuses %s written as a character reference, at its line", (_name, body, id, line, message) => {
    expect(parseMarkdown(F, body, 4).diagnostics).toEqual([expect.objectContaining({ id, line, message, severity: "error" })]);
  });

  it("accepts ordinary character references and leaves code spans as written", () => {
    const parsed = parseMarkdown(F, "Caf&#233; &amp; `&#12;`", 4);
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.paragraphs).toEqual([{ line: 4, text: "Café & &#12;" }]);
  });

  it("accepts nesting up to the limit", () => {
    expect(parseMarkdown(F, `${">".repeat(MAX_NESTING_DEPTH)} ok`).diagnostics).toEqual([]);
  });
});

describe("renderTextParagraphs", () => {
  it.each([
    // Markdown syntax in raw text is printed as written.
    ["*not emphasis* and **not strong**", "<p>*not emphasis* and **not strong**</p>\n"],
    ["# not a heading", "<p># not a heading</p>\n"],
    ["1. not a list", "<p>1. not a list</p>\n"],
    ["[not](a-link)", "<p>[not](a-link)</p>\n"],
    // HTML in raw text is escaped, never interpreted.
    ["<script>alert(1)</script>", "<p>&#x3C;script>alert(1)&#x3C;/script></p>\n"],
    ["Tom & Jerry", "<p>Tom &#x26; Jerry</p>\n"],
  ])("prints %j as text", (paragraph, expected) => {
    expect(renderTextParagraphs([paragraph])).toBe(expected);
  });

  it("makes one paragraph element per paragraph, in order", () => {
    expect(renderTextParagraphs(["a", "b"])).toBe("<p>a</p>\n<p>b</p>\n");
  });

  it("writes exactly what the mdast → HTML compiler makes of the same paragraphs", () => {
    const piece = fc.oneof(
      fc.string({ unit: "grapheme" }),
      fc.constantFrom("<", "&", "&amp;", ">", '"', "'", "`", " ", "\t", "\n", "\r\n", "\r", "\u00a0", "\ud800", "😀", "é"),
    );
    const paragraph = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(""));
    fc.assert(
      fc.property(fc.array(paragraph, { maxLength: 5 }), (paragraphs) => {
        expect(renderTextParagraphs(paragraphs)).toBe(compileTextParagraphs(paragraphs));
      }),
      { numRuns: 500 },
    );
  });
});

import { describe, expect, it } from "vitest";
import {
  BACKTICK_RESCAN_ALLOWANCE,
  backtickRescans,
  checkMarkdownLimits,
  MAX_BACKTICK_RESCANS,
  MAX_INLINE_MARKERS,
  MAX_MARKDOWN_LINES,
  MAX_MARKUP_CHARACTERS,
} from "../../src/parse/markdown-limits";
import { parseMarkdown } from "../../src/parse/markdown";
import { growingBackticks } from "../../src/tools/bench/pathological";

const F = "content/articles/x.md";
/** `id@line` of each diagnostic for a body starting on file line 4. */
const check = (body: string) => checkMarkdownLimits(F, body, 4).map((d) => `${d.id}@${d.line}`);

/** Backtick runs of lengths 1 … n, each followed by `a`: none closes another. */
const growingRuns = (n: number) => growingBackticks((n * (n + 3)) / 2);

describe("checkMarkdownLimits", () => {
  it.each([
    // Loose list items: each line costs the parser a tokenizer and events kept to the end.
    ["too many loose list items", "- a\n\n".repeat(300_000), [`markdown-too-long@${4 + MAX_MARKDOWN_LINES}`]],
    // Blank lines cost as much as any other.
    ["too many blank lines", `a${"\n".repeat(MAX_MARKDOWN_LINES + 1)}b`, [`markdown-too-long@${4 + MAX_MARKDOWN_LINES}`]],
    // Backslashes: each pair is an escape token, kept with the rest until the parse ends.
    ["a long run of backslashes", "\\".repeat(MAX_MARKUP_CHARACTERS + 1), ["markdown-too-complex@4"]],
    // Many paragraphs, each under the per-paragraph cap, over the whole-body cap on the line that passes it.
    ["markup spread over many paragraphs", `${"*a".repeat(1_000)}\n\n`.repeat(21), ["markdown-too-complex@44"]],
    // Emphasis delimiters in one paragraph: quadratic matching.
    ["emphasis markers in one paragraph", "*a".repeat(MAX_INLINE_MARKERS + 1), ["markdown-too-complex@4"]],
    // The paragraph's first line is named, not the line where the count passes the limit.
    ["brackets spread over the lines of one paragraph", `x\n\n${"[a]\n".repeat(MAX_INLINE_MARKERS)}`, ["markdown-too-complex@6"]],
    // Backtick runs of growing lengths: each is read to the paragraph's end again.
    ["backtick runs of growing lengths", growingRuns(500), ["markdown-too-complex@4"]],
    // The same inside list items (each item is its own paragraph, but they share a block).
    [
      "backtick runs of growing lengths in list items",
      `- ${growingRuns(200)}\n- ${growingRuns(200)}\n- ${growingRuns(200)}${growingRuns(200)}`,
      ["markdown-too-complex@4"],
    ],
    // A few unclosed runs before a long paragraph.
    ["unclosed backtick runs before a long paragraph", `${growingRuns(8)} ${"word ".repeat(20_000)}`, ["markdown-too-complex@4"]],
    // Nesting and line count: both reported, each at its first line.
    [
      "deep quotes among too many lines",
      `${">".repeat(200)} x\n${"a\n".repeat(MAX_MARKDOWN_LINES)}`,
      ["markdown-too-deep@4", `markdown-too-long@${4 + MAX_MARKDOWN_LINES}`],
    ],
  ])("refuses %s", (_name, body, expected) => {
    expect(check(body)).toEqual(expected);
  });

  it.each([
    // A long, ordinary article: prose, emphasis, links, code spans, a list and a quote.
    [
      "an ordinary long article",
      `${"Officials *said* the [report](https://example.org/a_b) was `final` and ``not `draft` ``.\n\n- one\n- two\n\n> quoted\n\n".repeat(400)}`,
    ],
    // Lines up to the limit.
    ["as many lines as the limit", "a\n".repeat(MAX_MARKDOWN_LINES - 1)],
    // Code fences of several lengths around a code sample that shows backticks.
    ["nested code fences", "````\n```\ncode `x` ``y``\n```\n````\n"],
    // A few stray backticks in a short paragraph.
    ["a few unclosed backticks in a short paragraph", "It costs `5 and ``10 and ```20 and ````40."],
    // A long run of one character is one delimiter, but counts toward the markup limit only.
    ["a long horizontal rule", "*".repeat(300)],
  ])("accepts %s", (_name, body) => {
    expect(check(body)).toEqual([]);
  });

  it("lets parseMarkdown parse nothing once a limit is broken", () => {
    const parsed = parseMarkdown(F, "- a\n\n".repeat(MAX_MARKDOWN_LINES), 4);
    expect(parsed.tree).toBeNull();
    expect(parsed.diagnostics.map((d) => d.id)).toEqual(["markdown-too-long"]);
  });
});

describe("backtickRescans", () => {
  it.each([
    // No runs: nothing to look for.
    ["no runs", [], 100, 0],
    // A code span: the opening run is closed 5 characters on; the closing run reads to the end.
    [
      "one code span",
      [
        { at: 10, length: 1 },
        { at: 15, length: 1 },
      ],
      100,
      5 + 85,
    ],
    // Runs of two lengths, each unclosed: each reads to the end.
    [
      "two unclosed runs",
      [
        { at: 0, length: 1 },
        { at: 10, length: 2 },
      ],
      100,
      100 + 90,
    ],
    // A run closed by the next of its length, not by a run of another length.
    [
      "a run closed past another length",
      [
        { at: 0, length: 2 },
        { at: 5, length: 1 },
        { at: 9, length: 2 },
      ],
      20,
      9 + 15 + 11,
    ],
  ])("bounds the reading for %s", (_name, runs, length, expected) => {
    expect(backtickRescans(runs, length)).toBe(expected);
  });

  it("grows with the paragraph times the number of unclosed lengths", () => {
    const runs = Array.from({ length: 10 }, (_, k) => ({ at: k * 3, length: k + 1 }));
    expect(backtickRescans(runs, 1_000_000)).toBeGreaterThan(MAX_BACKTICK_RESCANS * 1_000_000 + BACKTICK_RESCAN_ALLOWANCE);
  });
});

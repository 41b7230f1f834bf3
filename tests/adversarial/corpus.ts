import { tmpdir } from "node:os";
import { expect } from "vitest";
import path from "node:path";
import type { DiagnosticId } from "../../src/diagnostics/messages";
import { growingBackticks } from "../../src/tools/bench/pathological";
import type { ArticleRecord } from "../../src/types";
import type { Entry } from "./project";

/**
 * The adversarial corpus: hostile and broken article files, each with the outcome the build
 * must give. E: an error naming the file (and the line, when the problem has one), nothing
 * published. W: a warning, and the article is still built correctly. OK: built cleanly.
 */

/** "Today" for every adversarial build (2027-01-01, as in `tests/helpers/run-build.ts`). */
export const NOW = new Date("2027-01-01T00:00:00Z");

/** Written by front-matter code if it ever ran; it must never exist. */
export const CANARY = path.join(tmpdir(), `adversarial-canary-${process.pid}`);

export const HEADLINE = "Villagers return to homes near the border";
export const PARAGRAPHS = [
  "Hundreds of families returned this week to villages they had left during the fighting, local officials said on Saturday.",
  "Many found their houses damaged, and the regional government promised help with repairs before the winter.",
] as const;
const BODY = `${PARAGRAPHS.join("\n\n")}\n`;

/** A clean raw-text article: headline, byline, date, two paragraphs. */
export const GOOD_TXT = `${HEADLINE}\n\nBy Jane Roe\n\nSeptember 20, 2023\n\n${BODY}`;

/** A Markdown article with the given front-matter lines (title first, unless replaced) and body. */
export function md(frontMatter: string, body: string = BODY): string {
  return `---\n${frontMatter}\n---\n${body}`;
}
const titled = (extra = "") => md(`title: ${HEADLINE}${extra ? `\n${extra}` : ""}`);

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === "string" ? [...Buffer.from(p, "utf8")] : p)));

const PNG_HEADER = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52];
const BOM = [0xef, 0xbb, 0xbf];

/** Front matter that writes the canary and sets a global if a code engine ever evaluated it. */
const canaryCode = (why: string) =>
  `{ title: (require("fs").writeFileSync(${JSON.stringify(CANARY)}, "${why}"), globalThis.__adversarialRan = true, "pwned") }`;

// Nine levels of nine aliases: 9^9 strings when expanded.
const ALIAS_BOMB = [
  `a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]`,
  ..."bcdefghi".split("").map((k, i) => {
    const prev = "abcdefghi"[i]!;
    return `${k}: &${k} [${Array(9).fill(`*${prev}`).join(",")}]`;
  }),
].join("\n");

/** Hostile text for headlines and bodies: every one must appear on the page as text. */
export const HOSTILE = {
  script: "<script>alert('headline')</script>",
  img: `<img src=x onerror="alert('img')">`,
  svg: `"><svg onload=alert('svg')>`,
  js: "javascript:alert('link')",
  nunjucks: "{{ 7 * 7 }}",
  tag: "{% raw %}",
  comment: "{# hidden #}",
  closeScript: "</script><script>alert('json-ld')</script>",
} as const;

/** One expected diagnostic: the file (under content/articles/), the id, and its line when it has one. */
export interface Expected {
  readonly file: string;
  readonly id: DiagnosticId;
  /** The 1-based line the diagnostic must name; null for whole-file problems (size, links, names). */
  readonly line: number | null;
  /** Must match the message (e.g. a "did you mean" or "re-save" hint). */
  readonly text?: RegExp;
}

export interface Case {
  /** What the build does, as a sentence. */
  readonly name: string;
  readonly outcome: "E" | "W" | "OK";
  readonly files: Readonly<Record<string, Entry>>;
  /** Files beside `content/` (symlink targets). */
  readonly outside?: Readonly<Record<string, string>>;
  /** Every diagnostic the case must give, and no other. */
  readonly expect: readonly Expected[];
  /** Further checks on the records built (W and OK cases). */
  readonly check?: (records: readonly ArticleRecord[]) => void;
}

const e = (file: string, id: DiagnosticId, line: number | null, text?: RegExp): Expected =>
  text === undefined ? { file, id, line } : { file, id, line, text };

/** Long headline for the 5,000-character row. */
export const LONG_HEADLINE = `Officials say ${"very ".repeat(996)}longer`;

export const CASES: readonly Case[] = [
  // ── bytes and encoding ───────────────────────────────────────────────────────────────────
  // Zero bytes: nothing to publish.
  { name: "refuses an empty file", outcome: "E", files: { "a.txt": "" }, expect: [e("a.txt", "empty-file", 1)] },
  // Blank lines and tabs only.
  { name: "refuses a whitespace-only file", outcome: "E", files: { "a.txt": " \n\t\n  \n" }, expect: [e("a.txt", "empty-file", 1)] },
  // A BOM and nothing else is empty once the BOM is stripped.
  { name: "refuses a file that is only a BOM", outcome: "E", files: { "a.md": bytes(BOM) }, expect: [e("a.md", "empty-file", 1)] },
  // A PNG renamed .txt: the first byte is already not UTF-8.
  {
    name: "refuses a binary PNG renamed to .txt",
    outcome: "E",
    files: { "a.txt": bytes(PNG_HEADER, [0, 0, 1, 0xff]) },
    expect: [e("a.txt", "invalid-utf8", 1, /0x89 at offset 0/)],
  },
  // A stray continuation byte on line 5; the rest is fine.
  {
    name: "refuses invalid UTF-8 in the middle of a file at its line",
    outcome: "E",
    files: { "a.txt": bytes(`${HEADLINE}\n\nBy Jane Roe\n\nHundreds `, [0x80], " of families.\n") },
    expect: [e("a.txt", "invalid-utf8", 5)],
  },
  // An overlong encoding of "/" (C0 AF) is not UTF-8 either.
  {
    name: "refuses an overlong UTF-8 sequence",
    outcome: "E",
    files: { "a.txt": bytes("Head\n", [0xc0, 0xaf], "\n") },
    expect: [e("a.txt", "invalid-utf8", 2)],
  },
  // Windows-1252 `Café`: never guessed, the editor is told to re-save.
  {
    name: "refuses Latin-1 text with a hint to re-save as UTF-8",
    outcome: "E",
    files: { "a.txt": bytes(`${HEADLINE}\n`, "Caf", [0xe9], " owners returned first.\n") },
    expect: [e("a.txt", "invalid-utf8", 2, /0xE9/)],
  },
  // NUL passes UTF-8 decoding but is never text.
  {
    name: "refuses a NUL character at its line",
    outcome: "E",
    files: { "a.txt": `${HEADLINE}\n\nHundreds of \u0000families.\n` },
    expect: [e("a.txt", "control-character", 3, /U\+0000/)],
  },
  // ESC (terminal escapes) and DEL: each reported.
  {
    name: "refuses ESC and DEL control characters, each reported",
    outcome: "E",
    files: { "a.txt": `${HEADLINE}\u001b[31m\n\nBody\u007f text.\n` },
    expect: [e("a.txt", "control-character", 1, /U\+001B/), e("a.txt", "control-character", 3, /U\+007F/)],
  },
  // C1 controls: text decoded with the wrong encoding somewhere before it was saved.
  {
    name: "refuses C1 control characters at their line",
    outcome: "E",
    files: { "a.txt": `${HEADLINE}\n\nHundreds of\u0085 families.\n` },
    expect: [e("a.txt", "control-character", 3, /U\+0085/)],
  },
  // Non-characters are valid UTF-8 but never text.
  {
    name: "refuses U+FFFE and U+FFFF at their lines",
    outcome: "E",
    files: { "a.txt": `${HEADLINE}\n\nHundreds \ufffe of families.\n\nThey \uffff returned.\n` },
    expect: [e("a.txt", "noncharacter", 3, /U\+FFFE/), e("a.txt", "noncharacter", 5, /U\+FFFF/)],
  },
  // A million control characters must cost one pass, not a position search each, and must not
  // flood the report: the first 20 are listed, one more counts the rest.
  {
    name: "refuses a million control characters, listing twenty and counting the rest",
    outcome: "E",
    files: { "a.txt": `${HEADLINE}\n\n${"\u0001\n".repeat(1_000_000)}` },
    expect: [
      ...Array.from({ length: 20 }, (_, i) => e("a.txt", "control-character", 3 + i)),
      e("a.txt", "control-character", 23, /^999,980 more like this/),
    ],
  },
  // A leading BOM is stripped silently and the record is the BOM-less one.
  {
    name: "builds a file with a leading BOM exactly as without it",
    outcome: "OK",
    files: { "a.txt": bytes(BOM, GOOD_TXT) },
    expect: [],
    check: sameAsLf,
  },
  // Windows line ends.
  {
    name: "builds CRLF text exactly as LF text",
    outcome: "OK",
    files: { "a.txt": GOOD_TXT.replace(/\n/g, "\r\n") },
    expect: [],
    check: sameAsLf,
  },
  // Some lines CRLF, some LF, some CR.
  {
    name: "builds mixed line ends exactly as LF text",
    outcome: "OK",
    files: {
      "a.txt": GOOD_TXT.split("\n")
        .map((l, i) => l + ["\r\n", "\n", "\r"][i % 3])
        .join("")
        .replace(/(\r\n|\n|\r)$/, "\n"),
    },
    expect: [],
    check: sameAsLf,
  },
  // Classic Mac CR-only line ends.
  {
    name: "builds CR-only text exactly as LF text",
    outcome: "OK",
    files: { "a.txt": GOOD_TXT.replace(/\n/g, "\r") },
    expect: [],
    check: sameAsLf,
  },
  // CR-only Markdown front matter (gray-matter alone fails on it).
  {
    name: "builds CR-only Markdown front matter",
    outcome: "OK",
    files: { "a.md": titled("date: 2023-09-20").replace(/\n/g, "\r") },
    expect: [],
    check: (r) => expectOne(r, { headline: HEADLINE, published: "2023-09-20" }),
  },

  // ── size ─────────────────────────────────────────────────────────────────────────────────
  // 10 MB is refused from its size alone, before it is read.
  {
    name: "refuses a 10 MB article over the 2 MB cap",
    outcome: "E",
    files: { "a.txt": `${HEADLINE}\n\n${"Words of the article. ".repeat(480_000)}` },
    expect: [e("a.txt", "file-too-large", null, /limit is 2097152 bytes/)],
  },
  // A 2 MB paragraph with no line breaks in raw text: built, with a warning naming the line.
  {
    name: "builds a single 2 MB line in raw text with a warning",
    outcome: "W",
    files: { "a.txt": `${HEADLINE}\n\nBy Jane Roe\n\n${"word ".repeat(400_000)}\n` },
    expect: [e("a.txt", "long-line", 5, /2,000,000 characters/)],
    check: (r) => expect1(r, (a) => a.body.some((p) => p.length >= 1_999_999)),
  },
  // The same in Markdown.
  {
    name: "builds a single 2 MB line in Markdown with a warning",
    outcome: "W",
    files: { "a.md": titled().replace(/\n---\n[\s\S]*$/, `\n---\n${"word ".repeat(400_000)}\n`) },
    expect: [e("a.md", "long-line", 4)],
    check: (r) => expect1(r, (a) => a.bodyHtml.length > 1_999_000),
  },

  // 130,000 short lines overflowed the stack (one argument per line to Math.max).
  {
    name: "builds raw text of 130,000 short lines",
    outcome: "OK",
    files: { "a.txt": `${HEADLINE}\n\nBy Jane Roe\n\n${PARAGRAPHS[0]}\n\n${"Line of text.\n".repeat(130_000)}` },
    expect: [],
    check: (r) => expect1(r, (a) => a.headline === HEADLINE),
  },

  // ── pathological Markdown: refused before parsing, never a hang or a stack overflow ──────
  // Loose list items: without the line limit, the parser's time and memory grow faster than the input.
  {
    name: "refuses 300,000 loose list items before parsing",
    outcome: "E",
    files: { "a.md": md("title: List", "- a\n\n".repeat(300_000)) },
    expect: [e("a.md", "markdown-too-long", 20_004, /600,001 lines/), e("a.md", "no-article-body", 4)],
  },
  // Backtick runs of growing lengths: each read to the paragraph's end again.
  {
    name: "refuses 1.1 MB of backtick runs of growing lengths before parsing",
    outcome: "E",
    files: { "a.md": md("title: Ticks", growingBackticks(1_100_000)) },
    expect: [e("a.md", "long-line", 4), e("a.md", "markdown-too-complex", 4, /backtick runs/), e("a.md", "no-article-body", 4)],
  },
  // Backslashes: each pair is an escape token, kept with the rest until the parse ends.
  {
    name: "refuses 1.9 MB of backslashes before parsing",
    outcome: "E",
    files: { "a.md": md("title: Slashes", "\\".repeat(1_900_000)) },
    expect: [e("a.md", "long-line", 4), e("a.md", "markdown-too-complex", 4, /markup characters/), e("a.md", "no-article-body", 4)],
  },
  // Emphasis markers are matched in quadratic time without the cap.
  {
    name: "refuses 50,000 unmatched emphasis markers quickly",
    outcome: "E",
    files: { "a.md": md("title: Stars", "*a".repeat(50_000)) },
    expect: [e("a.md", "long-line", 4), e("a.md", "markdown-too-complex", 4), e("a.md", "no-article-body", 4)],
  },
  // The same with underscores spread over lines of one paragraph.
  {
    name: "refuses a paragraph of underscores spread over many lines",
    outcome: "E",
    files: { "a.md": md("title: Lines", "_a _b\n".repeat(2_000)) },
    expect: [e("a.md", "markdown-too-complex", 4), e("a.md", "no-article-body", 4)],
  },
  // Deeply nested brackets.
  {
    name: "refuses 20,000 nested brackets",
    outcome: "E",
    files: { "a.md": md("title: Brackets", `${"[".repeat(20_000)}x${"]".repeat(20_000)}`) },
    expect: [e("a.md", "markdown-too-complex", 4), e("a.md", "no-article-body", 4)],
  },
  // 2,000 nested quotes overflow micromark's stack.
  {
    name: "refuses 2,000 nested block quotes",
    outcome: "E",
    files: { "a.md": md("title: Quotes", `${">".repeat(2_000)} deep`) },
    expect: [e("a.md", "markdown-too-deep", 4), e("a.md", "no-article-body", 4)],
  },
  // A list nested 1,000 levels is slow to parse, then overflows the stack.
  {
    name: "refuses a list nested 1,000 levels deep at the first line too deep",
    outcome: "E",
    files: { "a.md": md("title: List", Array.from({ length: 1_000 }, (_, i) => `${"  ".repeat(i)}- item`).join("\n")) },
    expect: [e("a.md", "markdown-too-deep", 55), e("a.md", "no-article-body", 4)],
  },
  // A few emphasis markers are ordinary Markdown.
  {
    name: "builds ordinary emphasis and links",
    outcome: "OK",
    files: {
      "a.md": md(`title: ${HEADLINE}`, `Officials *said* the [report](https://example.org/r) was __final__.\n\n${PARAGRAPHS[1]}\n`),
    },
    expect: [],
    check: (r) => expect1(r, (a) => a.bodyHtml.includes("<em>said</em>") && a.bodyHtml.includes('href="https://example.org/r"')),
  },
  // In raw text `*` is just a character: built as text, with a warning for the 100,000-character line.
  {
    name: "builds raw text full of asterisks as text",
    outcome: "W",
    files: { "a.txt": `${HEADLINE}\n\n${PARAGRAPHS[0]}\n\n${"*a".repeat(50_000)}\n` },
    expect: [e("a.txt", "long-line", 5)],
    check: (r) => expect1(r, (a) => !a.bodyHtml.includes("<em>") && a.bodyHtml.includes("*a*a")),
  },

  // ── front matter ─────────────────────────────────────────────────────────────────────────
  // Unclosed flow sequence: js-yaml's position is a file line.
  {
    name: "refuses malformed YAML at the file line where the parser stops",
    outcome: "E",
    files: { "a.md": md(`title: ${HEADLINE}\ntopics: [diplomacy,\nsource: Wire`) },
    expect: [e("a.md", "front-matter-yaml", 5)],
  },
  // A key indented under a scalar.
  {
    name: "refuses badly indented YAML",
    outcome: "E",
    files: { "a.md": md(`title: ${HEADLINE}\n  date: 2023-09-20\nsource: Wire`) },
    expect: [e("a.md", "front-matter-yaml", 3)],
  },
  // `---` on line 1 and never again: not the whole file as YAML.
  {
    name: "refuses front matter without a closing line",
    outcome: "E",
    files: { "a.md": `---\ntitle: ${HEADLINE}\n\n${BODY}` },
    expect: [e("a.md", "front-matter-unterminated", 1)],
  },
  // The second `title` wins silently in some parsers.
  {
    name: "refuses a duplicated key at its second line",
    outcome: "E",
    files: { "a.md": md(`title: One\ntitle: Two`) },
    expect: [e("a.md", "front-matter-yaml", 3, /duplicated mapping key/i)],
  },
  // gray-matter's eval engine.
  {
    name: "refuses ---js front matter without running it",
    outcome: "E",
    files: { "a.md": `---js\n${canaryCode("js")}\n---\n${BODY}` },
    expect: [e("a.md", "front-matter-language-refused", 1, /`js`/)],
  },
  {
    name: "refuses ---javascript front matter without running it",
    outcome: "E",
    files: { "a.md": `---javascript\n${canaryCode("javascript")}\n---\n${BODY}` },
    expect: [e("a.md", "front-matter-language-refused", 1, /`javascript`/)],
  },
  {
    name: "refuses ---coffee front matter without running it",
    outcome: "E",
    files: { "a.md": `---coffee\ntitle: require("fs").writeFileSync(${JSON.stringify(CANARY)}, "coffee")\n---\n${BODY}` },
    expect: [e("a.md", "front-matter-language-refused", 1, /`coffee`/)],
  },
  // Upper case and a space before the tag reach the same engine in gray-matter.
  {
    name: "refuses --- JS with a space and capitals",
    outcome: "E",
    files: { "a.txt": `--- JS\n${canaryCode("JS")}\n---\n${BODY}` },
    expect: [e("a.txt", "front-matter-language-refused", 1, /`JS`/)],
  },
  // js-yaml 3's !!js/function tag; the core schema has no code types.
  {
    name: "refuses a YAML code tag",
    outcome: "E",
    files: { "a.md": md(`title: !!js/function 'function () { require("fs").writeFileSync(${JSON.stringify(CANARY)}, "tag") }'`) },
    expect: [e("a.md", "front-matter-yaml", 2, /unknown tag/i)],
  },
  // A YAML list where a mapping belongs.
  {
    name: "refuses front matter that is a list",
    outcome: "E",
    files: { "a.md": md("- title\n- date") },
    expect: [e("a.md", "front-matter-not-mapping", 2, /a list/)],
  },
  // A bare scalar.
  {
    name: "refuses front matter that is a single value",
    outcome: "E",
    files: { "a.md": md("just a headline") },
    expect: [e("a.md", "front-matter-not-mapping", 2, /single value/)],
  },
  // A year where text belongs: the message says to quote it.
  {
    name: "refuses a number as title and says to quote it",
    outcome: "E",
    files: { "a.md": md("title: 2023") },
    expect: [e("a.md", "front-matter-type", 2, /quote it/)],
  },
  // A list where text belongs.
  { name: "refuses a list as title", outcome: "E", files: { "a.md": md("title: [a, b]") }, expect: [e("a.md", "front-matter-type", 2)] },
  // `__proto__` found the line table's prototype: reported at `[object Object]`.
  {
    name: "refuses a __proto__ key as an unknown key at its line",
    outcome: "E",
    files: { "a.md": titled("__proto__:\n  polluted: yes") },
    expect: [e("a.md", "front-matter-unknown-key", 3, /`__proto__`/)],
    check: () => expect(({} as Record<string, unknown>).polluted).toBeUndefined(),
  },
  // Terminal escapes written as YAML escapes reached <title>, <h1> and list pages as bytes.
  {
    name: "refuses control characters written as YAML escapes, at each key's line",
    outcome: "E",
    files: { "a.md": md('title: "Ctrl \\x01\\x1b[31m red"\nauthors: ["Ann \\x02 Lee"]') },
    expect: [e("a.md", "control-character", 2, /U\+0001, U\+001B/), e("a.md", "control-character", 3, /U\+0002/)],
  },
  // Half a surrogate pair stopped the search indexer mid-build, naming no file.
  {
    name: "refuses a lone surrogate written as a YAML escape",
    outcome: "E",
    files: { "a.md": md('title: "\\uD800"') },
    expect: [e("a.md", "lone-surrogate", 2, /U\+D800/)],
  },
  // 439 characters made a folder name too long: ENAMETOOLONG after part of the site was written.
  {
    name: "refuses a 439-character author, source and slug, each at its line",
    outcome: "E",
    files: { "a.md": titled(`authors: ["${"A".repeat(439)}"]\nsource: "${"S".repeat(439)}"\nslug: ${"s".repeat(439)}`) },
    expect: [
      e("a.md", "field-too-long", 3, /author name/),
      e("a.md", "field-too-long", 4, /source name/),
      e("a.md", "field-too-long", 5, /slug is 439/),
    ],
  },
  // Comma-separated topics are one string, not a list; a quoted boolean is a string.
  {
    name: "refuses topics written as text and a quoted boolean, each at its line",
    outcome: "E",
    files: { "a.md": titled('topics: diplomacy, talks\ndraft: "no"') },
    expect: [e("a.md", "front-matter-type", 3, /list/), e("a.md", "front-matter-type", 4, /true or false/)],
  },
  // Typos would silently lose the headline.
  {
    name: "refuses misspelled keys and suggests the right ones",
    outcome: "E",
    files: { "a.md": md(`tittle: ${HEADLINE}\ndat: 2023-09-20`) },
    expect: [
      e("a.md", "front-matter-unknown-key", 2, /did you mean `title`/),
      e("a.md", "front-matter-unknown-key", 3, /did you mean `date`/),
    ],
  },
  // 9^9 expansions; unknown keys stop it before anything walks the tree.
  {
    name: "refuses a YAML alias bomb quickly",
    outcome: "E",
    files: { "a.md": md(`title: Bomb\n${ALIAS_BOMB}`) },
    expect: "abcdefghi".split("").map((k, i) => e("a.md", "front-matter-unknown-key", 3 + i, new RegExp(`\`${k}\``))),
  },
  // The bomb under a known key: a type error, not an expansion.
  {
    name: "refuses an alias bomb under a known key quickly",
    outcome: "E",
    files: { "a.md": md(`title: Bomb\n${ALIAS_BOMB.replace(/^i:/m, "authors:")}`.replace(/^([a-h]): &/gm, "x$1: &")) },
    expect: [
      ..."abcdefgh".split("").map((k, i) => e("a.md", "front-matter-unknown-key", 3 + i, new RegExp(`\`x${k}\``))),
      e("a.md", "front-matter-type", 11),
    ],
  },

  // ── dates ────────────────────────────────────────────────────────────────────────────────
  // YAML would roll these over to 3 March, January 2024 and 1900.
  { name: "refuses 31 February", outcome: "E", files: { "a.md": titled("date: 2023-02-31") }, expect: [e("a.md", "invalid-date", 3)] },
  { name: "refuses month 13", outcome: "E", files: { "a.md": titled("date: 2023-13-01") }, expect: [e("a.md", "invalid-date", 3)] },
  { name: "refuses year 0", outcome: "E", files: { "a.md": titled("date: 0000-01-01") }, expect: [e("a.md", "invalid-date", 3)] },
  // Day-first or month-first cannot be known.
  {
    name: "refuses an ambiguous numeric date in front matter",
    outcome: "E",
    files: { "a.md": titled("date: 03/04/2023") },
    expect: [e("a.md", "ambiguous-date", 3)],
  },
  {
    name: "refuses a dotted numeric date in front matter",
    outcome: "E",
    files: { "a.md": titled("updated: 3.4.2023") },
    expect: [e("a.md", "ambiguous-date", 3)],
  },
  // Beyond the two-day grace window after the pinned "today".
  {
    name: "refuses a front-matter date beyond the grace window",
    outcome: "E",
    files: { "a.md": titled("date: 2027-01-10") },
    expect: [e("a.md", "implausible-date", 3, /in the future/)],
  },
  // Inside the grace window (time zones ahead of UTC).
  {
    name: "builds a front-matter date inside the grace window",
    outcome: "OK",
    files: { "a.md": titled("date: 2027-01-02") },
    expect: [],
    check: (r) => expectOne(r, { published: "2027-01-02" }),
  },
  // An update before the publication is probably a typo, but both dates may be right.
  {
    name: "builds an article updated before it was published, with a warning at `updated`",
    outcome: "W",
    files: { "a.md": titled("date: 2023-09-20\nupdated: 2023-09-01") },
    expect: [e("a.md", "updated-before-published", 4)],
    check: (r) => expectOne(r, { published: "2023-09-20", updated: "2023-09-01" }),
  },
  // A date before any plausible archive.
  {
    name: "refuses a date in 1066",
    outcome: "E",
    files: { "a.md": titled("date: 1066-10-14") },
    expect: [e("a.md", "implausible-date", 3)],
  },
  // Relative dates depend on when the page was saved: unknown, never guessed.
  {
    name: "leaves a relative date in raw text unknown",
    outcome: "OK",
    files: { "a.txt": `${HEADLINE}\n\nBy Jane Roe\n\nPosted 3 days ago\n\n${BODY}` },
    expect: [],
    check: undated,
  },
  {
    name: "leaves `yesterday` in raw text unknown",
    outcome: "OK",
    files: { "a.txt": `${HEADLINE}\n\nBy Jane Roe | yesterday\n\n${BODY}` },
    expect: [],
    check: undated,
  },
  // 03/04/2023 in a page dump: not guessed either.
  {
    name: "leaves an ambiguous numeric date in raw text unknown",
    outcome: "OK",
    files: { "a.txt": `${HEADLINE}\n\nBy Jane Roe\n\n03/04/2023\n\n${BODY}` },
    expect: [],
    check: undated,
  },
  // A future date in a page dump is not believed.
  {
    name: "leaves a future date in raw text unknown",
    outcome: "OK",
    files: { "a.txt": `${HEADLINE}\n\nBy Jane Roe\n\nJanuary 10, 2031\n\n${BODY}` },
    expect: [],
    check: undated,
  },

  // ── slugs ────────────────────────────────────────────────────────────────────────────────
  // Same slug from headlines differing in case and punctuation: nobody chose it, so both are
  // published, each under a suffix from its own path, each warned naming the other file.
  {
    name: "publishes two headlines that make the same slug under suffixed slugs, warning on both",
    outcome: "W",
    files: {
      "a.txt": `Mayor Resigns After Protests!\n\n${BODY}`,
      "b.txt": `MAYOR RESIGNS AFTER PROTESTS\n\n${PARAGRAPHS[1]}\n\n${PARAGRAPHS[0]} Again.\n`,
    },
    expect: [e("a.txt", "slug-collision-suffixed", 1, /b\.txt/), e("b.txt", "slug-collision-suffixed", 1, /a\.txt/)],
    check: (r) => {
      const [a, b] = r.map((x) => x.slug);
      expect([a, b]).toEqual([
        expect.stringMatching(/^mayor-resigns-after-protests-[0-9a-f]{8}$/),
        expect.stringMatching(/^mayor-resigns-after-protests-[0-9a-f]{8}$/),
      ]);
      expect(a).not.toBe(b);
    },
  },
  // Café in NFC and NFD: one slug once transliterated, told apart the same way.
  {
    name: "publishes headlines differing only by Unicode normalisation under suffixed slugs",
    outcome: "W",
    files: { "a.md": md("title: Caf\u00e9 reopens"), "b.md": md("title: Cafe\u0301 reopens", `${PARAGRAPHS[1]}\n`) },
    expect: [e("a.md", "slug-collision-suffixed", 2, /b\.md/), e("b.md", "slug-collision-suffixed", 2, /a\.md/)],
  },
  // The same `slug:` written by two editors: a choice the build cannot make for them.
  {
    name: "refuses the same slug written in the front matter of two files, naming both",
    outcome: "E",
    files: { "a.md": md("title: Mayor resigns\nslug: mayor"), "b.md": md("title: Mayor quits\nslug: mayor", `${PARAGRAPHS[1]}\n`) },
    expect: [e("a.md", "duplicate-slug", 3, /b\.md/), e("b.md", "duplicate-slug", 3, /a\.md/)],
  },
  // Path traversal through front matter.
  { name: "refuses a ../ slug", outcome: "E", files: { "a.md": titled("slug: ../../etc/passwd") }, expect: [e("a.md", "invalid-slug", 3)] },
  {
    name: "refuses a %2e%2e slug",
    outcome: "E",
    files: { "a.md": titled('slug: "%2e%2e%2fescape"') },
    expect: [e("a.md", "invalid-slug", 3)],
  },
  {
    name: "refuses a slug with backslashes",
    outcome: "E",
    files: { "a.md": titled('slug: "..\\\\..\\\\escape"') },
    expect: [e("a.md", "invalid-slug", 3)],
  },
  {
    name: "refuses an absolute-path slug",
    outcome: "E",
    files: { "a.md": titled("slug: /tmp/escape") },
    expect: [e("a.md", "invalid-slug", 3)],
  },
  // Upper case would collide on case-insensitive file systems.
  {
    name: "refuses an upper-case slug",
    outcome: "E",
    files: { "a.md": titled("slug: Mayor-Resigns") },
    expect: [e("a.md", "invalid-slug", 3)],
  },
  // A headline that looks like a path still makes a safe slug.
  {
    name: "makes a safe slug from a headline full of path tricks",
    outcome: "OK",
    files: { "a.md": md("title: ../../..\\\\etc %2e%2e/passwd") },
    expect: [],
    check: (r) => expectOne(r, { slug: "etc-2e-2e-passwd" }),
  },

  // ── hostile text ─────────────────────────────────────────────────────────────────────────
  // Markdown: raw HTML is dropped with a warning per node; the title stays literal text.
  {
    name: "builds hostile Markdown with raw HTML dropped and reported",
    outcome: "W",
    files: {
      "a.md": md(
        `title: ${JSON.stringify(`${HOSTILE.script} ${HOSTILE.nunjucks} ${HOSTILE.tag}`)}`,
        `${HOSTILE.script}\n\n[click](${HOSTILE.js}) and ${HOSTILE.img} ${HOSTILE.nunjucks} {% include "x" %}\n\n${PARAGRAPHS[0]}\n`,
      ),
    },
    expect: [e("a.md", "raw-html-dropped", 4), e("a.md", "raw-html-dropped", 6)],
    check: (r) =>
      expect1(
        r,
        (a) => a.headline.startsWith("<script>") && !/<script|onerror|javascript:/i.test(a.bodyHtml) && a.bodyHtml.includes("{{ 7 * 7 }}"),
      ),
  },
  // Raw text: the body is text, so the tags are escaped, not dropped.
  {
    name: "builds hostile raw text with tags kept as escaped text",
    outcome: "OK",
    files: {
      "a.txt": `${HOSTILE.script} ${HOSTILE.nunjucks} headline\n\n${HOSTILE.img} and ${HOSTILE.tag} in a sentence long enough to be prose, said the officials today.\n\n${BODY}`,
    },
    expect: [],
    check: (r) => expect1(r, (a) => /&(?:lt|#x3C);img src=x onerror=/.test(a.bodyHtml) && !a.bodyHtml.includes("<img")),
  },

  // ── scripts and characters ───────────────────────────────────────────────────────────────
  // Arabic is transliterated.
  {
    name: "builds an Arabic headline with a transliterated slug",
    outcome: "OK",
    files: { "a.md": md("title: مقتل جنود حفظ السلام") },
    expect: [],
    check: (r) => expectOne(r, { slug: "mqtl-jnwd-hfz-alslam", headline: "مقتل جنود حفظ السلام" }),
  },
  // CJK has no transliteration here: a stable hash slug, and a warning saying so.
  {
    name: "builds a CJK headline with a hash slug and a warning",
    outcome: "W",
    files: { "a.md": md("title: 北京新闻发布会") },
    expect: [e("a.md", "slug-hash-fallback", 4)],
    check: (r) => expect1(r, (a) => /^article-[0-9a-f]{10}$/.test(a.slug) && a.headline === "北京新闻发布会"),
  },
  // Emoji-only: the same.
  {
    name: "builds an emoji-only headline with a hash slug and a warning",
    outcome: "W",
    files: { "a.md": md("title: 🔥🔥🔥") },
    expect: [e("a.md", "slug-hash-fallback", 4)],
    check: (r) => expect1(r, (a) => /^article-[0-9a-f]{10}$/.test(a.slug)),
  },
  // Emoji beside words; the family emoji's zero-width joiners are kept.
  {
    name: "builds an emoji headline keeping zero-width joiners",
    outcome: "OK",
    files: { "a.md": md("title: 👨‍👩‍👧 Families return 🔥") },
    expect: [],
    check: (r) => expectOne(r, { slug: "families-return", headline: "👨‍👩‍👧 Families return 🔥" }),
  },
  // Zero-width spaces and a right-to-left override: removed from the headline with a warning.
  {
    name: "removes zero-width and bidi-override characters from a headline with a warning",
    outcome: "W",
    files: { "a.md": md(`title: "Zero\u200bwidth \u202egnirts\u202c news\u2060"`) },
    expect: [e("a.md", "invisible-characters-removed", 2, /U\+200B, U\+202E, U\+202C, U\+2060/)],
    check: (r) => expectOne(r, { headline: "Zerowidth gnirts news", slug: "zerowidth-gnirts-news" }),
  },
  // The same in a raw-text headline.
  {
    name: "removes a bidi override from a raw-text headline",
    outcome: "W",
    files: { "a.txt": `\u202e${HEADLINE}\n\n${BODY}` },
    expect: [e("a.txt", "invisible-characters-removed", 1)],
    check: (r) => expectOne(r, { headline: HEADLINE }),
  },
  // An empty title.
  {
    name: "refuses an empty title",
    outcome: "E",
    files: { "a.md": md('title: ""') },
    expect: [e("a.md", "front-matter-type", 2, /must not be empty/)],
  },
  // A title of invisible characters only is no title.
  {
    name: "refuses a title of invisible characters only",
    outcome: "E",
    files: { "a.md": md('title: "\u200b\u202e"') },
    expect: [e("a.md", "invisible-characters-removed", 2), e("a.md", "missing-title", 2, /invisible/)],
  },
  // 5,000 characters: built in full (never cut in the page), warned, slug cut to 80.
  {
    name: "builds a 5,000-character headline with a warning and a short slug",
    outcome: "W",
    files: { "a.md": md(`title: ${LONG_HEADLINE}`) },
    expect: [e("a.md", "headline-too-long", 2, /5000 characters/)],
    check: (r) => expect1(r, (a) => a.headline === LONG_HEADLINE && a.slug.length <= 80),
  },

  // ── files ────────────────────────────────────────────────────────────────────────────────
  // Navigation and comment-form text only.
  {
    name: "refuses a file of site chrome only",
    outcome: "E",
    files: {
      "a.txt":
        'Press "Enter" to skip to content\n\nMore from PoliticsMore posts in Politics »\n\nBe First to Comment\n\nLeave a Reply\n\nYour email address will not be published. Required fields are marked *\n',
    },
    expect: [e("a.txt", "missing-headline", 1), e("a.txt", "no-article-body", 1, /site chrome/)],
  },
  // Copy of the same article under another name and headline.
  {
    name: "refuses the same body in two files, naming both",
    outcome: "E",
    files: { "a.txt": GOOD_TXT, "b.md": md("title: Another headline") },
    expect: [e("a.txt", "duplicate-body", 1, /b\.md/), e("b.md", "duplicate-body", 1, /a\.txt/)],
  },
  // Editor leftovers are listed, never read; the real article is built.
  {
    name: "skips editor temporary and hidden files with a warning each",
    outcome: "W",
    files: {
      "a.txt": GOOD_TXT,
      ".hidden.md": md("title: Hidden"),
      "a.txt~": GOOD_TXT,
      ".a.txt.swp": "swap",
      ".DS_Store": bytes([0, 0, 0, 1]),
      "#a.txt#": "autosave",
      ".git/config": "[core]",
    },
    expect: [".DS_Store", "#a.txt#", ".a.txt.swp", ".git", ".hidden.md", "a.txt~"].map((f) => e(f, "hidden-file-skipped", null)),
    check: (r) => expectOne(r, { headline: HEADLINE }),
  },
  // Anything else is an error, not silently ignored.
  {
    name: "refuses a file with an unknown extension",
    outcome: "E",
    files: { "notes.docx": "PK" },
    expect: [e("notes.docx", "unsupported-extension", null)],
  },
  // A link to a file outside content/ (and to a folder): refused, the target never read.
  {
    name: "refuses symlinks pointing outside content/",
    outcome: "E",
    outside: { "outside/secret.txt": `${HEADLINE}\n\nSECRET-OUTSIDE-CONTENT ${PARAGRAPHS[0]}\n` },
    files: {
      "link.txt": { symlink: "../../outside/secret.txt" },
      "linked-folder": { symlink: "../../outside" },
      "passwd.txt": { symlink: "/etc/passwd" },
    },
    expect: [e("link.txt", "symlink-refused", null), e("linked-folder", "symlink-refused", null), e("passwd.txt", "symlink-refused", null)],
  },
];

/** The record of a LF copy of {@link GOOD_TXT} saved as `a.txt`; set by the test before checks run. */
export const baseline: { record: ArticleRecord | null } = { record: null };

function sameAsLf(records: readonly ArticleRecord[]): void {
  expect(records).toHaveLength(1);
  expect(records[0]).toEqual(baseline.record);
}

function expectOne(records: readonly ArticleRecord[], fields: Partial<ArticleRecord>): void {
  expect(records).toHaveLength(1);
  expect(records[0]).toMatchObject(fields);
}

function expect1(records: readonly ArticleRecord[], holds: (r: ArticleRecord) => boolean): void {
  expect(records).toHaveLength(1);
  expect(holds(records[0]!)).toBe(true);
}

function undated(records: readonly ArticleRecord[]): void {
  expect(records).toHaveLength(1);
  expect(records[0]!.published).toBeNull();
  expect(records[0]!.provenance.published.kind).toBe("unknown");
  expect(records[0]!.headline).toBe(HEADLINE);
}

import { anyOf } from "./any-of";
import { BULLET, CHROME_RULES } from "./vocabulary";

/** One input line with the features every rule looks at. */
export interface Line {
  /** 0-based index in the text. */
  readonly index: number;
  /** 1-based line number in the file. */
  readonly lineNo: number;
  /** The line exactly as it was. */
  readonly raw: string;
  /** Trimmed, list marker removed, inner whitespace collapsed: what rules look at. */
  readonly text: string;
  /** Trimmed and list marker removed, otherwise exactly as written: what the record keeps. */
  readonly verbatim: string;
  /** `normalize(text)`: computed once, compared often (repeats, mastheads, mentions). */
  readonly key: string;
  readonly blank: boolean;
  /** Started with a list marker (•, *, 1., …). */
  readonly bullet: boolean;
  readonly words: number;
  /** Ends like a sentence (., !, ?, or a closing quote after one). */
  readonly terminal: boolean;
  /** Chrome reason when a vocabulary rule matched, else null. */
  readonly chrome: string | null;
}

const TERMINAL = /[.!?…]["”’')\]]*$|[.!?]["”’]\s*\S{0,3}$/u;
// w3m renders form fields as runs of brackets and underscores.
const FORM_FIELD = /^\[[ _]*\]$|^_{3,}$/;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * UTF-16 units of the letter or digit (any script) at `i`: 1, or 2 for one outside the BMP; 0
 * for any other character. Words are scanned by character code with this rather than matched
 * by patterns: every line of every article is counted, and the patterns cost more than the rest
 * of reading a line.
 */
export function letterOrDigitWidth(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) ? 1 : 0;
  const width = (text.codePointAt(i) as number) > 0xffff ? 2 : 1;
  return LETTER_OR_DIGIT.test(text.slice(i, i + width)) ? width : 0;
}

/**
 * Count words: the matches of `[\p{L}\p{N}][\p{L}\p{N}'’.-]*` (with the u flag), that is each
 * run of letters, digits and `'’.-` holding at least one letter or digit.
 */
export function countWords(text: string): number {
  let count = 0;
  // Whether the current run of word characters has been counted.
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const width = letterOrDigitWidth(text, i);
    if (width > 0) {
      if (!counted) count++;
      counted = true;
      i += width - 1;
      continue;
    }
    const c = text.charCodeAt(i);
    if (c !== 0x27 && c !== 0x2019 && c !== 0x2e && c !== 0x2d) counted = false;
  }
  return count;
}

// A run of two or more whitespace characters, or one that is not a plain space. Replacing
// these gives the same text as replacing every run (/\s+/g), without one replacement per
// single space between words, which made that the costliest step of reading a line.
const WHITESPACE_RUN = /\s\s+|[^\S ]/g;

/** Every run of whitespace as one space. */
export function collapseWhitespace(text: string): string {
  return text.replace(WHITESPACE_RUN, " ");
}

// Most lines match no chrome pattern: one pass over the line says so.
const ANY_CHROME = anyOf(CHROME_RULES.flatMap((rule) => rule.patterns));

/** The chrome reason for a line's text, or null. */
export function chromeReason(text: string): string | null {
  if (FORM_FIELD.test(text)) return "chrome:form-field";
  if (ANY_CHROME !== null && !ANY_CHROME(text)) return null;
  for (const rule of CHROME_RULES) {
    for (const re of rule.patterns) if (re.test(text)) return rule.reason;
  }
  return null;
}

// Printable ASCII but the backtick: text that NFKC and the quote and dash foldings leave as it is.
const PLAIN_ASCII = /^[\x20-\x5f\x61-\x7e]*$/;

/** Normalise text for equality tests: case, quotes, dashes, whitespace. */
export function normalize(text: string): string {
  if (PLAIN_ASCII.test(text)) return text.replace(WHITESPACE_RUN, " ").trim().toLowerCase();
  return text
    .normalize("NFKC")
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”«»]/g, '"')
    .replace(/[‐‑‒–—―]/g, "-")
    .replace(WHITESPACE_RUN, " ")
    .trim()
    .toLowerCase();
}

/**
 * Split text into feature-annotated lines. Text hard-wrapped at a fixed width (a narrow
 * terminal dump, a pasted e-mail) is first rejoined: a line that reaches close to the wrap
 * width continues on the next one, so each paragraph becomes one logical line numbered by its
 * first file line.
 * @param firstLine 1-based file line of the text's first line.
 */
export function toLines(text: string, firstLine = 1): Line[] {
  const physical = text.split("\n");
  const width = wrapWidth(physical);
  const out: Line[] = [];
  for (let i = 0; i < physical.length; i++) {
    let raw = physical[i]!;
    const start = i;
    if (width !== null) {
      while (i + 1 < physical.length && continues(physical[i]!, physical[i + 1]!, width)) raw += `\n${physical[++i]!}`;
    }
    out.push(makeLine(raw, out.length, firstLine + start));
  }
  return out;
}

// A text is taken as hard-wrapped when many lines end just short of one common width.
const WRAP_MAX_WIDTH = 100;
const WRAP_MIN_WIDTH = 40;
const WRAP_SLACK = 25;
const WRAP_MIN_LINES = 5;
const WRAP_SHARE = 0.5;

function wrapWidth(lines: readonly string[]): number | null {
  const lengths = lines.map((l) => l.trimEnd().length).filter((n) => n > 0);
  if (lengths.length < WRAP_MIN_LINES) return null;
  // A loop, not Math.max(...lengths): spreading one argument per line overflows the stack.
  let max = 0;
  for (const n of lengths) if (n > max) max = n;
  if (max > WRAP_MAX_WIDTH || max < WRAP_MIN_WIDTH) return null;
  const near = lengths.filter((n) => n >= max - WRAP_SLACK).length;
  return near >= WRAP_MIN_LINES && near / lengths.length >= WRAP_SHARE ? max : null;
}

function continues(line: string, next: string, width: number): boolean {
  const a = line.trimEnd();
  const b = next.trim();
  return a.length >= width - WRAP_SLACK && b.length > 0 && !BULLET.test(next);
}

/** Trim whitespace and zero-width spaces at both ends. */
function trimLine(raw: string): string {
  // Without a zero-width space, exactly what trim() removes (the same set as \s).
  if (!raw.includes("\u200b")) return raw.trim();
  return raw.replace(/[\s\u200b\ufeff]+$/u, "").replace(/^[\s\u200b\ufeff]+/u, "");
}

function makeLine(raw: string, index: number, lineNo: number): Line {
  const trimmed = trimLine(raw);
  const marker = BULLET.exec(trimmed);
  const afterMarker = marker === null ? trimmed : trimmed.slice(marker[0].length);
  const bullet = marker !== null && afterMarker.length > 0;
  const kept = bullet ? afterMarker : trimmed;
  const verbatim = kept.includes("\n") ? kept.replace(/[ \t]*\n[ \t]*/g, " ") : kept;
  const text = collapseWhitespace(verbatim);
  const blank = text.length === 0 || (marker !== null && !bullet) || /^[\s•·*|□-]*$/u.test(text);
  return {
    index,
    lineNo,
    raw,
    text: blank ? "" : text,
    verbatim: blank ? "" : verbatim,
    key: blank ? "" : normalize(text),
    blank,
    bullet,
    words: blank ? 0 : countWords(text),
    terminal: !blank && TERMINAL.test(text),
    chrome: blank ? null : chromeReason(text),
  };
}

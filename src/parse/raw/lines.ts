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

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;
const TERMINAL = /[.!?…]["”’')\]]*$|[.!?]["”’]\s*\S{0,3}$/u;
// w3m renders form fields as runs of brackets and underscores.
const FORM_FIELD = /^\[[ _]*\]$|^_{3,}$/;

/** Count words (letters/digits runs). */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** The chrome reason for a line's text, or null. */
export function chromeReason(text: string): string | null {
  if (FORM_FIELD.test(text)) return "chrome:form-field";
  for (const rule of CHROME_RULES) {
    for (const re of rule.patterns) if (re.test(text)) return rule.reason;
  }
  return null;
}

/** Normalise text for equality tests: case, quotes, dashes, whitespace. */
export function normalize(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”«»]/g, '"')
    .replace(/[‐‑‒–—―]/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

/**
 * Split text into feature-annotated lines.
 * @param firstLine 1-based file line of the text's first line.
 */
export function toLines(text: string, firstLine = 1): Line[] {
  return text.split("\n").map((raw, index) => {
    const trimmed = raw.replace(/[\s\u200b\ufeff]+$/u, "").replace(/^[\s\u200b\ufeff]+/u, "");
    const bullet = BULLET.test(trimmed) && trimmed.replace(BULLET, "").length > 0;
    const verbatim = bullet ? trimmed.replace(BULLET, "") : trimmed;
    const text = verbatim.replace(/\s+/g, " ");
    const blank = text.length === 0 || (BULLET.test(trimmed) && !bullet) || /^[\s•·*|□-]*$/u.test(text);
    return {
      index,
      lineNo: firstLine + index,
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
  });
}

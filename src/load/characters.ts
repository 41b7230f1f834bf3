/**
 * Characters that are never article text, wherever they come from (the bytes of a file, or a
 * YAML escape such as `"\x01"` or `"\uD800"` in front matter):
 * - control characters: C0 other than tab and newline, DEL, and C1 (U+0080–U+009F). They are
 *   invisible in most editors, can drive a terminal that prints the page or a diagnostic
 *   (`ESC [31m`), and come from binary files, PDFs or text decoded with the wrong encoding;
 * - non-characters (U+FDD0–U+FDEF and the last two code points of every plane, U+FFFE,
 *   U+FFFF … U+10FFFF), which Unicode reserves for a program's own use and never for text;
 * - lone surrogates: half of a UTF-16 pair, which no UTF-8 file can hold but a YAML `\uD800`
 *   escape can, and which tools downstream (the search indexer) fail on.
 * Tab and newline are text. CR is gone by the time text is checked (line ends are normalised).
 */
const FORBIDDEN =
  /(?<control>[\u0000-\u0008\u000b-\u001f\u007f-\u009f])|(?<nonchar>\p{Noncharacter_Code_Point})|(?<surrogate>[\u{d800}-\u{dfff}])/gu;

/** The catalogue id for each kind of forbidden character. */
export type ForbiddenKind = "control-character" | "noncharacter" | "lone-surrogate";

/** One forbidden character found. */
export interface ForbiddenCharacter {
  /** UTF-16 index in the text. */
  readonly index: number;
  readonly kind: ForbiddenKind;
  /** The code point as `U+XXXX`. */
  readonly codePoint: string;
}

/**
 * Find forbidden characters, listing at most `limit` of each kind (in text order) and counting
 * all of them: a file of a million control characters costs one pass and `limit` objects.
 * @example findForbidden("a\u0001b", 10).listed //=> [{ index: 1, kind: "control-character", codePoint: "U+0001" }]
 */
export function findForbidden(text: string, limit: number): { listed: ForbiddenCharacter[]; totals: Record<ForbiddenKind, number> } {
  const listed: ForbiddenCharacter[] = [];
  const totals: Record<ForbiddenKind, number> = { "control-character": 0, noncharacter: 0, "lone-surrogate": 0 };
  for (const match of text.matchAll(FORBIDDEN)) {
    const groups = match.groups!;
    const kind: ForbiddenKind =
      groups.control !== undefined ? "control-character" : groups.nonchar !== undefined ? "noncharacter" : "lone-surrogate";
    if (totals[kind]++ < limit) listed.push({ index: match.index, kind, codePoint: codePointName(match[0].codePointAt(0)!) });
  }
  return { listed, totals };
}

// Without the g flag: test() on a global pattern leaves lastIndex behind, and matchAll copies it.
const ANY_FORBIDDEN = new RegExp(FORBIDDEN.source, "u");

/** Whether the text holds no forbidden character. */
export function hasNoForbidden(text: string): boolean {
  return !ANY_FORBIDDEN.test(text);
}

/** What to call the character in a message: "control character", "non-character", … */
export const FORBIDDEN_NAMES: Readonly<Record<ForbiddenKind, string>> = {
  "control-character": "control character",
  noncharacter: "non-character",
  "lone-surrogate": "lone surrogate",
};

/**
 * The character as a message starts with it.
 * @example forbiddenLabel({ index: 0, kind: "noncharacter", codePoint: "U+FFFE" }) //=> "Non-character U+FFFE"
 */
export function forbiddenLabel(c: ForbiddenCharacter): string {
  const name = FORBIDDEN_NAMES[c.kind];
  return `${name.charAt(0).toUpperCase()}${name.slice(1)} ${c.codePoint}`;
}

/** `U+0001`, `U+1FFFF`: at least four hex digits, upper case. */
export function codePointName(codePoint: number): string {
  return `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;
}

import { BYLINE_PREFIX, BYLINE_ROLES, NAME_PARTICLES, NOT_NAME_WORDS } from "./vocabulary";
import { findDates } from "./dates";
import type { Line } from "./lines";

/** A line read as a byline. */
export interface BylineCandidate {
  /** Person names, in order, without "By" and without roles. */
  readonly authors: readonly string[];
  /** The line started with a byline word ("By", "Written by", …). */
  readonly prefixed: boolean;
  /** 0–1: how sure we are this line is a byline. */
  readonly confidence: number;
  readonly rule: string;
}

// Where the names part of a byline ends: a pipe, a handle, a dash, a bracket, a date label.
const NAMES_END = /\s*(?:[|@(\[]|\s[-–—]\s|\b(?:updated|published|posted|special to|for the|on)\b|\bfollow\b)/i;
const SPLIT_NAMES = /\s*,\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+/i;
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’-]*\.?|\p{Lu}\.(?:\p{Lu}\.)*)$/u;
const ROLE_RE = new RegExp(`(?:^|[\\s,]+|(?<=\\p{Ll}))(?:${BYLINE_ROLES.map((r) => r.replace(/ /g, "\\s+")).join("|")})$`, "iu");
const ALL_CAPS_TAIL = /(?:\s+\p{Lu}{2,}\.?)+$/u;

function stripRoles(part: string): string {
  let out = part.trim();
  for (let i = 0; i < 3; i++) {
    const next = out.replace(ROLE_RE, "").trim();
    if (next === out) break;
    out = next;
  }
  return out;
}

/**
 * Whether a phrase reads as one person's name: 2–5 capitalised words (particles allowed),
 * no digits, none of the words that mark an organisation, place or page part.
 * @example isPersonName("Lee Jay Walker") //=> true
 * @example isPersonName("Minnesota Wild") //=> false
 */
export function isPersonName(text: string, minWords = 2): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length < minWords || words.length > 5) return false;
  let capitalised = 0;
  for (const w of words) {
    const lower = w.toLowerCase();
    if (NOT_NAME_WORDS.has(lower.replace(/[.,]$/, ""))) return false;
    if (NAME_PARTICLES.has(lower)) continue;
    if (!NAME_WORD.test(w)) return false;
    capitalised++;
  }
  // A run of all-capital words is a label or an acronym, not a name.
  if (words.every((w) => w.length > 2 && w === w.toUpperCase())) return false;
  return capitalised >= Math.min(minWords, 2);
}

function cleanName(part: string): string {
  let name = stripRoles(part.replace(/^[\s,;:]+|[\s,;:.]+$/g, ""));
  // "Kevin McCoy USA TODAY": a trailing all-caps word run is an outlet, not part of the name.
  if (name.split(/\s+/).length > 2) name = name.replace(ALL_CAPS_TAIL, "");
  return name.replace(/[\s,;:]+$/g, "").trim();
}

/**
 * Read a line as a byline, or return null when it is not one.
 * Handles `By A`, `By A and B`, `A, B and C`, `By A | date`, `By A @handle date`,
 * `By | date` (an empty byline: no authors) and roles after names.
 * @example parseByline("By Mark Dovich")?.authors //=> ["Mark Dovich"]
 * @example parseByline("By | September 20, 2023")?.authors //=> []
 */
export function parseByline(text: string): BylineCandidate | null {
  const prefix = BYLINE_PREFIX.exec(text);
  const prefixed = prefix !== null;
  let rest = prefixed ? text.slice(prefix[0].length) : text;
  const dates = findDates(rest);
  const firstDate = dates.mentions[0];
  if (firstDate) rest = rest.slice(0, rest.indexOf(firstDate.text));
  const end = NAMES_END.exec(rest);
  if (end) rest = rest.slice(0, end.index);
  rest = rest.trim();
  if (rest === "") {
    // "By | September 20, 2023": a byline whose names are missing.
    return prefixed ? { authors: [], prefixed, confidence: 0.9, rule: "byline:empty" } : null;
  }
  const parts = rest.split(SPLIT_NAMES).map(cleanName).filter(Boolean);
  const minWords = prefixed ? 1 : 2;
  const names = parts.filter((p) => isPersonName(p, minWords) && (prefixed || p.split(/\s+/).length >= 2));
  if (names.length === 0 || names.length < parts.length) {
    // With a prefix, an agency or desk ("By Reuters Staff") is a byline without a person.
    if (prefixed && parts.length > 0 && parts.every((p) => p.split(/\s+/).length <= 4) && names.length === 0) {
      return { authors: [], prefixed, confidence: 0.6, rule: "byline:no-person" };
    }
    if (!prefixed || names.length === 0) return null;
  }
  const unique = [...new Set(names)];
  if (prefixed) return { authors: unique, prefixed, confidence: 0.95, rule: "byline:prefixed" };
  if (unique.length >= 2) return { authors: unique, prefixed, confidence: 0.8, rule: "byline:name-list" };
  return { authors: unique, prefixed, confidence: 0.5, rule: "byline:single-name" };
}

/** A bare "By" line continues on the next non-blank line ("By" / "Jane Doe"). */
export function withNextIfBare(lines: readonly Line[], i: number): string {
  const text = lines[i]!.text;
  if (!BYLINE_PREFIX.test(text) || text.replace(BYLINE_PREFIX, "").trim() !== "") return text;
  const next = lines.slice(i + 1, i + 3).find((l) => !l.blank);
  return next && next.words <= 6 ? `${text} ${next.text}` : text;
}


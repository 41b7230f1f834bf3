import { AGENCY_CREDIT, BYLINE_PREFIX, BYLINE_ROLES, NAME_PARTICLES, NOT_NAME_WORDS } from "./vocabulary";
import { findDates } from "./dates";
import type { Line } from "./lines";
import { memoByText } from "../util/memo";

/** A line read as a byline. */
export interface BylineCandidate {
  /** Person names, in order, without "By" and without roles. */
  readonly authors: readonly string[];
  /** The line started with a byline word ("By", "Written by", …). */
  readonly prefixed: boolean;
  /** 0–1: how sure we are this line is a byline. */
  readonly confidence: number;
  readonly rule: string;
  /** An outlet named beside the names ("Jane Doe, Example News"; "Jane Doe EXAMPLE TODAY"). */
  readonly outlet?: string;
}

/** Without a "By", a name of more than this many words is more likely a title or a label. */
const MAX_UNPREFIXED_NAME_WORDS = 4;

// Where the names part of a byline ends: a pipe, a handle, a dash, a bracket, a date label.
const NAMES_END = /\s*(?:[|@([]|\s[-–—]\s|\b(?:updated|published|posted|special to|for the|on)\b|\bfollow\b)/i;
const SPLIT_NAMES = /\s*,\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+/i;
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’-]*\.?|\p{Lu}\.(?:\p{Lu}\.)*)$/u;
const ROLE_RE = new RegExp(`(?:^|[\\s,]+|(?<=\\p{Ll}))(?:${BYLINE_ROLES.map((r) => r.replace(/ /g, "\\s+")).join("|")})$`, "iu");
const ALL_CAPS_TAIL = /(?:\s+\p{Lu}{2,}\.?)+$/u;
// A role glued to the name by the page dump, with its qualifier: "HiltzikBusiness Columnist".
const GLUED_QUALIFIED_ROLE = new RegExp(
  `(?<=\\p{Ll})\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){0,2}\\s+(?:${BYLINE_ROLES.map((r) =>
    r
      .split(" ")
      .map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`)
      .join("\\s+"),
  ).join("|")})$`,
  "u",
);
const ROLE_WORD = new RegExp(`\\b(?:${BYLINE_ROLES.filter((r) => !r.includes(" ")).join("|")})$`, "i");
// Academic and professional credentials after a name: "MS", "RDN", "Ph.D.".
const CREDENTIAL = /^(?:\p{Lu}{2,5}|\p{Lu}\p{Ll}?\.(?:\p{Lu}\p{Ll}?\.)+)$/u;
// Author-page links glued to or following a name: "Jane DoeView More Articles".
const BYLINE_TRAILER = /(?:(?<=\p{Ll})|\s+)(?:view|see|read|more)(?:\s+(?:all|more|articles?|posts?|stories|by))+$/iu;
const LEADING_DATE_SEPARATORS = /^[\s|•·,:;–—-]+/u;

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

/** A comma-separated part that is a job title, credential or outlet rather than a person. */
function isAffiliation(part: string): boolean {
  return ROLE_WORD.test(part) || CREDENTIAL.test(part) || (!isPersonName(part) && /^\p{Lu}/u.test(part) && part.split(/\s+/).length <= 5);
}

function cleanName(part: string): string {
  let name = stripRoles(
    part
      .replace(/^[\s,;:]+|[\s,;:.]+$/g, "")
      .replace(BYLINE_TRAILER, "")
      .replace(GLUED_QUALIFIED_ROLE, ""),
  );
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
export const parseByline: (line: string) => BylineCandidate | null = memoByText(parseBylineUncached);

function parseBylineUncached(line: string): BylineCandidate | null {
  if (AGENCY_CREDIT.test(line.trim())) return { authors: [], prefixed: /^by\s/i.test(line.trim()), confidence: 0.7, rule: "byline:agency" };
  // "February 1, 2019 | BY: Jane Doe": a date in front of the byline.
  const lead = findDates(line).mentions[0];
  const text = lead && line.startsWith(lead.text) ? line.slice(lead.text.length).replace(LEADING_DATE_SEPARATORS, "") : line;
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
  const raw = rest
    .split(SPLIT_NAMES)
    .map((p) => p.trim())
    .filter(Boolean);
  const all = raw.map(cleanName).filter(Boolean);
  const capsTail = ALL_CAPS_TAIL.exec(raw[raw.length - 1] ?? "")?.[0].trim();
  const minWords = prefixed ? 1 : 2;
  const isName = (p: string) =>
    !CREDENTIAL.test(p) && isPersonName(p, minWords) && (prefixed || p.split(/\s+/).length <= MAX_UNPREFIXED_NAME_WORDS);
  // Titles, credentials and outlets after the first name ("Robert Burns, AP Writer") are dropped.
  const parts = all.filter((p, i) => i === 0 || isName(p) || !isAffiliation(p));
  const names = parts.filter(isName);
  if (names.length === 0 || names.length < parts.length) {
    // With a prefix, an agency or desk ("By Reuters Staff") is a byline without a person.
    if (prefixed && parts.length > 0 && parts.every((p) => p.split(/\s+/).length <= 4) && names.length === 0) {
      return { authors: [], prefixed, confidence: 0.6, rule: "byline:no-person" };
    }
    if (!prefixed || names.length === 0) return null;
  }
  const unique = [...new Set(names)];
  const affiliation = all.slice(1).find((p) => !isName(p) && isAffiliation(p) && !ROLE_WORD.test(p) && !CREDENTIAL.test(p));
  const outletName = affiliation ?? (capsTail && capsTail.split(/\s+/).length <= 4 ? capsTail : undefined);
  const outlet = outletName ? { outlet: outletName } : {};
  if (prefixed) return { authors: unique, prefixed, confidence: 0.95, rule: "byline:prefixed", ...outlet };
  if (unique.length >= 2) return { authors: unique, prefixed, confidence: 0.8, rule: "byline:name-list", ...outlet };
  return { authors: unique, prefixed, confidence: 0.5, rule: "byline:single-name", ...outlet };
}

/** A bare "By" line continues on the next non-blank line ("By" / "Jane Doe"). */
export function withNextIfBare(lines: readonly Line[], i: number): string {
  const text = lines[i]!.text;
  if (!BYLINE_PREFIX.test(text) || text.replace(BYLINE_PREFIX, "").trim() !== "") return text;
  const next = lines.slice(i + 1, i + 3).find((l) => !l.blank);
  return next && next.words <= 6 ? `${text} ${next.text}` : text;
}

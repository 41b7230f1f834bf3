import {
  AGENCY_CREDIT,
  AGENCY_LEAD,
  AGENCY_PART,
  AUTHOR_PICTURE_LEAD,
  BYLINE_PREFIX,
  BYLINE_ROLES,
  CREDENTIAL,
  PICTURE_TAIL,
} from "./vocabulary";
import { findDates } from "./dates";
import type { Line } from "./lines";
import { isAllCaps, isPersonName, onceIfRepeated, readableCase, splitGlued } from "./person-name";
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
  /** A news agency credited beside or instead of the names ("Reuters", "(AP)"): neither an author nor the publisher. */
  readonly agency?: string;
}

/** Without a "By", a name of more than this many words is more likely a title or a label. */
const MAX_UNPREFIXED_NAME_WORDS = 4;
/** Without a "By", a name has at most this many capitalised words besides initials ("Lee Jay Walker"). */
const MAX_UNPREFIXED_NAME_CAPITALS = 3;
/** Without a "By", a name followed by a date on its line is a byline this sure. */
const NAME_DATE_CONFIDENCE = 0.7;

// A month and a day with no year, as a timestamp after the names: "March 18 at 3:57 PM".
const MONTH_DAY = String.raw`\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?(?=\s*(?:,|\bat\b|\d{1,2}:|\||$))`;
// Where the names part of a byline ends: a pipe, a handle, a bullet, a spaced slash or dash, a
// bracket, a number, a description ("…, a deputy editor"), a date or place word.
const NAMES_END = new RegExp(
  String.raw`\s*(?:[|@([·•]|\s[/–—-]\s|\s\d|,\s+(?:a|an|the|who|is)\s|\b(?:updated|published|posted|special to|for the|on|in)\b|\bfollow\b|${MONTH_DAY})`,
  "i",
);
// What splitGlued puts between glued words: a name separator, like a comma.
const GLUE_MARK = ", ";
const MAX_UNPREFIXED_GLUES = 1;
const LEADING_DASH = /^[–—-]/;
const SPLIT_NAMES = /\s*,\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+/i;
const ROLES = BYLINE_ROLES.map((r) => r.replace(/ /g, "\\s+")).join("|");
const ROLE_RE = new RegExp(`(?:^|[\\s,]+|(?<=\\p{Ll}))(?:${ROLES})$`, "iu");
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
// A title that starts the part: "Director of Education Equity", "Senior Staff Writer".
const ROLE_LEAD = new RegExp(`^(?:(?:senior|chief|deputy|associate|executive|managing)\\s+)?(?:${ROLES})\\b`, "i");
// Author-page links glued to or following a name: "Jane DoeView More Articles".
const BYLINE_TRAILER = /(?:(?<=\p{Ll})|\s+)(?:view|see|read|more)(?:\s+(?:all|more|articles?|posts?|stories|by))+$/iu;
const LEADING_DATE_SEPARATORS = /^[\s|•·,:;–—-]+/u;
// What may stand before a leading date: "on March 10, 2015 by Jane Doe".
const BEFORE_LEADING_DATE = /^(?:(?:posted|published)\s+)?(?:on\s+)?$/i;
// "ByJane Doe": the prefix glued to the name.
const GLUED_BY = /^By(?=\p{Lu}[\p{L}.])/u;
// A part that starts again with "By" ("Jane DoeBy Jane Doe", once unglued).
const PART_PREFIX = /^by\s+/i;

function stripRoles(part: string): string {
  let out = part.trim();
  for (let i = 0; i < 3; i++) {
    const next = out.replace(ROLE_RE, "").trim();
    if (next === out) break;
    out = next;
  }
  return out;
}

/** Capitalised words of a name that are not initials ("Nelson D. Schwartz" has two). */
function capitalisedWords(name: string): number {
  return name.split(/\s+/).filter((w) => /^\p{Lu}\p{Ll}/u.test(w)).length;
}

/** A part of the names that is a job title (leading or trailing), not a person or an outlet. */
function isRole(part: string): boolean {
  return ROLE_WORD.test(part) || ROLE_LEAD.test(part);
}

/** A comma-separated part that is a job title, credential or outlet rather than a person. */
function isAffiliation(part: string): boolean {
  return isRole(part) || CREDENTIAL.test(part) || (!isPersonName(part) && /^\p{Lu}/u.test(part) && part.split(/\s+/).length <= 5);
}

function cleanName(part: string): string {
  const caps = isAllCaps(part);
  let name = stripRoles(
    part
      .replace(PART_PREFIX, "")
      .replace(/^[\s,;:]+|[\s,;:./]+$/g, "")
      .replace(BYLINE_TRAILER, "")
      .replace(PICTURE_TAIL, "")
      .replace(GLUED_QUALIFIED_ROLE, ""),
  );
  // "Kevin McCoy USA TODAY": a trailing all-caps word run is an outlet, not part of the name
  // (unless the whole part is in capitals: a wire byline).
  if (!caps && name.split(/\s+/).length > 2) name = name.replace(ALL_CAPS_TAIL, "");
  name = onceIfRepeated(name.replace(/[\s,;:]+$/g, "").trim());
  return caps ? readableCase(name) : name;
}

/** The text after the byline word and a leading date, with the prefix found (or null). */
function afterPrefix(line: string): { text: string; prefixed: boolean } {
  const trimmed = line.trim().replace(AUTHOR_PICTURE_LEAD, "").replace(GLUED_BY, "By ");
  // "February 1, 2019 | BY: Jane Doe", "on March 10, 2015 by Jane Doe": a date in front of the byline.
  const lead = findDates(trimmed).mentions[0];
  const at = lead ? trimmed.indexOf(lead.text) : -1;
  const text =
    lead && at >= 0 && BEFORE_LEADING_DATE.test(trimmed.slice(0, at))
      ? trimmed.slice(at + lead.text.length).replace(LEADING_DATE_SEPARATORS, "")
      : trimmed;
  const prefix = BYLINE_PREFIX.exec(text);
  return { text: prefix ? text.slice(prefix[0].length) : text, prefixed: prefix !== null };
}

/**
 * Read a line as a byline, or return null when it is not one.
 * Handles `By A`, `By A and B`, `A, B and C`, `By A | date`, `By A @handle date`,
 * `By | date` (an empty byline: no authors), roles after names, wire bylines in capitals,
 * names glued to an outlet or repeated, and an agency credited beside the names.
 * @example parseByline("By Mark Dovich")?.authors //=> ["Mark Dovich"]
 * @example parseByline("By JANE DOE and JOHN ROE")?.authors //=> ["Jane Doe", "John Roe"]
 * @example parseByline("By | September 20, 2023")?.authors //=> []
 */
export const parseByline: (line: string) => BylineCandidate | null = memoByText(parseBylineUncached);

function parseBylineUncached(line: string): BylineCandidate | null {
  if (AGENCY_CREDIT.test(line.trim())) return { authors: [], prefixed: /^by\s/i.test(line.trim()), confidence: 0.7, rule: "byline:agency" };
  const { text, prefixed } = afterPrefix(line);
  // Without "By", a line led by a dash is a quote's attribution ("— Jane Doe on Sunday"), and
  // several words glued together are a menu ("NewsSportsWeather").
  if (!prefixed && (LEADING_DASH.test(text) || splitGlued(text, "\n").split("\n").length > MAX_UNPREFIXED_GLUES + 1)) return null;
  let rest = splitGlued(text, GLUE_MARK);
  const firstDate = findDates(rest).mentions[0];
  if (firstDate) rest = rest.slice(0, rest.indexOf(firstDate.text));
  const end = NAMES_END.exec(rest);
  const tailCredit = end ? /^\s*\(([^)]+)\)/.exec(rest.slice(end.index))?.[1] : undefined;
  if (end) rest = rest.slice(0, end.index);
  rest = rest.trim();
  if (rest === "") {
    // "By | September 20, 2023": a byline whose names are missing.
    return prefixed && firstDate ? { authors: [], prefixed, confidence: 0.9, rule: "byline:empty" } : null;
  }
  const raw = rest
    .split(SPLIT_NAMES)
    .map((p) => p.trim())
    .filter(Boolean);
  const cleaned = raw.map(cleanName).filter(Boolean);
  // "Jane Doe, Reuters", "Jane Doe (AP)", "Jane Doe, AP National Security Writer": a credit.
  const isCredit = (p: string, i: number) => AGENCY_PART.test(p) || (i > 0 && AGENCY_LEAD.test(p));
  const credited = [...cleaned, tailCredit ?? ""].find((p, i) => isCredit(p, i));
  const agency = credited
    ?.replace(/^\(|\)$/g, "")
    .split(/\s+/)
    .slice(0, credited && AGENCY_LEAD.test(credited) ? 1 : undefined)
    .join(" ");
  const all = cleaned.filter((p, i) => !isCredit(p, i));
  // A wire byline in capitals without "By" or a date beside it is more likely a label.
  if (!prefixed && !firstDate && isAllCaps(rest)) return null;
  const lastRaw = raw[raw.length - 1] ?? "";
  const capsTail = isAllCaps(lastRaw) ? undefined : ALL_CAPS_TAIL.exec(lastRaw)?.[0].trim();
  const minWords = prefixed ? 1 : 2;
  // After the first name, a single word is an outlet or a title ("By Jane Doe, Politico").
  const isName = (p: string, i: number) =>
    !CREDENTIAL.test(p) &&
    isPersonName(p, i === 0 ? minWords : 2) &&
    (prefixed || (p.split(/\s+/).length <= MAX_UNPREFIXED_NAME_WORDS && capitalisedWords(p) <= MAX_UNPREFIXED_NAME_CAPITALS));
  // Titles, credentials and outlets after the first name ("Robert Burns, AP Writer") are dropped.
  const parts = all.filter((p, i) => i === 0 || isName(p, i) || !isAffiliation(p));
  const names = parts.filter((p) => isName(p, all.indexOf(p)));
  const credit = agency ? { agency } : {};
  if (names.length === 0 || names.length < parts.length) {
    // With a prefix, an agency or desk ("By Reuters Staff") is a byline without a person.
    if (prefixed && names.length === 0 && (agency || (parts.length > 0 && parts.every((p) => p.split(/\s+/).length <= 4)))) {
      return { authors: [], prefixed, confidence: 0.6, rule: "byline:no-person", ...credit };
    }
    if (!prefixed || names.length === 0) return null;
  }
  const unique = [...new Set(names)];
  const affiliation = all.slice(1).find((p) => !names.includes(p) && isAffiliation(p) && !isRole(p) && !CREDENTIAL.test(p));
  const outletName = affiliation ?? (capsTail && capsTail.split(/\s+/).length <= 4 && !AGENCY_PART.test(capsTail) ? capsTail : undefined);
  const outlet = outletName ? { outlet: outletName } : {};
  if (prefixed) return { authors: unique, prefixed, confidence: 0.95, rule: "byline:prefixed", ...outlet, ...credit };
  if (unique.length >= 2) return { authors: unique, prefixed, confidence: 0.8, rule: "byline:name-list", ...outlet, ...credit };
  if (firstDate) return { authors: unique, prefixed, confidence: NAME_DATE_CONFIDENCE, rule: "byline:name-date", ...outlet, ...credit };
  return { authors: unique, prefixed, confidence: 0.5, rule: "byline:single-name", ...outlet, ...credit };
}

/** A bare "By" line continues on the next non-blank line ("By" / "Jane Doe"). */
export function withNextIfBare(lines: readonly Line[], i: number): string {
  const text = lines[i]!.text;
  if (!BYLINE_PREFIX.test(text) || text.replace(BYLINE_PREFIX, "").trim() !== "") return text;
  const next = lines.slice(i + 1, i + 3).find((l) => !l.blank);
  return next && next.words <= 6 ? `${text} ${next.text}` : text;
}

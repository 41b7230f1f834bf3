import type { Line } from "./lines";
import { anyOf } from "./any-of";
import { normalize } from "./lines";
import {
  AGENCY_CREDIT,
  COMPANY_SUFFIX,
  HOST_NAME,
  LABEL_WORDS,
  LINK_LABEL,
  NOT_PUBLISHER_WORDS,
  OWNER_WORDS,
  PLATFORM_NAMES,
  PUBLISHER_PATTERNS,
  SECOND_LEVEL_DOMAINS,
  TITLE_SEPARATOR,
} from "./vocabulary";

/** Evidence for a publisher found by another rule (an outlet beside the byline). */
export interface SourceEvidence {
  readonly name: string;
  /** Line (0-based index) it was found on. */
  readonly index: number;
  readonly rule: string;
  /** The feature it sets on the candidate, e.g. `fromBylineOutlet`. */
  readonly feature: string;
}

/** One publisher name the page proposes, described by named features for the weight table. */
export interface SourceFeatures {
  readonly name: string;
  /** Line (0-based index) of the first evidence of the highest-ranked kind. */
  readonly index: number;
  readonly rule: string;
  readonly features: Readonly<Record<string, number>>;
}

interface Found {
  name: string;
  index: number;
  rule: string;
  rank: number;
  company: boolean;
  kinds: Set<string>;
  first: number;
}

/** Lines from the top (and from the bottom) where a short standalone line may be the masthead. */
const HEADER_TOP = 80;
const HEADER_BOTTOM = 40;
/** Evidence above this line counts as "near the top" (the header). */
const NEAR_TOP = 40;
const MAX_MENTIONS = 15;
const MAX_STANDALONE = 3;
/** A line of at least this many words is running text, not a menu item. */
const PROSE_WORDS = 8;
/** Provenance order: when a name has several kinds of evidence, the line of the first kind here is cited. */
const RULE_RANK = [
  "byline-outlet",
  "masthead",
  "doubled-line",
  "copyright-line",
  "part-of",
  "member-of",
  "part-of-group",
  "title-affix",
  "header-line",
];
/** Phrases naming the company that owns the site, whose name may start with the brand. */
const OWNER_RULES = new Set(["copyright-line", "part-of", "part-of-group", "member-of"]);
/** Evidence from where a line stands rather than what it says. */
const PLACE_KINDS = new Set(["fromHeaderLine", "fromTitlePrefix", "fromTitleSuffix", "fromDoubledLine"]);
const ANY_PUBLISHER = anyOf(PUBLISHER_PATTERNS.map((p) => p.re));
// A logo's text printed two or three times in a row: "ExampleExample", "Example News Example News".
const MAX_DOUBLED = 3 * 41 + 2;
const DOUBLED = /^(\S.{1,40}?)\s*(?:\1\s*){1,2}$/u;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Where `word` first occurs in `text` from `from` as a whole word (not inside a longer one), or -1. */
function wordAt(text: string, word: string, from: number): number {
  for (let at = text.indexOf(word, from); at >= 0; at = text.indexOf(word, at + 1)) {
    const before = at > 0 && LETTER_OR_DIGIT.test(text[at - 1]!);
    const after = LETTER_OR_DIGIT.test(text[at + word.length] ?? " ");
    if (!before && !after) return at;
  }
  return -1;
}

/** Comparison key: normalised, without a leading "the". */
function keyOf(name: string): string {
  return normalize(name).replace(/^the\s+/, "");
}

/** Letters and digits only: "The Example-Times" → "exampletimes", to compare with host names. */
function compact(key: string): string {
  return key.replace(/\.(?:com|net|org|co\.uk|com\.au|ca|news|ie|in)$/, "").replace(/[^\p{L}\p{N}]+/gu, "");
}

/** A raw name cleaned to a publisher name, or null when it cannot be one. */
function cleanPublisher(raw: string): string | null {
  let name = raw
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(copyright|©)\s+/i, "")
    .replace(/^\d+\s+(?=\p{L})/u, "")
    .replace(/^www\./i, "")
    .replace(/^the\s+(?=\p{Lu})/u, "The ");
  for (let i = 0; i < 2; i++) name = name.replace(COMPANY_SUFFIX, "").trim();
  name = name.replace(/[\s,.;:–—-]+$/u, "");
  const words = name.split(/\s+/);
  if (words.length === 0 || words.length > 6 || name.length < 2 || name.length > 50) return null;
  // A name starts with a capital or a digit; a domain ("example.com") may be written in lower case.
  if (!/^[\p{Lu}\p{N}]/u.test(name) && !/^[a-z\d-]+\.[a-z.]{2,}$/.test(name)) return null;
  if (words.length === 1 && LABEL_WORDS.has(name.toLowerCase())) return null;
  if (words.every((w) => NOT_PUBLISHER_WORDS.has(w.toLowerCase()))) return null;
  if (/\d{4}|\d[:/]\d/.test(name)) return null;
  return name;
}

/** The site label of a host: "m.example.com.au" → "example". */
function hostLabel(host: string): string {
  const parts = host.toLowerCase().split(".");
  parts.pop();
  if (parts.length > 1 && SECOND_LEVEL_DOMAINS.has(parts.at(-1)!)) parts.pop();
  return parts.at(-1) ?? "";
}

/** How often each site label appears in links and host names on the page. */
function hostLabels(lines: readonly Line[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    if (line.blank || !line.text.includes(".")) continue;
    for (const m of line.text.matchAll(HOST_NAME)) {
      const label = compact(hostLabel(m[1] ?? m[2] ?? ""));
      if (label.length >= 2) counts.set(label, (counts.get(label) ?? 0) + 1);
    }
  }
  return counts;
}

/** A short standalone line that reads as a name: "Example Times", "ExampleNews". */
function headerName(line: Line): string | null {
  if (line.chrome !== null || line.words > 5 || line.text.length > 40 || /[.!?:,;]$/.test(line.text)) return null;
  return cleanPublisher(line.text);
}

/** The site name at either end of a title line: "Headline - Example Times", "Example | Headline". */
function titleAffixes(line: Line): { name: string; kind: string }[] {
  if (line.bullet || line.words < 4 || line.chrome !== null) return [];
  const parts = line.text.split(TITLE_SEPARATOR).filter((p) => p.length > 0);
  if (parts.length < 2) return [];
  const out: { name: string; kind: string }[] = [];
  // A prefix is as often a section ("Politics | Headline") as a site name, hence its own feature.
  for (const [end, rest, kind] of [
    [parts[0]!, parts.slice(1), "fromTitlePrefix"],
    [parts.at(-1)!, parts.slice(0, -1), "fromTitleSuffix"],
  ] as const) {
    const restWords = rest.join(" ").split(/\s+/).length;
    if (end.split(/\s+/).length > 4 || restWords < 3) continue;
    const name = cleanPublisher(end);
    if (name) out.push({ name, kind });
  }
  return out;
}

class Collector {
  readonly found = new Map<string, Found>();

  add(raw: string, index: number, rule: string, kind: string): void {
    const name = cleanPublisher(raw);
    if (!name) return;
    const key = keyOf(name);
    if (key.length < 2) return;
    const rank = RULE_RANK.includes(rule) ? RULE_RANK.indexOf(rule) : RULE_RANK.length;
    const company = OWNER_WORDS.test(name) || COMPANY_SUFFIX.test(raw.trim());
    const f = this.found.get(key);
    if (!f) {
      this.found.set(key, { name, index, rule, rank, company, kinds: new Set([kind]), first: index });
      return;
    }
    f.kinds.add(kind);
    f.company ||= company;
    f.first = Math.min(f.first, index);
    if (rank < f.rank) Object.assign(f, { name, index, rule, rank });
  }
}

/** Evidence from the publisher phrases of the vocabulary (copyright, "part of", logo text, …). */
function phraseEvidence(line: Line, into: Collector): void {
  if (ANY_PUBLISHER !== null && !ANY_PUBLISHER(line.text)) return;
  for (const p of PUBLISHER_PATTERNS) {
    const m = p.re.exec(line.text);
    if (!m?.[1]) continue;
    into.add(m[1], line.index, p.rule, p.feature);
    // The brand inside an owner's name: "Example" in "Example Media Group".
    const words = m[1].trim().split(/\s+/);
    const owner = words.findIndex((w, i) => i > 0 && OWNER_WORDS.test(w));
    if (owner > 0 && OWNER_RULES.has(p.rule)) into.add(words.slice(0, owner).join(" "), line.index, p.rule, "fromOwnerBrand");
  }
}

/**
 * Every publisher name the page proposes, each with its features: which kinds of evidence name
 * it (`fromCopyright`, `fromHeaderLine`, `fromTitleAffix`, `fromBylineOutlet`, …), how often it
 * recurs (`repeats`, log-scaled), whether it matches a host name on the page (`matchesDomain`),
 * and what it looks like (`looksLikeCompany`, `isAgency`, `isLinkLabel`, `isPlatform`).
 * Scoring is separate (`findSource` with `weights/source.json`), so the weights are fitted on labelled pages (`npm run fit -- DIR --field source`).
 * @param lines The page's lines.
 * @param extra Evidence found by other rules, e.g. an outlet beside the byline.
 * @returns The candidates in a stable order (first evidence, then name).
 * @example sourceCandidates(toLines("Example Times\n\nText.\n\n© 2024 Example Times"))[0]!.features.fromCopyright //=> 1
 */
export function sourceCandidates(lines: readonly Line[], extra: readonly SourceEvidence[] = []): SourceFeatures[] {
  const into = new Collector();
  for (const x of extra) into.add(x.name, x.index, x.rule, x.feature);
  for (const line of lines) {
    if (line.blank) continue;
    phraseEvidence(line, into);
    // Mastheads, logos and title lines are printed in the header (and the footer), not in the article.
    if (line.index >= HEADER_TOP && line.index < lines.length - HEADER_BOTTOM) continue;
    const doubled = line.text.length <= MAX_DOUBLED ? DOUBLED.exec(line.text) : null;
    if (doubled?.[1]) into.add(doubled[1], line.index, "doubled-line", "fromDoubledLine");
    const name = headerName(line);
    if (name) into.add(name, line.index, "header-line", "fromHeaderLine");
    for (const affix of titleAffixes(line)) into.add(affix.name, line.index, "title-affix", affix.kind);
  }
  return describe(lines, into.found);
}

/**
 * Sentences naming `name` with its capitals mid-sentence ("… recipes at Example Kitchen."): a
 * site's own name is written so in its pages; a section word ("Business") rarely is.
 */
function proseMentions(shown: readonly Line[], name: string): number {
  let n = 0;
  for (const line of shown) {
    if (line.words >= PROSE_WORDS && wordAt(line.text, name, 1) > 0) n++;
  }
  return n;
}

/** Whether a candidate has evidence from a publisher phrase, not only from its place on the page. */
function named(f: Found): boolean {
  return [...f.kinds].some((k) => !PLACE_KINDS.has(k));
}

/** Evidence that names an owner rather than the publication read. */
const OWNER_KINDS: ReadonlySet<string> = new Set(["fromCopyright", "fromOwnerBrand", "fromPartOfGroup"]);
/** Evidence that shows a name as the publication's masthead. */
const MASTHEAD_KINDS: ReadonlySet<string> = new Set([
  "fromSiteLink",
  "fromSiteMenu",
  "fromSiteMention",
  "fromTitleSuffix",
  "fromTitlePrefix",
  "fromLogoText",
  "fromDoubledLine",
]);

function describe(lines: readonly Line[], found: ReadonlyMap<string, Found>): SourceFeatures[] {
  const hosts = hostLabels(lines);
  const topHost = Math.max(2, ...[...hosts].filter(([h]) => !PLATFORM_NAMES.test(h)).map(([, n]) => n));
  const shown = lines.filter((l) => !l.blank);
  const texts = shown.map((l) => l.key.replace(/^the\s+/, ""));
  const keys = [...found.keys()];
  const out: SourceFeatures[] = [];
  for (const [key, f] of found) {
    let mentions = 0;
    let standalone = 0;
    for (const t of texts) {
      if (t === key) standalone++;
      else if (wordAt(t, key, 0) >= 0) mentions++;
    }
    const prose = proseMentions(shown, f.name.replace(/^the\s+/i, ""));
    const flat = compact(key);
    const hostCount = hosts.get(flat) ?? 0;
    const partialHost =
      hostCount === 0 && flat.length >= 3 && [...hosts.keys()].some((h) => h.length >= 3 && (h.startsWith(flat) || flat.startsWith(h)));
    const features: Record<string, number> = {};
    for (const kind of f.kinds) features[kind] = 1;
    features["kinds"] = f.kinds.size - 1;
    features["proseMentions"] = Math.log2(1 + Math.min(prose, MAX_MENTIONS));
    features["repeats"] = Math.log2(1 + Math.min(mentions, MAX_MENTIONS));
    features["standalone"] = Math.min(standalone, MAX_STANDALONE);
    // The page's own host is linked more often than any other; a name written once as a domain is not that.
    features["matchesDomain"] = hostCount > 0 && hostCount === topHost ? 1 : 0;
    features["mentionsDomain"] = hostCount > 0 && hostCount < topHost ? 1 : 0;
    features["partialDomain"] = partialHost ? 1 : 0;
    features["nearTop"] = f.first < NEAR_TOP ? 1 : 0;
    // Only where lines stand (a header line, a title affix), no phrase or host agreeing: a menu
    // item or the headline repeated reads the same.
    features["placeOnly"] = !named(f) && hostCount === 0 ? 1 : 0;
    features["looksLikeCompany"] = f.company ? 1 : 0;
    features["isAgency"] = AGENCY_CREDIT.test(f.name) ? 1 : 0;
    features["isLinkLabel"] = LINK_LABEL.test(f.name) || LABEL_WORDS.has(key) ? 1 : 0;
    features["isPlatform"] = PLATFORM_NAMES.test(key) ? 1 : 0;
    features["longName"] = Math.max(0, key.split(" ").length - 4);
    // "Example News" where "Example" is proposed too: the masthead is the more specific name.
    // Only a name some phrase proposes counts (not a menu word), and not for the owner "Example Company".
    features["extendsCandidate"] = !f.company && keys.some((k) => k !== key && key.startsWith(`${k} `) && named(found.get(k)!)) ? 1 : 0;
    // Named by the copyright line alone while another name shows as the masthead (a site link,
    // a title affix, a logo): the owner is a last resort.
    features["ownerBesideMasthead"] =
      [...f.kinds].every((k) => OWNER_KINDS.has(k)) &&
      keys.some((k) => k !== key && !found.get(k)!.company && [...found.get(k)!.kinds].some((x) => MASTHEAD_KINDS.has(x)))
        ? 1
        : 0;
    // "Example" inside an owner's name "Example Media Group": the brand, not the company.
    features["insideOwner"] = keys.some((k) => k !== key && found.get(k)!.company && wordAt(k, key, 0) >= 0) ? 1 : 0;
    out.push({ name: f.name, index: f.index, rule: f.rule, features });
  }
  return out.sort(
    (a, b) => found.get(keyOf(a.name))!.first - found.get(keyOf(b.name))!.first || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
}

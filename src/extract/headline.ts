import type { Line } from "./lines";
import { isProse } from "./body";
import { letterOrDigitWidth } from "./lines";
import { parseByline, withNextIfBare } from "./byline";
import { findDates, isDateLine } from "./dates";
import { choose, scoreOf, type Features, type LinearModel } from "./scoring/linear-model";
import { HEADLINE_MODEL } from "./weights";

/** A headline candidate: a line, its features and score; for the chosen one, why and how sure. */
export interface HeadlineCandidate {
  readonly index: number;
  readonly text: string;
  readonly score: number;
  /** 0–1: the model's probability for this line (0 until chosen). */
  readonly confidence: number;
  readonly rule: string;
  /** Other lines that repeat the headline (removed as duplicates). */
  readonly repeats: readonly number[];
  /** The evidence the score weighs (see `headlineFeatures`). */
  readonly features: Features;
}

/** How far above the body a headline may stand, in lines (share bars and promos sit between). */
export const HEADLINE_WINDOW = 120;
/** How many lines into the prose run a header (headline followed by byline or date) is looked for. */
const HEADER_IN_RUN = 25;
const MIN_WORDS = 2;
const MAX_WORDS = 30;
const MIN_CHARS = 12;
const MAX_CHARS = 300;
const DEK_DISTANCE = 4;
const MIN_REPEATED_WORDS = 4;
const OVERLAP_FULL_WORDS = 4;
const RANK_DECAY = 0.6;
const LONG_WORDS = 20;
const LONG_SENTENCE_WORDS = 12;
/** Prose lines at the body's start whose words the headline's are compared with. */
const LEAD_LINES = 3;
/** Title-shaped lines this close (in lines) to a candidate make a run of teasers. */
const TITLE_RUN_DISTANCE = 3;
/** log2 of the non-blank lines between candidate and body at which `gap-to-body` saturates. */
const GAP_SCALE = 6;
/** Lines below a headline searched for its byline or date (kicker, standfirst and caption sit between). */
const HEADER_LINES = 5;
const NEAR_LABELLED_DATE = 2;
const POST_META_BY = /(?:^|[|/•·]\s*)by\s+\S/i;
const AFTER_HEADER_LINES = 12;
const FULL_STOP_END = /[.]["”’')\]]*$/;
const MIN_CONTENT_WORD = 3;
export const STOPWORDS: ReadonlySet<string> = new Set([
  "the",
  "and",
  "for",
  "with",
  "from",
  "that",
  "this",
  "are",
  "was",
  "were",
  "has",
  "have",
  "had",
  "its",
  "his",
  "her",
  "their",
  "our",
  "you",
  "your",
  "not",
  "but",
  "who",
  "what",
  "why",
  "how",
  "when",
  "will",
  "can",
  "all",
  "more",
  "after",
  "over",
  "into",
  "about",
  "than",
  "out",
  "new",
  "says",
  "say",
]);
// A title line elsewhere on the page: "Headline - Site", "Site | Headline", "Share options for: Headline".
const MAX_AFFIX_WORDS = 6;
const CAPTION =
  /^\(.*\)$|\/\s*\p{Lu}[\p{L}.]+(\s\p{Lu}[\p{L}.]+)*\)?$|^(file )?photo:|\b(getty images|afp|ap photo|shutterstock|reuters\/)\b/iu;

/** Whether a line could be a headline at all, before scoring. */
export function isHeadlineShaped(line: Line): boolean {
  if (line.blank || line.chrome || line.bullet) return false;
  if (line.words < MIN_WORDS || line.words > MAX_WORDS) return false;
  if (line.text.length < MIN_CHARS || line.text.length > MAX_CHARS) return false;
  if (/[:,;]$/.test(line.text) || (/^[\p{Ll}\p{P}]/u.test(line.text) && !/^["“‘'¿¡[]/u.test(line.text))) return false;
  if (/https?:\/\/|www\./i.test(line.text)) return false;
  // File names and image alt text: "Bike-&-Style-book__MG_2953".
  if (/[\p{L}\d]_|_[\p{L}\d]/u.test(line.text)) return false;
  // Breadcrumbs: "Home > News > World", "Blog / Weight Loss / Tips".
  if ((line.text.match(/\s[>»/|]\s/g)?.length ?? 0) >= 2) return false;
  return true;
}

function isMeta(this: void, line: Line, lines: readonly Line[]): boolean {
  if (line.blank) return false;
  const dates = findDates(line.text);
  if (isDateLine(line.text, dates)) return true;
  return parseByline(withNextIfBare(lines, line.index))?.prefixed === true;
}

/**
 * Whether a "By" byline or a labelled date ("Published 18 November 2019") follows within a
 * few lines: an article header, not a teaser with a bare date.
 */
export function headsCluster(lines: readonly Line[], i: number): boolean {
  return lines
    .slice(i + 1, i + 8)
    .filter((l) => !l.blank)
    .slice(0, 3)
    .some((l) => {
      if (parseByline(withNextIfBare(lines, l.index))?.prefixed === true) return true;
      const dates = findDates(l.text);
      // "Published …", or a post-meta line with a "by" segment ("12 March 2024 / by admin").
      return dates.mentions.some((m) => m.label !== null) || (isDateLine(l.text, dates) && POST_META_BY.test(l.text));
    });
}

function repeatsOf(lines: readonly Line[], target: Line): number[] {
  const key = target.key;
  const out: number[] = [];
  for (const l of lines) {
    if (l.blank || l.index === target.index) continue;
    const t = l.key;
    if (t === key) {
      out.push(l.index);
      continue;
    }
    // The page title or a share widget that quotes the headline with a short affix.
    const at = t.indexOf(key);
    if (at < 0) continue;
    const affix = `${t.slice(0, at)} ${t.slice(at + key.length)}`.trim();
    if (affix.split(/\s+/).length <= MAX_AFFIX_WORDS && /^[^a-z0-9]*$|[-|:·–—]/.test(affix)) out.push(-1 - l.index);
  }
  return out;
}

/**
 * Call `take` with each content word of `text`: lower-cased runs of letters and digits (what
 * `[\p{L}\p{N}]+` with the u flag matches) of at least three characters, stop words left out,
 * stemmed. Scanned by character code rather than through a match, a filter and a map, which
 * would make three arrays of the body's words for every article (measurements:
 * docs/performance.md, 'Words scanned by character code').
 */
function eachContentWord(text: string, take: (word: string) => void): void {
  const lower = text.toLowerCase();
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const width = i < lower.length ? letterOrDigitWidth(lower, i) : 0;
    if (width > 0) {
      if (start < 0) start = i;
      i += width - 1;
      continue;
    }
    if (start >= 0 && i - start >= MIN_CONTENT_WORD) {
      const word = lower.slice(start, i);
      if (!STOPWORDS.has(word)) take(stem(word));
    }
    start = -1;
  }
}

/** The content words of `text` (see `eachContentWord`), in order. */
export function contentWords(text: string): string[] {
  const words: string[] = [];
  eachContentWord(text, (w) => words.push(w));
  return words;
}

// Crude plural/verb stripping so "graves" matches "grave" and "drops" matches "dropped": the
// longest of the suffixes "ing", "ed"/"es", "s" goes (checked by hand, as a pattern anchored at
// the end is tried at every position of every word).
function stem(word: string): string {
  if (word.endsWith("ing")) return word.slice(0, -3);
  if (word.endsWith("ed") || word.endsWith("es")) return word.slice(0, -2);
  return word.endsWith("s") ? word.slice(0, -1) : word;
}

function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((w) => /^\p{L}/u.test(w) && w.length > 3);
  return words.length > 0 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.7;
}

/**
 * Choose the headline: the headline-shaped line above the body that is nearest to it,
 * repeated elsewhere on the page (title line, share widget), followed by a byline or date,
 * and not a sentence. `exclude` holds lines already claimed (source masthead, highlights).
 */
export function findHeadline(
  lines: readonly Line[],
  bodyStart: number,
  exclude: ReadonlySet<number>,
  bodyText = "",
  bodyEnd = bodyStart,
  observe?: (candidates: readonly HeadlineCandidate[]) => void,
): HeadlineCandidate | null {
  const candidates = headlineCandidates(lines, bodyStart, exclude, bodyText, bodyEnd);
  observe?.(candidates);
  const chosen = choose(candidates, (c) => c.features, HEADLINE_MODEL);
  if (!chosen) return null;
  // Copies of the same line (the page title, a share widget) are one choice: their shares add up.
  // The copy nearest the body (the first candidate) stands for them: the article's header is there.
  const key = lines[chosen.candidate.index]!.key;
  const confidence = candidates.reduce((sum, c, i) => (lines[c.index]!.key === key ? sum + chosen.probabilities[i]! : sum), 0);
  const nearest = candidates.find((c) => lines[c.index]!.key === key)!;
  return { ...nearest, confidence };
}

/** Every headline-shaped line above the body with its features and score (for `findHeadline`, explanations and `npm run fit`). */
export function headlineCandidates(
  lines: readonly Line[],
  bodyStart: number,
  exclude: ReadonlySet<number>,
  bodyText = "",
  bodyEnd = bodyStart,
  model: LinearModel = HEADLINE_MODEL,
): HeadlineCandidate[] {
  const bodyWords = new Set<string>();
  eachContentWord(bodyText, (w) => bodyWords.add(w));
  const leadWords = new Set<string>();
  for (const l of lines
    .slice(bodyStart, bodyEnd + 1)
    .filter(isProse)
    .slice(0, LEAD_LINES))
    eachContentWord(l.text, (w) => leadWords.add(w));
  const found: { index: number; features: Record<string, number>; repeats: number[] }[] = [];
  // The prose run can swallow the article's header (headline, byline, date) when the page
  // has prose-like lines above it, so its first lines are searched too.
  const searchFrom = Math.min(bodyEnd, bodyStart + HEADER_IN_RUN);
  for (let i = searchFrom - 1; i >= 0 && i >= bodyStart - HEADLINE_WINDOW; i--) {
    const line = lines[i]!;
    if (exclude.has(i) || !isHeadlineShaped(line) || isMeta(line, lines)) continue;
    if (i >= bodyStart && ((isProse(line) && FULL_STOP_END.test(line.text)) || !headsCluster(lines, i))) continue;
    // A one-name "byline" without "By" may well be a headline ("Introducing Jane Doe, CEO").
    const asByline = parseByline(line.text);
    if (asByline !== null && (asByline.prefixed || asByline.authors.length >= 2 || asByline.rule === "byline:agency")) continue;
    const repeats = repeatsOf(lines, line);
    const features = headlineFeatures(lines, line, { rank: found.length, bodyStart, bodyWords, leadWords, repeats });
    found.push({ index: i, features, repeats });
  }
  // Headline, then standfirst: a candidate just below another that matches the article's
  // words is most likely the standfirst, unless a byline signs it.
  for (const c of found) {
    const above = found.some(
      (d) =>
        d.index < c.index &&
        c.index - d.index <= DEK_DISTANCE &&
        d.features["shares-words-with-body"] === 1 &&
        !d.features["ends-like-sentence"] &&
        !d.features["several-sentences"],
    );
    const bylineRightBelow = lines.slice(c.index + 1, c.index + 4).find((l) => !l.blank);
    const signed = bylineRightBelow !== undefined && parseByline(bylineRightBelow.text)?.prefixed === true;
    if (above && !(signed && !c.features["ends-like-sentence"] && !c.features["several-sentences"])) c.features["below-a-headline"] = 1;
    // Teasers come in runs of title-shaped lines; an article's headline stands alone.
    const near = found.filter((d) => d !== c && Math.abs(d.index - c.index) <= TITLE_RUN_DISTANCE).length;
    c.features["among-title-lines"] = Math.min(1, near / 2);
    // A page-title copy carries a site or section affix; the clean line (a candidate too) is the headline.
    const key = lines[c.index]!.key;
    const copies = (d: (typeof found)[number]) =>
      lines[d.index]!.words >= MIN_REPEATED_WORDS && lines[d.index]!.key.length < key.length && key.includes(lines[d.index]!.key);
    if (found.some(copies)) c.features["contains-another-line"] = 1;
  }
  return found.map(({ index, features, repeats }) => {
    const score = scoreOf(features, model);
    return {
      index,
      text: lines[index]!.text,
      score,
      confidence: 0,
      rule: ["headline:nearest-title-line", ...RULE_FEATURES.filter((f) => features[f] === 1)].join("+"),
      repeats: repeats.filter((r) => r >= 0),
      features,
    };
  });
}

/** The features named in a headline's provenance rule when they fire, in this order. */
const RULE_FEATURES = [
  "page-title-copy",
  "repeated",
  "before-byline",
  "before-published-date",
  "before-date",
  "ends-like-sentence",
  "several-sentences",
  "caption-like",
  "after-a-header",
  "shares-words-with-body",
  "below-a-headline",
] as const;

interface HeadlineContext {
  /** How many candidates nearer the body came before this one. */
  readonly rank: number;
  readonly bodyStart: number;
  readonly bodyWords: ReadonlySet<string>;
  /** Content words of the body's first prose lines (the lead retells the headline). */
  readonly leadWords: ReadonlySet<string>;
  /** Other lines repeating this one (negative: a copy with an affix, such as the page title). */
  readonly repeats: readonly number[];
}

/** Describe one headline-shaped line by what speaks for and against it being the headline. */
function headlineFeatures(lines: readonly Line[], line: Line, ctx: HeadlineContext): Record<string, number> {
  const i = line.index;
  const f: Record<string, number> = { nearest: RANK_DECAY ** ctx.rank, "inside-run": i >= ctx.bodyStart ? 1 : 0 };
  // Section labels ("Minnesota Wild") repeat in menus too; only a title-length line gains.
  // A copy with a site name or share-widget affix is the page title: strong. An exact
  // copy is weak: story lists repeat their teasers too.
  const titleLength = line.words >= MIN_REPEATED_WORDS;
  if (titleLength && ctx.repeats.some((r) => r < 0)) f["page-title-copy"] = 1;
  else if (titleLength && ctx.repeats.length > 0) f.repeated = 1;
  else if (!titleLength && ctx.repeats.length > 0) f["short-repeated"] = 1;
  const next = lines
    .slice(i + 1, i + 12)
    .filter((l) => !l.blank)
    .slice(0, HEADER_LINES);
  // A bare name right below counts only under a title-length line (menus pair short labels too).
  const nameBelow = titleLength && next[0] !== undefined && (parseByline(next[0].text)?.authors.length ?? 0) > 0;
  const bylineAt = next.findIndex((l) => parseByline(withNextIfBare(lines, l.index))?.prefixed === true);
  if (nameBelow || bylineAt >= 0) f["before-byline"] = 1;
  else if (next.some((l) => isMeta(l, lines))) {
    // "Published …" right below says as plainly as a byline that an article starts here.
    // (Above the prose run only: inside it, a dated line is more often an embed's caption.)
    const labelled =
      i < ctx.bodyStart && next.slice(0, NEAR_LABELLED_DATE).some((l) => findDates(l.text).mentions.some((m) => m.label === "published"));
    f[labelled ? "before-published-date" : "before-date"] = 1;
  }
  if (FULL_STOP_END.test(line.text) && !/\.\.\.["”’')]*$|…["”’')]*$/.test(line.text)) {
    // A long line ending in a full stop is a standfirst or a caption, rarely a headline.
    f["ends-like-sentence"] = 1;
    if (line.words >= LONG_SENTENCE_WORDS) f["long-sentence"] = 1;
  }
  // Two sentences on one line are a standfirst or a teaser, not a headline.
  if (/\p{Ll}[.!?]["”’]?\s+\p{Lu}/u.test(line.text)) f["several-sentences"] = 1;
  if (CAPTION.test(line.text)) f["caption-like"] = 1;
  // Below the byline or date and with none of its own, a short line is a caption or label.
  if (
    bylineAt < 0 &&
    !f["before-date"] &&
    !f["before-published-date"] &&
    lines.slice(Math.max(0, i - AFTER_HEADER_LINES), i).some((l) => !l.blank && isMeta(l, lines))
  )
    f["after-a-header"] = 1;
  if (isTitleCase(line.text)) f["title-case"] = 1;
  if (isAllCaps(line.text)) f["all-caps"] = 1;
  f[lengthBand(line.words)] = 1;
  if (/[?!]["”’')]*$/.test(line.text)) f["ends-with-question-or-exclamation"] = 1;
  const words = contentWords(line.text);
  if (words.length > 0 && ctx.bodyWords.size > 0) {
    const overlap = words.filter((w) => ctx.bodyWords.has(w)).length / words.length;
    // A two-word label matching the body says little; a full title matching it says a lot.
    f["body-overlap"] = overlap * Math.min(1, words.length / OVERLAP_FULL_WORDS);
    if (overlap >= 0.5) f["shares-words-with-body"] = 1;
    f["lead-overlap"] = (words.filter((w) => ctx.leadWords.has(w)).length / words.length) * Math.min(1, words.length / OVERLAP_FULL_WORDS);
  }
  const below = lines.slice(i + 1, i + 4).find((l) => !l.blank);
  if (below && below.words >= LONG_SENTENCE_WORDS && (isProse(below) || FULL_STOP_END.test(below.text))) f["followed-by-sentence"] = 1;
  const between = lines.slice(i + 1, ctx.bodyStart).filter((l) => !l.blank).length;
  f["gap-to-body"] = Math.min(1, Math.log2(1 + between) / GAP_SCALE);
  if (/\byou(?:r|'re|’re)?\b/i.test(line.text)) f["addresses-reader"] = 1;
  if (/[$£€¥]\s?\d/.test(line.text)) f["names-a-price"] = 1;
  return f;
}

/** Headlines run about five to twenty words; very short lines are mostly labels. */
function lengthBand(words: number): string {
  if (words > LONG_WORDS) return "words-over-20";
  if (words >= 5 && words <= 15) return "words-5-to-15";
  if (words >= 3) return words > 15 ? "words-16-to-20" : "words-3-to-4";
  return "words-under-3";
}

function isAllCaps(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length >= 6 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

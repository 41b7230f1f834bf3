import type { Line } from "./lines";
import { isProse } from "./body";
import { letterOrDigitWidth } from "./lines";
import { parseByline, withNextIfBare } from "./byline";
import { findDates, isDateLine } from "./dates";

/** The chosen headline line and why. */
export interface HeadlineCandidate {
  readonly index: number;
  readonly text: string;
  readonly score: number;
  /** 0–1. */
  readonly confidence: number;
  readonly rule: string;
  /** Other lines that repeat the headline (removed as duplicates). */
  readonly repeats: readonly number[];
}

/** How far above the body a headline may stand, in lines (share bars and promos sit between). */
export const HEADLINE_WINDOW = 120;
/** Below this score the headline stays unknown. */
export const HEADLINE_MIN_SCORE = 1.2;
/** How many lines into the prose run a header (headline followed by byline or date) is looked for. */
const HEADER_IN_RUN = 25;
const MIN_WORDS = 2;
const MAX_WORDS = 30;
const MIN_CHARS = 12;
const MAX_CHARS = 300;
const REPEAT_BONUS = 0.5;
const TITLE_COPY_BONUS = 2;
const DEK_PENALTY = 1;
const DEK_DISTANCE = 4;
const DEK_MARGIN = 1.5;
const FOLLOWED_BY_BYLINE_BONUS = 2.2;
const MIN_REPEATED_WORDS = 4;
const OVERLAP_FULL_WORDS = 4;
const NEAREST_BONUS = 1.2;
const RANK_DECAY = 0.6;
const FOLLOWED_BY_META_BONUS = 0.8;
const SENTENCE_PENALTY = 1.2;
const TITLE_CASE_BONUS = 0.3;
const LONG_PENALTY = 0.5;
const LONG_WORDS = 20;
const LONG_SENTENCE_WORDS = 12;
/** Lines below a headline searched for its byline or date (kicker, standfirst and caption sit between). */
const HEADER_LINES = 5;
const NEAR_LABELLED_DATE = 2;
const POST_META_BY = /(?:^|[|/•·]\s*)by\s+\S/i;
const AFTER_HEADER_LINES = 12;
const AFTER_HEADER_PENALTY = 0.8;
const FULL_STOP_END = /[.]["”’')\]]*$/;
/** Weight of the share of the candidate's content words that recur in the article text. */
const OVERLAP_WEIGHT = 2.5;
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

/** Headlines run about five to twenty words; very short lines are mostly labels. */
function lengthPrior(words: number): number {
  if (words >= 5 && words <= 15) return 0.8;
  if (words >= 3) return 0.3;
  return -0.5;
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
): HeadlineCandidate | null {
  let best: HeadlineCandidate | null = null;
  for (const c of headlineCandidates(lines, bodyStart, exclude, bodyText, bodyEnd)) if (!best || c.score > best.score) best = c;
  return best && best.score >= HEADLINE_MIN_SCORE ? best : null;
}

/** Every headline-shaped line above the body with its score (for `findHeadline` and explanations). */
export function headlineCandidates(
  lines: readonly Line[],
  bodyStart: number,
  exclude: ReadonlySet<number>,
  bodyText = "",
  bodyEnd = bodyStart,
): HeadlineCandidate[] {
  const bodyWords = new Set<string>();
  eachContentWord(bodyText, (w) => bodyWords.add(w));
  const out: HeadlineCandidate[] = [];
  let rank = 0;
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
    let score = 1 + NEAREST_BONUS * RANK_DECAY ** rank;
    rank++;
    const rules: string[] = [];
    const repeats = repeatsOf(lines, line);
    // Section labels ("Minnesota Wild") repeat in menus too; only a title-length line gains.
    // A copy with a site name or share-widget affix is the page title: strong. An exact
    // copy is weak: story lists repeat their teasers too.
    if (line.words >= MIN_REPEATED_WORDS && repeats.some((r) => r < 0)) {
      score += TITLE_COPY_BONUS;
      rules.push("page-title-copy");
    } else if (line.words >= MIN_REPEATED_WORDS && repeats.length > 0) {
      score += REPEAT_BONUS;
      rules.push("repeated");
    }
    const next = lines
      .slice(i + 1, i + 12)
      .filter((l) => !l.blank)
      .slice(0, HEADER_LINES);
    // A bare name right below counts only under a title-length line (menus pair short labels too).
    const nameBelow = line.words >= MIN_REPEATED_WORDS && next[0] !== undefined && (parseByline(next[0].text)?.authors.length ?? 0) > 0;
    const bylineAt = next.findIndex((l) => parseByline(withNextIfBare(lines, l.index))?.prefixed === true);
    if (nameBelow || bylineAt >= 0) {
      score += FOLLOWED_BY_BYLINE_BONUS;
      rules.push("before-byline");
    } else if (next.some((l) => isMeta(l, lines))) {
      // "Published …" right below says as plainly as a byline that an article starts here.
      // (Above the prose run only: inside it, a dated line is more often an embed's caption.)
      const labelled =
        i < bodyStart && next.slice(0, NEAR_LABELLED_DATE).some((l) => findDates(l.text).mentions.some((m) => m.label === "published"));
      score += labelled ? FOLLOWED_BY_BYLINE_BONUS : FOLLOWED_BY_META_BONUS;
      rules.push(labelled ? "before-published-date" : "before-date");
    }
    if (FULL_STOP_END.test(line.text) && !/\.\.\.["”’')]*$|…["”’')]*$/.test(line.text)) {
      // A long line ending in a full stop is a standfirst or a caption, rarely a headline.
      score -= line.words >= LONG_SENTENCE_WORDS ? 2 * SENTENCE_PENALTY : SENTENCE_PENALTY;
      rules.push("ends-like-sentence");
    }
    // Two sentences on one line are a standfirst or a teaser, not a headline.
    if (/\p{Ll}[.!?]["”’]?\s+\p{Lu}/u.test(line.text)) {
      score -= SENTENCE_PENALTY;
      rules.push("several-sentences");
    }
    if (CAPTION.test(line.text)) {
      score -= SENTENCE_PENALTY;
      rules.push("caption-like");
    }
    // Below the byline or date and with none of its own, a short line is a caption or label.
    if (
      bylineAt < 0 &&
      !rules.some((r) => r.endsWith("date")) &&
      lines.slice(Math.max(0, i - AFTER_HEADER_LINES), i).some((l) => !l.blank && isMeta(l, lines))
    ) {
      score -= AFTER_HEADER_PENALTY;
      rules.push("after-a-header");
    }
    if (isTitleCase(line.text)) score += TITLE_CASE_BONUS;
    score += lengthPrior(line.words);
    const words = contentWords(line.text);
    if (words.length > 0 && bodyWords.size > 0) {
      const overlap = words.filter((w) => bodyWords.has(w)).length / words.length;
      // A two-word label matching the body says little; a full title matching it says a lot.
      score += OVERLAP_WEIGHT * overlap * Math.min(1, words.length / OVERLAP_FULL_WORDS);
      if (overlap >= 0.5) rules.push("shares-words-with-body");
    }
    if (line.words > LONG_WORDS) score -= LONG_PENALTY;
    out.push({
      index: i,
      text: line.text,
      score,
      confidence: Math.min(1, score / 4),
      rule: ["headline:nearest-title-line", ...rules].join("+"),
      repeats: repeats.filter((r) => r >= 0),
    });
  }
  // Headline, then standfirst: a candidate just below a comparable one that also matches the
  // article's words is most likely the standfirst.
  for (const c of out) {
    const above = out.find(
      (d) =>
        d.index < c.index &&
        c.index - d.index <= DEK_DISTANCE &&
        d.score >= c.score - DEK_MARGIN &&
        d.rule.includes("shares-words") &&
        !/sentence/.test(d.rule),
    );
    const bylineRightBelow = lines.slice(c.index + 1, c.index + 4).find((l) => !l.blank);
    const signed = bylineRightBelow !== undefined && parseByline(bylineRightBelow.text)?.prefixed === true && !/sentence/.test(c.rule);
    if (above && !signed) Object.assign(c, { score: c.score - DEK_PENALTY, rule: `${c.rule}+below-a-headline` });
  }
  return out;
}

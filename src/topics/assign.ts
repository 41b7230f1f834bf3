import type { Topic } from "../types";
import { escapeRegExp } from "./load-topics";

/**
 * Automatic topic assignment from the taxonomy's aliases.
 *
 * Scoring: every whole-word, case-insensitive alias match in the headline scores
 * {@link HEADLINE_WEIGHT}, every match in the body {@link BODY_WEIGHT}; a topic is assigned
 * when its score reaches {@link ASSIGN_THRESHOLD}. With the values below one headline mention
 * is enough, while the body must mention the topic at least three times: a single passing
 * mention ("…the United Nations expressed condolences…") does not tag an article.
 * Overlapping aliases of one topic ("Nagorno-Karabakh" and "Karabakh") count once per place.
 */
export const HEADLINE_WEIGHT = 3;
export const BODY_WEIGHT = 1;
export const ASSIGN_THRESHOLD = 3;

/** Why a topic was (or was not) assigned. */
export interface TopicEvidence {
  readonly slug: string;
  readonly headlineHits: number;
  readonly bodyHits: number;
  readonly score: number;
}

/** A topic with its aliases compiled into one matcher. */
export interface TopicMatcher {
  readonly slug: string;
  /** Sticky: tried at one position at a time (see {@link TopicMatchers.starts}). */
  readonly pattern: RegExp;
  /** Matches (case-insensitively) every character an alias of the topic can begin with. */
  readonly firstChar: RegExp;
}

/** The compiled taxonomy: one matcher per topic with aliases, and where any of them may start. */
export interface TopicMatchers {
  readonly topics: readonly TopicMatcher[];
  /**
   * Zero-width, global: matches at every position where some alias of some topic begins. One
   * scan with it replaces one scan of the text per topic; only these positions are then tried
   * with the patterns of the topics that can begin with the character found there.
   */
  readonly starts: RegExp;
  /** Topic indexes by the first character they can begin with, filled as characters are met. */
  readonly byFirstChar: Map<string, readonly number[]>;
}

// Lookarounds instead of \b: \b is ASCII-only and would split "Türkiye" or "Erdoğan".
const NOT_AFTER_WORD = "(?<![\\p{L}\\p{N}_])";
const NOT_BEFORE_WORD = "(?![\\p{L}\\p{N}_])";
const SEPARATOR = /[\s\-\u2010-\u2015]+/;
const SEPARATORS = "[\\s\\-\\u2010-\\u2015]+";

/**
 * Compile each topic's aliases into one regular expression. Longer aliases come first so the
 * alternation prefers "Nagorno-Karabakh" over "Karabakh" at the same position; spaces and
 * hyphens inside an alias match any run of spaces or hyphens ("Nagorno Karabakh").
 */
export function compileTopicMatchers(topics: readonly Topic[]): TopicMatchers {
  const compiled = topics
    .filter((t) => t.aliases.length > 0)
    .map((topic) => {
      const words = [...topic.aliases].sort((a, b) => b.length - a.length).map((alias) => alias.trim().split(SEPARATOR));
      const alternatives = words.map((w) => w.map(escapeRegExp).join(SEPARATORS)).join("|");
      // An alias that starts with a hyphen starts with the separator class, not a letter.
      const firsts = words.map(([first = ""]) =>
        first === "" ? SEPARATORS.slice(0, -1) : escapeRegExp(String.fromCodePoint(first.codePointAt(0) as number)),
      );
      return { slug: topic.slug, alternatives, firsts };
    });
  return {
    topics: compiled.map(({ slug, alternatives, firsts }) => ({
      slug,
      pattern: new RegExp(`${NOT_AFTER_WORD}(?:${alternatives})${NOT_BEFORE_WORD}`, "iuy"),
      firstChar: new RegExp(`^(?:${firsts.join("|")})$`, "iu"),
    })),
    starts: new RegExp(`${NOT_AFTER_WORD}(?=${compiled.map((c) => c.alternatives).join("|") || "(?!)"})`, "giu"),
    byFirstChar: new Map(),
  };
}

function topicsStartingWith(matchers: TopicMatchers, char: string): readonly number[] {
  let found = matchers.byFirstChar.get(char);
  if (found === undefined) {
    found = matchers.topics.flatMap((t, i) => (t.firstChar.test(char) ? [i] : []));
    matchers.byFirstChar.set(char, found);
  }
  return found;
}

/**
 * Add to `counts[i]` the matches of topic i in `text`, exactly as a global scan with that
 * topic's own pattern would count them: leftmost first, never overlapping each other. Every
 * such match begins at a position `starts` finds, so trying only those positions is enough.
 */
function addMatches(matchers: TopicMatchers, text: string, counts: number[]): void {
  const nextFree = new Array<number>(matchers.topics.length).fill(0);
  const { starts } = matchers;
  // exec on the shared pattern rather than matchAll, which copies the pattern on every call.
  starts.lastIndex = 0;
  for (let start = starts.exec(text); start !== null; start = starts.exec(text)) {
    const at = start.index;
    // Past the zero-width match by one code point, as matchAll steps.
    const width = (text.codePointAt(at) ?? 0) > 0xffff ? 2 : 1;
    starts.lastIndex = at + width;
    for (const i of topicsStartingWith(matchers, text.slice(at, at + width))) {
      if (at < (nextFree[i] as number)) continue;
      const pattern = (matchers.topics[i] as TopicMatcher).pattern;
      pattern.lastIndex = at;
      if (pattern.test(text)) {
        counts[i] = (counts[i] as number) + 1;
        nextFree[i] = pattern.lastIndex;
      }
    }
  }
}

/**
 * Score every topic against a headline and body.
 * @returns assigned slugs (in taxonomy order) and the evidence for every topic that matched at all
 * @example assignTopics(compileTopicMatchers(topics), "Mass graves found in Karabakh", paragraphs).slugs
 */
export function assignTopics(
  matchers: TopicMatchers,
  headline: string,
  body: readonly string[],
): { slugs: string[]; evidence: TopicEvidence[] } {
  const headlineCounts = new Array<number>(matchers.topics.length).fill(0);
  const bodyCounts = new Array<number>(matchers.topics.length).fill(0);
  addMatches(matchers, headline, headlineCounts);
  for (const paragraph of body) addMatches(matchers, paragraph, bodyCounts);
  const slugs: string[] = [];
  const evidence: TopicEvidence[] = [];
  matchers.topics.forEach(({ slug }, i) => {
    const headlineHits = headlineCounts[i] as number;
    const bodyHits = bodyCounts[i] as number;
    if (headlineHits + bodyHits === 0) return;
    const score = headlineHits * HEADLINE_WEIGHT + bodyHits * BODY_WEIGHT;
    evidence.push({ slug, headlineHits, bodyHits, score });
    if (score >= ASSIGN_THRESHOLD) slugs.push(slug);
  });
  return { slugs, evidence };
}

/** A short, stable summary of the evidence for provenance: `armenia 1+5, csto 0+4`. */
export function describeEvidence(evidence: readonly TopicEvidence[], assigned: readonly string[]): string {
  const chosen = new Set(assigned);
  return evidence
    .filter((e) => chosen.has(e.slug))
    .map((e) => `${e.slug} (headline ${e.headlineHits}, body ${e.bodyHits})`)
    .join("; ");
}

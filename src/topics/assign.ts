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
  readonly pattern: RegExp;
}

/**
 * Compile each topic's aliases into one regular expression. Longer aliases come first so the
 * alternation prefers "Nagorno-Karabakh" over "Karabakh" at the same position; spaces and
 * hyphens inside an alias match any run of spaces or hyphens ("Nagorno Karabakh").
 */
export function compileTopicMatchers(topics: readonly Topic[]): TopicMatcher[] {
  return topics
    .filter((t) => t.aliases.length > 0)
    .map((topic) => {
      const alternatives = [...topic.aliases]
        .sort((a, b) => b.length - a.length)
        .map((alias) => alias.trim().split(/[\s\-\u2010-\u2015]+/).map(escapeRegExp).join("[\\s\\-\\u2010-\\u2015]+"));
      // Lookarounds instead of \b: \b is ASCII-only and would split "Türkiye" or "Erdoğan".
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}_])(?:${alternatives.join("|")})(?![\\p{L}\\p{N}_])`, "giu");
      return { slug: topic.slug, pattern };
    });
}

function countMatches(pattern: RegExp, text: string): number {
  let count = 0;
  for (const _ of text.matchAll(pattern)) count++;
  return count;
}

/**
 * Score every topic against a headline and body.
 * @returns assigned slugs (in taxonomy order) and the evidence for every topic that matched at all
 * @example assignTopics(compileTopicMatchers(topics), "Mass graves found in Karabakh", paragraphs).slugs
 */
export function assignTopics(
  matchers: readonly TopicMatcher[],
  headline: string,
  body: readonly string[],
): { slugs: string[]; evidence: TopicEvidence[] } {
  const slugs: string[] = [];
  const evidence: TopicEvidence[] = [];
  for (const { slug, pattern } of matchers) {
    const headlineHits = countMatches(pattern, headline);
    const bodyHits = body.reduce((sum, paragraph) => sum + countMatches(pattern, paragraph), 0);
    if (headlineHits + bodyHits === 0) continue;
    const score = headlineHits * HEADLINE_WEIGHT + bodyHits * BODY_WEIGHT;
    evidence.push({ slug, headlineHits, bodyHits, score });
    if (score >= ASSIGN_THRESHOLD) slugs.push(slug);
  }
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

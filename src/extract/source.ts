import type { Line } from "./lines";
import { type SourceEvidence, type SourceFeatures, sourceCandidates } from "./source-candidates";
import SOURCE_TABLE from "./weights/source.json";

export type { SourceEvidence, SourceFeatures } from "./source-candidates";
export { sourceCandidates } from "./source-candidates";

/** The publisher the page names, with the evidence. */
export interface SourceCandidate {
  readonly name: string;
  readonly score: number;
  /** 0–1. */
  readonly confidence: number;
  /** Line (0-based index) of the strongest evidence. */
  readonly index: number;
  readonly rule: string;
}

/** A weight per candidate feature, and the score below which the publisher stays unknown. */
export interface SourceWeights {
  readonly minScore: number;
  readonly weights: Readonly<Record<string, number>>;
}

/** The one table of source weights (`weights/source.json`): hand-set until fitted on labelled pages. */
export const SOURCE_WEIGHTS: SourceWeights = SOURCE_TABLE satisfies SourceWeights;

/** A score this far above the threshold counts as full confidence. */
const CONFIDENT_MARGIN = 4.5;

/**
 * A candidate's score: the dot product of its features with the weights (a feature without a
 * weight counts nothing).
 * @example scoreSource({ fromCopyright: 1, repeats: 2 }, { minScore: 3, weights: { fromCopyright: 2, repeats: 1 } }) //=> 4
 */
export function scoreSource(features: Readonly<Record<string, number>>, table: SourceWeights = SOURCE_WEIGHTS): number {
  let score = 0;
  for (const [name, value] of Object.entries(features)) score += (table.weights[name] ?? 0) * value;
  return score;
}

/**
 * Find the publisher: the best-scoring candidate of `sourceCandidates` (title-line affix,
 * standalone header line, copyright holder, host names, repeated site-name phrases, byline
 * outlet). Returns null when no candidate reaches `minScore` — a wrong publisher is worse than none.
 * @param extra Evidence found by other rules (an outlet beside the byline).
 * @example findSource(toLines("Example Times\n\nText.\n\n© 2024 Example Times"))?.name //=> "Example Times"
 */
export function findSource(
  lines: readonly Line[],
  extra: readonly SourceEvidence[] = [],
  table: SourceWeights = SOURCE_WEIGHTS,
): SourceCandidate | null {
  let best: { cand: SourceFeatures; score: number } | null = null;
  for (const cand of sourceCandidates(lines, extra)) {
    const score = scoreSource(cand.features, table);
    if (!best || score > best.score) best = { cand, score };
  }
  if (!best || best.score < table.minScore) return null;
  const { cand, score } = best;
  return {
    name: cand.name,
    score,
    confidence: Math.min(1, 0.5 + (score - table.minScore) / (2 * CONFIDENT_MARGIN)),
    index: cand.index,
    rule: `source:${cand.rule}`,
  };
}

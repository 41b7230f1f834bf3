import type { Line } from "./lines";
import { type SourceEvidence, sourceCandidates } from "./source-candidates";
import { choose, type LinearModel } from "./scoring/linear-model";
import type { ObservedCandidate } from "./types";
import { SOURCE_MODEL } from "./weights";

export type { SourceEvidence, SourceFeatures } from "./source-candidates";
export { sourceCandidates } from "./source-candidates";

/** The publisher the page names, with the evidence. */
export interface SourceCandidate {
  readonly name: string;
  readonly score: number;
  /** 0–1: the model's probability for this name. */
  readonly confidence: number;
  /** Line (0-based index) of the strongest evidence. */
  readonly index: number;
  readonly rule: string;
}

/**
 * Find the publisher: the best-scoring candidate of `sourceCandidates` (title-line affix,
 * standalone header line, copyright holder, host names, repeated site-name phrases, byline
 * outlet), scored with the fitted table `weights/source.json`. Returns null when no candidate
 * beats the table's "none" score — a wrong publisher is worse than none.
 * @param extra Evidence found by other rules (an outlet beside the byline).
 * @param observe told every candidate with its features (for `npm run fit`)
 * @example findSource(toLines("Example Times\n\nText.\n\n© 2024 Example Times"))?.name //=> "Example Times"
 */
export function findSource(
  lines: readonly Line[],
  extra: readonly SourceEvidence[] = [],
  model: LinearModel = SOURCE_MODEL,
  observe?: (candidates: readonly ObservedCandidate[]) => void,
): SourceCandidate | null {
  const candidates = sourceCandidates(lines, extra);
  observe?.(candidates.map((c) => ({ text: c.name, features: c.features })));
  const chosen = choose(candidates, (c) => c.features, model);
  if (!chosen) return null;
  const cand = chosen.candidate;
  return { name: cand.name, score: chosen.score, confidence: chosen.probability, index: cand.index, rule: `source:${cand.rule}` };
}

/**
 * Candidates scored by a linear model: each candidate is described by named features, its
 * score is the weighted sum, and the best candidate wins only when it beats "none" (the
 * model's abstention score). The weights are data (`src/extract/weights/*.json`), fitted by
 * `npm run fit` on labelled pages, so no tuning number lives in the extractor's code.
 */

/** A candidate's evidence: feature name → value (0/1 for yes/no evidence, else about 0–1). */
export type Features = Readonly<Record<string, number>>;

/** One field's fitted weights, as `npm run fit` writes them. */
export interface LinearModel {
  /** Which field the model chooses for (`headline`, `source`). */
  readonly field: string;
  /** Feature name → weight; a feature the table lacks weighs 0. */
  readonly weights: Readonly<Record<string, number>>;
  /** The score of choosing nothing: the field stays unknown unless a candidate beats it. */
  readonly none: number;
  /** The weights set by reading pages, which `npm run fit` starts from and shrinks toward. */
  readonly prior?: { readonly none: number; readonly weights: Readonly<Record<string, number>> };
  /** What the weights were fitted on, and how well they did (see `npm run fit`). */
  readonly fitted?: unknown;
}

/**
 * A candidate's score: the sum of its features times their weights.
 * @example scoreOf({ a: 1, b: 0.5 }, { field: "x", weights: { a: 2, b: 2 }, none: 0 }) //=> 3
 */
export function scoreOf(features: Features, model: LinearModel): number {
  let s = 0;
  for (const name in features) s += (model.weights[name] ?? 0) * features[name]!;
  return s;
}

/** The chosen candidate, its score and its probability among all candidates and "none". */
export interface Choice<T> {
  readonly candidate: T;
  readonly score: number;
  /** Softmax share of the winner among the candidates and "none": how sure the model is, 0–1. */
  readonly probability: number;
  /** Every candidate's softmax share, in the candidates' order. */
  readonly probabilities: readonly number[];
}

/**
 * The highest-scoring candidate (the first one on a tie), or null when "none" scores at least
 * as high: unknown stays unknown.
 * @example choose([{ f: { a: 1 } }], (c) => c.f, { field: "x", weights: { a: 1 }, none: 2 }) //=> null
 */
export function choose<T>(candidates: readonly T[], featuresOf: (c: T) => Features, model: LinearModel): Choice<T> | null {
  if (candidates.length === 0) return null;
  const scores = candidates.map((c) => scoreOf(featuresOf(c), model));
  let best = 0;
  for (let i = 1; i < scores.length; i++) if (scores[i]! > scores[best]!) best = i;
  const top = scores[best]!;
  if (top <= model.none) return null;
  // Shifted by the top score so the exponentials cannot overflow.
  let total = Math.exp(model.none - top);
  for (const s of scores) total += Math.exp(s - top);
  const probabilities = scores.map((s) => Math.exp(s - top) / total);
  return { candidate: candidates[best]!, score: top, probability: probabilities[best]!, probabilities };
}

/**
 * A conditional logit ("softmax over a page's candidates") fitted by gradient ascent: the
 * learner behind `npm run fit`. Each labelled page is one choice among its candidates and
 * "none"; the weights make the right candidate's probability high. Small and inspectable on
 * purpose: the result is a table of named weights anyone can read in review.
 */
import type { Features } from "../../extract/scoring/linear-model";

/** One page's choice: its candidates' features, and which of them are right (none: the field is absent). */
export interface ChoiceExample {
  readonly candidates: readonly Features[];
  /** Indexes of the right candidates (several when the headline is printed twice); empty: "none" is right. */
  readonly positives: readonly number[];
}

export interface FitOptions {
  /** L2 penalty per weight, against overfitting a small corpus. */
  readonly l2: number;
  readonly iterations: number;
  /** Gradient step. */
  readonly step: number;
}

export const DEFAULT_FIT: FitOptions = { l2: 0.03, iterations: 3000, step: 0.5 };

/** Fitted weights: feature name → weight, and the score of "none". */
export interface FittedWeights {
  readonly weights: Record<string, number>;
  readonly none: number;
}

/** Weights set by reading pages, which the fit starts from and shrinks toward where the data is thin. */
export interface PriorWeights {
  readonly weights: Readonly<Record<string, number>>;
  readonly none: number;
}

/**
 * Fit weights that maximise the mean log-probability of the right choices, minus an L2 penalty
 * on their distance from the prior (from zero without one): a feature the labelled pages say
 * little about keeps about its prior weight, one they speak to clearly moves.
 * Deterministic: full-batch gradient steps from the prior, in a fixed order.
 * @param names every feature name the weights cover, in the order the table lists them
 * @example fitChoices([{ candidates: [{ a: 1 }, { b: 1 }], positives: [0] }], ["a", "b"]).weights.a > 0 //=> true
 */
export function fitChoices(
  examples: readonly ChoiceExample[],
  names: readonly string[],
  options: FitOptions = DEFAULT_FIT,
  prior?: PriorWeights,
): FittedWeights {
  const k = names.length;
  const index = new Map(names.map((n, i) => [n, i]));
  // Dense rows; the last column stands for "none" (1 only on its own row).
  const rows = examples.map((e) => {
    const xs = e.candidates.map((f) => {
      const x = new Float64Array(k + 1);
      for (const name in f) {
        const at = index.get(name);
        if (at !== undefined) x[at] = f[name]!;
      }
      return x;
    });
    const none = new Float64Array(k + 1);
    none[k] = 1;
    xs.push(none);
    return { xs, positives: e.positives.length > 0 ? e.positives : [xs.length - 1] };
  });
  const centre = new Float64Array(k + 1);
  if (prior) {
    names.forEach((n, i) => {
      centre[i] = prior.weights[n] ?? 0;
    });
    centre[k] = prior.none;
  }
  const w = Float64Array.from(centre);
  const grad = new Float64Array(k + 1);
  for (let it = 0; it < options.iterations; it++) {
    grad.fill(0);
    for (const { xs, positives } of rows) {
      const p = softmax(xs.map((x) => dot(w, x)));
      const pos = positives.reduce((s, i) => s + p[i]!, 0);
      for (let c = 0; c < xs.length; c++) {
        // d/dw log Σ_pos p = Σ_pos (p_i / P_pos) x_i − Σ_all p_c x_c
        const coef = (positives.includes(c) ? p[c]! / pos : 0) - p[c]!;
        if (coef !== 0) for (let j = 0; j <= k; j++) grad[j]! += coef * xs[c]![j]!;
      }
    }
    for (let j = 0; j <= k; j++) w[j]! += options.step * (grad[j]! / rows.length - options.l2 * (w[j]! - centre[j]!));
  }
  return { weights: Object.fromEntries(names.map((n, i) => [n, w[i]!])), none: w[k]! };
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i]! * b[i]!;
  return s;
}

function softmax(scores: readonly number[]): number[] {
  const top = scores.reduce((a, b) => Math.max(a, b), Number.NEGATIVE_INFINITY);
  const e = scores.map((s) => Math.exp(s - top));
  const total = e.reduce((a, b) => a + b, 0);
  return e.map((x) => x / total);
}

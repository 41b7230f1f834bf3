/**
 * Honest estimates for fitted weights: k-fold cross-validation with the folds drawn by site,
 * so a page is always judged by weights fitted without any page of its own site (the judged
 * pages come from sites the devset lacks).
 */
import { createHash } from "node:crypto";
import { choose, type LinearModel } from "../../extract/scoring/linear-model";
import type { CaseExample } from "./choice-examples";
import { fitChoices, type FitOptions, type PriorWeights } from "./conditional-logit";

/**
 * The site a case comes from: its name without the trailing hash (`mercury-nytimes-e0bf…` → `mercury-nytimes`).
 * @example siteOf("bbc-0a1b2c3d") //=> "bbc"
 */
export function siteOf(name: string): string {
  return name.replace(/-[0-9a-f]{6,}$/, "");
}

/**
 * Assign sites to `k` folds: sites ordered by a hash of their name, dealt round-robin.
 * @returns fold number per case name
 */
export function foldsBySite(names: readonly string[], k: number): Map<string, number> {
  const sites = [...new Set(names.map(siteOf))].sort((a, b) => {
    const ha = createHash("sha256").update(a).digest("hex");
    const hb = createHash("sha256").update(b).digest("hex");
    return ha < hb ? -1 : ha > hb ? 1 : 0;
  });
  const foldOfSite = new Map(sites.map((s, i) => [s, i % k]));
  return new Map(names.map((n) => [n, foldOfSite.get(siteOf(n))!]));
}

/**
 * Share of cases where `model` picks a right candidate (or none when none is right).
 * Unreachable cases count as wrong: they are part of the honest score.
 */
export function accuracy(cases: readonly CaseExample[], model: LinearModel): number {
  if (cases.length === 0) return 0;
  let right = 0;
  for (const c of cases) {
    const idx = c.example.candidates.map((_, i) => i);
    const chosen = choose(idx, (i) => c.example.candidates[i]!, model);
    const ok = chosen === null ? c.example.positives.length === 0 && !c.unreachable : c.example.positives.includes(chosen.candidate);
    if (ok) right++;
  }
  return right / cases.length;
}

/** Fit on every case; the model as the extractor would load it. */
export function fitModel(
  field: string,
  cases: readonly CaseExample[],
  names: readonly string[],
  options: FitOptions,
  abstain = false,
  prior?: PriorWeights,
): LinearModel {
  // Where no candidate is right, saying nothing is the best choice there is: for a field where
  // a wrong value is worse than none, those pages teach the model to abstain.
  const fitted = fitChoices(
    cases.filter((c) => abstain || !c.unreachable).map((c) => c.example),
    names,
    options,
    prior,
  );
  return prior ? { field, weights: fitted.weights, none: fitted.none, prior } : { field, weights: fitted.weights, none: fitted.none };
}

/** Mean held-out accuracy over `k` site folds, and each fold's figure. */
export function crossValidate(
  field: string,
  cases: readonly CaseExample[],
  names: readonly string[],
  options: FitOptions,
  k: number,
  abstain = false,
  prior?: PriorWeights,
): { mean: number; folds: number[] } {
  const fold = foldsBySite(
    cases.map((c) => c.name),
    k,
  );
  const folds: number[] = [];
  let right = 0;
  for (let f = 0; f < k; f++) {
    const held = cases.filter((c) => fold.get(c.name) === f);
    const model = fitModel(
      field,
      cases.filter((c) => fold.get(c.name) !== f),
      names,
      options,
      abstain,
      prior,
    );
    const acc = accuracy(held, model);
    folds.push(acc);
    right += acc * held.length;
  }
  return { mean: right / cases.length, folds };
}

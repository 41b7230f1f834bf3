/**
 * The weight table `npm run fit` writes: rounded weights (readable diffs), and what they were
 * fitted on and how well they did, so a reviewer can tell a refit from a hand edit.
 */
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { LinearModel } from "../../extract/scoring/linear-model";
import type { LabelledCase } from "../eval/cases";

/** Weights kept to three decimals: finer digits are noise at this corpus size. */
const round = (n: number) => Math.round(n * 1000) / 1000 || 0;

/** What the table records about its fit. */
export interface FitRecord {
  readonly corpus: { readonly cases: number; readonly sha256: string };
  readonly l2: number;
  readonly folds: number;
  /** Share of cases right with these weights on the pages they were fitted on. */
  readonly trainAccuracy: number;
  /** Mean held-out share right over site folds: the honest estimate. */
  readonly crossValidatedAccuracy: number;
  /** Cases whose right value no candidate holds. */
  readonly unreachable: number;
}

/**
 * SHA-256 over every case's name, text and truth, in name order: which corpus a table came from.
 * @throws when a case file cannot be read
 */
export function corpusHash(cases: readonly LabelledCase[]): string {
  const hash = createHash("sha256");
  for (const c of [...cases].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    hash.update(c.name).update("\0").update(readFileSync(c.txt)).update("\0");
    hash.update(readFileSync(join(c.txt, "..", `${c.name}.json`))).update("\0");
  }
  return hash.digest("hex");
}

/** The table's JSON text: field, none, weights in `names` order, the prior as it was, then the fit record. */
export function weightTableJson(model: LinearModel, names: readonly string[], fitted: FitRecord): string {
  const table = {
    field: model.field,
    none: round(model.none),
    weights: Object.fromEntries(names.map((n) => [n, round(model.weights[n] ?? 0)])),
    ...(model.prior ? { prior: model.prior } : {}),
    fitted,
  };
  return `${JSON.stringify(table, null, 2)}\n`;
}

/** A model with its weights rounded as the table stores them (so figures describe the committed table). */
export function rounded(model: LinearModel): LinearModel {
  return {
    ...model,
    none: round(model.none),
    weights: Object.fromEntries(Object.entries(model.weights).map(([n, w]) => [n, round(w)])),
  };
}

/**
 * The evaluation gate: the devset score per field pinned in `eval-baseline.json`, and the
 * check CI runs, which fails when a field drops more than the tolerance below it (or the
 * share of wrong dates rises more than the tolerance above it). Raising the baseline is a
 * deliberate commit (`npm run eval -- DIR --write-baseline eval-baseline.json`).
 */
import type { CaseResult } from "./summary";
import type { CaseScores } from "./score-case";

/** The gated figures: higher is better, except `publishedWrong`. */
export interface GatedScores {
  readonly headline: number;
  readonly authors: number;
  readonly published: number;
  readonly publishedWrong: number;
  readonly source: number;
  readonly body: number;
}

export interface Baseline {
  /** How many cases the scores are over: a different devset is a different baseline. */
  readonly cases: number;
  /** How far a field may fall below its baseline before the gate fails. */
  readonly tolerance: number;
  readonly scores: GatedScores;
}

const GATED: readonly (readonly [keyof GatedScores, keyof CaseScores])[] = [
  ["headline", "headline"],
  ["authors", "authors"],
  ["published", "published"],
  ["publishedWrong", "published_wrong"],
  ["source", "source"],
  ["body", "body"],
];

/** Four decimals: enough to see a one-case change on a few hundred cases, stable in a diff. */
const round4 = (n: number) => Math.round(n * 10000) / 10000;

/**
 * Mean score per gated field over `results` (0 for a field no case scores).
 * @example gatedScores([]).headline //=> 0
 */
export function gatedScores(results: readonly CaseResult[]): GatedScores {
  const out: Record<string, number> = {};
  for (const [name, key] of GATED) {
    const xs = results.map((r) => r.scores[key]).filter((v): v is number => typeof v === "number");
    out[name] = xs.length ? round4(xs.reduce((a, b) => a + b, 0) / xs.length) : 0;
  }
  return out as unknown as GatedScores;
}

/** The baseline file's JSON text for `results`. */
export function baselineJson(results: readonly CaseResult[], tolerance = 0.01): string {
  const baseline: Baseline = { cases: results.length, tolerance, scores: gatedScores(results) };
  return `${JSON.stringify(baseline, null, 2)}\n`;
}

/**
 * Compare `results` with a parsed baseline: one line per field, and whether the gate passes.
 * @throws when `baseline` is not a baseline file's content
 */
export function checkBaseline(results: readonly CaseResult[], baseline: unknown): { pass: boolean; lines: string[] } {
  const b = baseline as Partial<Baseline> | null;
  if (!b || typeof b.cases !== "number" || typeof b.tolerance !== "number" || typeof b.scores !== "object" || b.scores === null)
    throw new Error("the baseline is not an eval baseline (cases, tolerance, scores)");
  const now = gatedScores(results);
  const lines: string[] = [];
  let pass = true;
  if (b.cases !== results.length) {
    pass = false;
    lines.push(`gate: ${results.length} cases scored, the baseline has ${b.cases}: write a new baseline for a new devset`);
  }
  for (const [name] of GATED) {
    const base = b.scores[name];
    if (typeof base !== "number") throw new Error(`the baseline has no score for ${name}`);
    const drop = name === "publishedWrong" ? now[name] - base : base - now[name];
    const ok = drop <= b.tolerance + 1e-9;
    if (!ok) pass = false;
    lines.push(
      `gate: ${name.padEnd(14)} ${now[name].toFixed(4)}  baseline ${base.toFixed(4)}  ${ok ? "ok" : `FAIL (worse by ${drop.toFixed(4)})`}`,
    );
  }
  return { pass, lines };
}

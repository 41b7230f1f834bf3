/**
 * The evaluation report: one verbose line per case and the summary table, ending in the
 * one-line `score:` figure used to compare extractor versions.
 */
import type { CaseScores } from "./score-case";

/** One scored case. */
export interface CaseResult {
  readonly name: string;
  /** Why the case could not be extracted (it then scores all-wrong), or null. */
  readonly failure: string | null;
  readonly warnings: readonly string[];
  /** Extraction time in milliseconds. */
  readonly ms: number;
  readonly scores: CaseScores;
  /** The extractor's output, null on failure. */
  readonly pred: unknown;
}

const mean = (xs: readonly number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);

/** Two decimals, or ` n/a` when no case scored the field. */
export const fmt = (v: number): string => (Number.isNaN(v) ? " n/a" : v.toFixed(2));

/** A case's headline figures (the scores without `_` in their name), or its failure. */
export function verboseLine(r: CaseResult): string {
  const bits = Object.entries(r.scores)
    .filter(([k]) => !k.includes("_"))
    .map(([k, v]) => `${k}=${(v as number).toFixed(2)}`)
    .join(" ");
  const warn = r.warnings.length ? ` [${r.warnings.join("; ")}]` : "";
  return `${r.name.padEnd(34)} ${r.failure ? `FAIL ${r.failure}` : bits}${warn}`;
}

/**
 * The summary lines: counts, the per-field table, up to ten failures, the in-process timing
 * line and the `score:` line.
 */
export function summaryLines(results: readonly CaseResult[]): string[] {
  const col = (k: keyof CaseScores): number[] => results.map((r) => r.scores[k]).filter((v): v is number => v != null);
  const m = (k: keyof CaseScores): string => fmt(mean(col(k)));
  const failed = results.filter((r) => r.failure);
  const warned = results.filter((r) => r.warnings.length);
  const times = results.map((r) => r.ms);

  const rows: [string, number, string, string][] = [
    ["headline", col("headline").length, m("headline"), "exact match (normalised)"],
    ["authors", col("authors").length, m("authors"), `set F1; P ${m("authors_p")} (when non-empty) R ${m("authors_r")}`],
    ["published", col("published").length, m("published"), `same day; wrong non-null ${m("published_wrong")}, null ${m("published_null")}`],
    ["source", col("source").length, m("source"), "normalised name match"],
    ["body", col("body").length, m("body"), `token F1; P ${m("body_p")} R ${m("body_r")}; 4-gram F1 ${m("body_f1_4gram")}`],
  ];
  const lines = [
    `cases: ${results.length}  failed (crash/timeout/bad JSON): ${failed.length}  schema warnings: ${warned.length}  mean time: ${Math.round(mean(times))} ms`,
    "field       n    score  detail",
    ...rows.map(([f, n, s, d]) => `${f.padEnd(10)} ${String(n).padStart(4)}  ${s.padStart(5)}  ${d}`),
  ];
  if (failed.length) {
    lines.push("failures:", ...failed.slice(0, 10).map((r) => `  ${r.name}: ${r.failure}`));
    if (failed.length > 10) lines.push(`  ... and ${failed.length - 10} more`);
  }
  lines.push(
    `time: mean ${mean(times).toFixed(1)} ms, max ${times.reduce((a, b) => Math.max(a, b), -Infinity).toFixed(1)} ms per article (in process)`,
    `score: headline ${m("headline")} authors ${m("authors")} date ${m("published")} (wrong ${m("published_wrong")}) source ${m("source")} body-F1 ${m("body")} (n=${results.length}, failed ${failed.length})`,
  );
  return lines;
}

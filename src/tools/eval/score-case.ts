/**
 * Scoring one labelled case: the extractor's output against the case's truth, field by field,
 * only for the fields the truth lists in `truth_fields`.
 */
import { bagOverlap, isoDay, normName, normSource, normText, tokens } from "./normalise";

/** The truth file `NAME.json` beside each `NAME.txt`. */
export interface CaseTruth {
  readonly headline?: string | null;
  /** null = unknown. */
  readonly authors?: readonly string[] | null;
  /** `YYYY-MM-DD`, or null when no date is shown near the headline. */
  readonly published?: string | null;
  readonly source?: string | null;
  /** Other accepted spellings of the source. */
  readonly source_alt?: readonly string[];
  readonly body?: string;
  /** The fields scored for this case. */
  readonly truth_fields?: readonly string[];
}

/**
 * Per-case scores, each present only when its field is scored. Keys without `_` are the
 * headline figures; `authors_p` is null when nothing was predicted.
 */
export interface CaseScores {
  headline?: number;
  authors?: number;
  authors_p?: number | null;
  authors_r?: number;
  published?: number;
  published_wrong?: number;
  published_null?: number;
  source?: number;
  body_p?: number;
  body_r?: number;
  body?: number;
  body_f1_4gram?: number;
}

/** Precision, recall and F1 from counts; 0 where undefined. */
export function prf(tp: number, fp: number, fn: number): { p: number; r: number; f: number } {
  const p = tp + fp > 0 ? tp / (tp + fp) : 0;
  const r = tp + fn > 0 ? tp / (tp + fn) : 0;
  const f = p + r > 0 ? (2 * p * r) / (p + r) : 0;
  return { p, r, f };
}

/** Overlapping n-word shingles; a text shorter than n is one shingle (none when empty). */
export function shingles(toks: readonly string[], n = 4): string[] {
  if (toks.length < n) return toks.length ? [toks.join(" ")] : [];
  const out: string[] = [];
  for (let i = 0; i + n <= toks.length; i++) out.push(toks.slice(i, i + n).join(" "));
  return out;
}

/** Set F1 of normalised author names (empty names dropped from the prediction). */
export function scoreAuthors(predicted: readonly string[], truth: readonly string[]): { f: number; p: number | null; r: number } {
  const pred = [...new Set(predicted.map(normName).filter(Boolean))];
  const gold = [...new Set(truth.map(normName))];
  const tp = pred.filter((x) => gold.includes(x)).length;
  const { p, r, f } = prf(tp, pred.length - tp, gold.length - tp);
  return { f, p: pred.length ? p : null, r };
}

/** Bag-of-words precision, recall and F1 of a body, plus order-aware 4-gram shingle F1. */
export function scoreBody(predicted: string, truth: string): { p: number; r: number; f: number; f4: number } {
  const pt = tokens(predicted);
  const gt = tokens(truth);
  const { tp, fp, fn } = bagOverlap(pt, gt);
  const m = prf(tp, fp, fn);
  const s = bagOverlap(shingles(pt), shingles(gt));
  return { ...m, f4: prf(s.tp, s.fp, s.fn).f };
}

/**
 * Score one case.
 * @param truth the case's truth
 * @param pred the extractor's output as parsed JSON (anything; wrong types score as missing)
 * @param warnings receives a note for each field of the wrong type
 */
export function scoreCase(truth: CaseTruth, pred: unknown, warnings: string[]): CaseScores {
  const has = new Set(truth.truth_fields ?? []);
  const P = (pred !== null && typeof pred === "object" ? pred : {}) as Record<string, unknown>;
  const res: CaseScores = {};
  if (has.has("headline")) {
    const h = typeof P["headline"] === "string" ? P["headline"] : null;
    if (P["headline"] != null && typeof P["headline"] !== "string") warnings.push("headline not a string");
    res.headline = h != null && normText(h) === normText(truth.headline) ? 1 : 0;
  }
  if (has.has("authors")) {
    let a = P["authors"];
    if (a != null && !Array.isArray(a)) {
      warnings.push("authors not an array");
      a = [];
    }
    const names = ((a ?? []) as unknown[]).filter((x): x is string => typeof x === "string");
    const s = scoreAuthors(names, truth.authors ?? []);
    res.authors = s.f;
    res.authors_p = s.p;
    res.authors_r = s.r;
  }
  if (has.has("published")) {
    const v = P["published"];
    if (v == null || v === "") {
      res.published = 0;
      res.published_wrong = 0;
      res.published_null = 1;
    } else {
      const d = typeof v === "string" ? isoDay(v) : null;
      if (!d) warnings.push("published not ISO");
      const same = d === truth.published;
      res.published = same ? 1 : 0;
      res.published_wrong = same ? 0 : 1;
      res.published_null = 0;
    }
  }
  if (has.has("source")) {
    const v = typeof P["source"] === "string" ? normSource(P["source"]) : "";
    const ok = [truth.source ?? "", ...(truth.source_alt ?? [])].map(normSource);
    res.source = v && ok.includes(v) ? 1 : 0;
  }
  if (has.has("body")) {
    let b = P["body"];
    if (Array.isArray(b)) b = b.filter((x): x is string => typeof x === "string").join("\n");
    if (b != null && typeof b !== "string") {
      warnings.push("body not a string");
      b = "";
    }
    const s = scoreBody((b as string | null | undefined) ?? "", truth.body ?? "");
    res.body_p = s.p;
    res.body_r = s.r;
    res.body = s.f;
    res.body_f1_4gram = s.f4;
  }
  return res;
}

/** The all-wrong result for a case whose extraction crashed or could not be read. */
export function failedCase(truth: CaseTruth): CaseScores {
  return scoreCase(truth, {}, []);
}

/**
 * Labelled pages turned into choice examples for one field: every candidate the extractor
 * weighed on the page, with its features, and which candidates the truth says are right.
 */
import { readFileSync } from "node:fs";
import { extractRaw } from "../../extract/extract";
import type { ObservedCandidate } from "../../extract/types";
import type { LabelledCase } from "../eval/cases";
import { normSource, normText } from "../eval/normalise";
import type { ChoiceExample } from "./conditional-logit";

/** A field the fitter can fit: how its truth reads and when a candidate's text matches it. */
export interface FieldSpec {
  readonly field: string;
  /** The accepted true values; null when the case does not score this field. */
  truthOf(truth: LabelledCase["truth"]): readonly string[] | null;
  /** Whether a candidate's text is one of the true values (as the scorer would count it). */
  matches(candidate: string, truths: readonly string[]): boolean;
  /** A wrong value is worse than none (never invent a source): pages no candidate gets right teach abstention. */
  readonly abstainWhenNoneRight: boolean;
}

type Truth = Record<string, unknown> & { truth_fields?: readonly string[] };

const scored = (t: LabelledCase["truth"], field: string): Truth | null => {
  const truth = t as Truth;
  return Array.isArray(truth.truth_fields) && truth.truth_fields.includes(field) ? truth : null;
};

/** The fields `npm run fit` knows. */
export const FIELDS: Readonly<Record<string, FieldSpec>> = {
  headline: {
    field: "headline",
    truthOf: (t) => {
      const truth = scored(t, "headline");
      return truth && typeof truth.headline === "string" ? [truth.headline] : truth ? [] : null;
    },
    matches: (c, truths) => truths.some((t) => normText(t) === normText(c)),
    // An article needs a headline; a near miss is still the page's title line.
    abstainWhenNoneRight: false,
  },
  source: {
    field: "source",
    truthOf: (t) => {
      const truth = scored(t, "source");
      if (!truth) return null;
      return [truth.source, truth.source_alt].flat().filter((s): s is string => typeof s === "string");
    },
    matches: (c, truths) => truths.some((t) => normSource(t) === normSource(c)),
    abstainWhenNoneRight: true,
  },
};

/** One case's example, or why it cannot teach anything. */
export interface CaseExample {
  readonly name: string;
  readonly example: ChoiceExample;
  /** The truth names a value none of the candidates has: the model cannot get it right. */
  readonly unreachable: boolean;
  readonly candidates: readonly ObservedCandidate[];
}

/**
 * The examples for `spec` from `cases` (those that score the field), in case order.
 * @throws when a case's text cannot be read
 */
export function choiceExamples(cases: readonly LabelledCase[], spec: FieldSpec): CaseExample[] {
  const out: CaseExample[] = [];
  for (const c of cases) {
    const truths = spec.truthOf(c.truth);
    if (truths === null) continue;
    let seen: readonly ObservedCandidate[] = [];
    // The last look wins: a field can be weighed again once more evidence is in.
    extractRaw(readFileSync(c.txt, "utf8"), {
      observe: (field, cands) => {
        if (field === spec.field) seen = cands;
      },
    });
    const positives = seen.flatMap((cand, i) => (spec.matches(cand.text, truths) ? [i] : []));
    out.push({
      name: c.name,
      example: { candidates: seen.map((s) => s.features), positives },
      unreachable: truths.length > 0 && positives.length === 0,
      candidates: seen,
    });
  }
  return out;
}

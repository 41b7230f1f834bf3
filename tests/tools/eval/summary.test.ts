import { describe, expect, it } from "vitest";
import { summaryLines, verboseLine, type CaseResult } from "../../../src/tools/eval/summary";

const result = (name: string, scores: CaseResult["scores"], ms: number, failure: string | null = null): CaseResult => ({
  name,
  failure,
  warnings: [],
  ms,
  scores,
  pred: null,
});

describe("summary", () => {
  const results = [
    result("alpha", { headline: 1, authors: 0.5, authors_p: null, authors_r: 0.5, published: 0, published_wrong: 1, published_null: 0 }, 2),
    result("beta", { headline: 0, published: 0, published_wrong: 0, published_null: 1 }, 4, "crash: boom"),
  ];

  it.each([
    [0, "cases: 2  failed (crash/timeout/bad JSON): 1  schema warnings: 0  mean time: 3 ms"],
    [1, "field       n    score  detail"],
    [2, "headline      2   0.50  exact match (normalised)"],
    [3, "authors       1   0.50  set F1; P  n/a (when non-empty) R 0.50"],
    [4, "published     2   0.00  same day; wrong non-null 0.50, null 0.50"],
    [5, "source        0    n/a  normalised name match"],
    [6, "body          0    n/a  token F1; P  n/a R  n/a; 4-gram F1  n/a"],
    [7, "failures:"],
    [8, "  beta: crash: boom"],
    [9, "time: mean 3.0 ms, max 4.0 ms per article (in process)"],
    [10, "score: headline 0.50 authors 0.50 date 0.00 (wrong 0.50) source  n/a body-F1  n/a (n=2, failed 1)"],
  ])("line %i", (i, expected) => {
    expect(summaryLines(results)[i]).toBe(expected);
  });

  it("shows a case's headline figures, or its failure", () => {
    expect(verboseLine(results[0]!)).toBe(`${"alpha".padEnd(34)} headline=1.00 authors=0.50 published=0.00`);
    expect(verboseLine(results[1]!)).toBe(`${"beta".padEnd(34)} FAIL crash: boom`);
  });
});

import { describe, expect, it } from "vitest";
import { choose, scoreOf, type LinearModel } from "../../../src/extract/scoring/linear-model";
import { asModel, HEADLINE_MODEL } from "../../../src/extract/weights";

const model: LinearModel = { field: "x", weights: { strong: 2, weak: 0.5, bad: -3 }, none: 1 };

describe("linear model", () => {
  it("scores a candidate as the weighted sum of its features; unknown features weigh nothing", () => {
    expect(scoreOf({ strong: 1, weak: 0.5, unheard: 9 }, model)).toBe(2.25);
    expect(scoreOf({}, model)).toBe(0);
  });

  it("chooses the highest score, the first of a tie, with its probability", () => {
    const picked = choose([{ weak: 1 }, { strong: 1 }, { strong: 1 }], (f) => f, model)!;
    expect(picked.candidate).toEqual({ strong: 1 });
    expect(picked.score).toBe(2);
    // Two candidates at 2, one at 0.5 and "none" at 1 share the mass.
    const total = 2 * Math.exp(2) + Math.exp(0.5) + Math.exp(1);
    expect(picked.probability).toBeCloseTo(Math.exp(2) / total, 12);
    expect(picked.probabilities.reduce((a, b) => a + b, 0)).toBeCloseTo(1 - Math.exp(1) / total, 12);
  });

  it("chooses nothing when no candidate beats 'none', or there is no candidate", () => {
    expect(choose([{ weak: 1 }, { bad: 1 }], (f) => f, model)).toBeNull();
    expect(choose([{ strong: 0.5 }], (f) => f, model)).toBeNull();
    expect(choose([], (f: Record<string, number>) => f, model)).toBeNull();
  });
});

describe("weight tables", () => {
  it("refuse a table whose weight is not a number or whose field differs", () => {
    expect(() => asModel({ field: "headline", none: 0, weights: { a: "1" } }, "headline")).toThrow(/"a" is not a number/);
    expect(() => asModel({ field: "source", none: 0, weights: {} }, "headline")).toThrow(/not a weight table/);
    expect(() => asModel({ field: "headline", weights: {} }, "headline")).toThrow(/not a weight table/);
  });

  it("the committed headline table records the corpus it was fitted on and its cross-validated accuracy", () => {
    const fitted = HEADLINE_MODEL.fitted as { corpus: { sha256: string; cases: number }; crossValidatedAccuracy: number };
    expect(fitted.corpus.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(fitted.corpus.cases).toBeGreaterThan(0);
    expect(fitted.crossValidatedAccuracy).toBeGreaterThan(0);
  });
});

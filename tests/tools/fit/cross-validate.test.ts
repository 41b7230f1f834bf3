import { describe, expect, it } from "vitest";
import type { CaseExample } from "../../../src/tools/fit/choice-examples";
import { accuracy, crossValidate, foldsBySite, siteOf } from "../../../src/tools/fit/cross-validate";

const example = (name: string, right: "first" | "second" | "unreachable"): CaseExample => ({
  name,
  candidates: [],
  unreachable: right === "unreachable",
  example: {
    candidates: [{ good: right === "first" ? 1 : 0 }, { good: right === "second" ? 1 : 0 }],
    positives: right === "first" ? [0] : right === "second" ? [1] : [],
  },
});

describe("cross-validation by site", () => {
  it("names a case's site without its trailing hash", () => {
    expect(siteOf("mercury-nytimes-e0bfbae0")).toBe("mercury-nytimes");
    expect(siteOf("bbc-0a1b2c3d")).toBe("bbc");
    expect(siteOf("plain")).toBe("plain");
  });

  it("keeps every site's pages in one fold and uses every fold", () => {
    const names = ["a-111111", "a-222222", "b-111111", "c-111111", "d-111111", "d-222222", "e-111111"];
    const folds = foldsBySite(names, 3);
    expect(folds.get("a-111111")).toBe(folds.get("a-222222"));
    expect(folds.get("d-111111")).toBe(folds.get("d-222222"));
    expect(new Set(folds.values())).toEqual(new Set([0, 1, 2]));
  });

  it("counts a case whose truth no candidate holds as wrong", () => {
    const model = { field: "t", weights: { good: 1 }, none: 0.5 };
    expect(accuracy([example("a-1", "first"), example("b-1", "second"), example("c-1", "unreachable")], model)).toBeCloseTo(2 / 3);
  });

  it("judges each fold with weights fitted on the other folds", () => {
    const cases = ["a", "b", "c", "d", "e", "f"].map((s, i) => example(`${s}-00000${i}`, i % 2 ? "first" : "second"));
    const { mean, folds } = crossValidate("t", cases, ["good"], { l2: 0.01, iterations: 500, step: 0.5 }, 3);
    expect(folds).toHaveLength(3);
    expect(mean).toBe(1);
  });
});

import { describe, expect, it } from "vitest";
import { choose } from "../../../src/extract/scoring/linear-model";
import { fitChoices, type ChoiceExample } from "../../../src/tools/fit/conditional-logit";

// Pages where the right line is the one "before-byline", whatever else is true of it, and
// pages with no right line, where the only candidates are "menu" labels.
const examples: ChoiceExample[] = [
  { candidates: [{ menu: 1 }, { "before-byline": 1, long: 1 }, { long: 1 }], positives: [1] },
  { candidates: [{ long: 1 }, { "before-byline": 1 }], positives: [1] },
  {
    candidates: [
      { "before-byline": 1, menu: 1 },
      { long: 1, menu: 1 },
    ],
    positives: [0],
  },
  { candidates: [{ menu: 1 }, { menu: 1 }], positives: [] },
  { candidates: [{ menu: 1 }], positives: [] },
];
const names = ["before-byline", "long", "menu"];

describe("fitting choices", () => {
  it("learns to weigh the evidence that marks the right candidate above the rest", () => {
    const { weights } = fitChoices(examples, names);
    expect(weights["before-byline"]).toBeGreaterThan(weights.long! + 1);
    expect(weights.menu).toBeLessThan(0);
  });

  it("gets every training page right, including the pages where nothing is right", () => {
    const fitted = fitChoices(examples, names);
    const model = { field: "t", ...fitted };
    for (const e of examples) {
      const picked = choose(e.candidates, (f) => f, model);
      if (e.positives.length === 0) expect(picked).toBeNull();
      else expect(e.positives).toContain(e.candidates.indexOf(picked!.candidate));
    }
  });

  it("is deterministic and keeps weights small under a strong L2 penalty", () => {
    expect(fitChoices(examples, names)).toEqual(fitChoices(examples, names));
    const loose = fitChoices(examples, names, { l2: 0.001, iterations: 2000, step: 0.5 });
    const tight = fitChoices(examples, names, { l2: 1, iterations: 2000, step: 0.5 });
    expect(Math.abs(tight.weights["before-byline"]!)).toBeLessThan(Math.abs(loose.weights["before-byline"]!));
  });

  it("ignores features outside the named set", () => {
    const { weights } = fitChoices([{ candidates: [{ a: 1, stray: 1 }, {}], positives: [0] }], ["a"]);
    expect(Object.keys(weights)).toEqual(["a"]);
  });
});

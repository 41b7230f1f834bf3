import { describe, expect, it } from "vitest";
import { SHOT_WIDTHS, screenshotPlan } from "./plan";

describe("the screenshot plan", () => {
  const plan = screenshotPlan();

  it.each(["home", "article", "topic", "search"] as const)("photographs the %s page at 390 and 1280 px in the light scheme", (kind) => {
    expect(plan.filter((s) => s.kind === kind && s.scheme === "light").map((s) => s.width)).toEqual([...SHOT_WIDTHS]);
    expect(SHOT_WIDTHS).toEqual([390, 1280]);
  });

  it("photographs home and article in the dark scheme too, and nothing else", () => {
    expect(plan.filter((s) => s.scheme === "dark").map((s) => s.file)).toEqual([
      "home-390-dark.png",
      "home-1280-dark.png",
      "article-390-dark.png",
      "article-1280-dark.png",
    ]);
    expect(plan).toHaveLength(12);
  });

  it("gives every shot its own file, named by kind, width and scheme", () => {
    expect(new Set(plan.map((s) => s.file)).size).toBe(plan.length);
    for (const s of plan) expect(s.file).toBe(`${s.kind}-${s.width}-${s.scheme}.png`);
  });
});

import { describe, expect, it } from "vitest";
import { checkTargets, formatTargets, type BenchFigures } from "../../../src/tools/bench/targets";

const build = (seconds: number, peakProcessMiB = 500, peakTotalMiB = peakProcessMiB) => ({ seconds, peakProcessMiB, peakTotalMiB });

function verdicts(figures: BenchFigures): Record<string, boolean | null> {
  return Object.fromEntries(checkTargets(figures).map((c) => [c.target, c.met]));
}

const measured = (figures: BenchFigures, start: string): string | undefined =>
  checkTargets(figures).find((c) => c.target.startsWith(start))?.measured;

/** A full run with the "now" figures: every target judged. */
const FULL_RUN: BenchFigures = {
  builds: new Map([
    [10_000, build(42.9, 1188, 2200)],
    [100_000, build(359, 3300, 4500)],
  ]),
  references: new Map([[10_000, build(20, 690)]]),
  editRebuilds: new Map([[100_000, build(86)]]),
  devEdits: new Map([
    [10_000, [0.49, 0.54, 0.89]],
    [100_000, [5.8, 6.1]],
  ]),
  extractorPerSecond: 2264,
  savedPagesPerSecond: 26.4,
};

describe("checkTargets", () => {
  it("gives a verdict for every target of the issue's table a full run measured", () => {
    expect(verdicts(FULL_RUN)).toEqual({
      "10,000 articles: full build no slower than plain Eleventy 3 on the same corpus": false,
      "10,000 articles: peak memory under 1 GB": false,
      "100,000 articles: full build under 3 minutes": false,
      "100,000 articles: peak memory under 4 GB": true,
      "100,000 articles: rebuild after a one-article edit under 5 s": false,
      "dev server: a one-article edit rewritten in under 1 s at 10,000": true,
      "dev server: a one-article edit rewritten in under 1 s at 100,000": false,
      "time grows linearly: 100,000 / 10,000 no more than 11": true,
      "extractor: at least 2,000 articles/s on one core": true,
      "saved pages: at least 20 pages/s on one core": true,
    });
    expect(measured(FULL_RUN, "time grows")).toBe("8.4");
  });

  it("reports both build times and their ratio against the plain Eleventy site", () => {
    expect(measured(FULL_RUN, "10,000 articles: full build")).toBe("42.9 s against 20.0 s, ratio 2.15");
  });

  it.each([
    // Equal to the plain Eleventy site is enough: the limit is a ratio of at most 1.0.
    { ours: 20, reference: 20, met: true },
    { ours: 19.9, reference: 20, met: true },
    { ours: 20.1, reference: 20, met: false },
  ])("judges $ours s against the plain site's $reference s as met: $met", ({ ours, reference, met }) => {
    const figures = { ...FULL_RUN, builds: new Map([[10_000, build(ours)]]), references: new Map([[10_000, build(reference)]]) };
    expect(checkTargets(figures)[0]?.met).toBe(met);
  });

  it("judges times, memory and the dev server strictly at their limits, memory in decimal gigabytes", () => {
    const figures: BenchFigures = {
      // 1 GB is 953.7 MiB: 960 MiB is over it; 4 GB is 3,814.7 MiB; 165 s is 11 times 15 s.
      builds: new Map([
        [10_000, build(15, 960)],
        [100_000, build(165, 3814)],
      ]),
      references: new Map([[10_000, build(30)]]),
      editRebuilds: new Map([[100_000, build(5)]]),
      devEdits: new Map([
        [10_000, [0.3, 0.4, 1]],
        [100_000, [0.5, 0.99]],
      ]),
      extractorPerSecond: 1999,
      savedPagesPerSecond: 19.9,
    };
    expect(verdicts(figures)).toEqual({
      "10,000 articles: full build no slower than plain Eleventy 3 on the same corpus": true,
      "10,000 articles: peak memory under 1 GB": false,
      "100,000 articles: full build under 3 minutes": true,
      "100,000 articles: peak memory under 4 GB": true,
      "100,000 articles: rebuild after a one-article edit under 5 s": false,
      "dev server: a one-article edit rewritten in under 1 s at 10,000": false,
      "dev server: a one-article edit rewritten in under 1 s at 100,000": true,
      "time grows linearly: 100,000 / 10,000 no more than 11": true,
      "extractor: at least 2,000 articles/s on one core": false,
      "saved pages: at least 20 pages/s on one core": false,
    });
    expect(measured(figures, "dev server: a one-article edit rewritten in under 1 s at 100,000")).toBe("slowest of 2 edits 0.99 s");
  });

  it("judges memory on the build process and shows the sum over processes beside it", () => {
    expect(checkTargets({ ...FULL_RUN, builds: new Map([[10_000, build(10, 900, 2500)]]) })[1]).toEqual({
      target: "10,000 articles: peak memory under 1 GB",
      measured: "900 MiB, limit 954 MiB (all processes 2500 MiB)",
      met: true,
    });
  });

  it("leaves the ratio unjudged when the plain Eleventy site was not built at 10,000", () => {
    expect(checkTargets({ ...FULL_RUN, references: new Map([[1_000, build(3)]]) })[0]).toEqual({
      target: "10,000 articles: full build no slower than plain Eleventy 3 on the same corpus",
      measured: "42.9 s; the plain Eleventy site not run at 10,000",
      met: null,
    });
  });

  it("says what a shorter run did not measure instead of judging it", () => {
    const figures: BenchFigures = {
      builds: new Map([[1_000, build(6.6, 372)]]),
      references: new Map([[1_000, build(3.1)]]),
      editRebuilds: new Map([[1_000, build(4)]]),
      devEdits: new Map([[1_000, [0.2]]]),
      extractorPerSecond: 2100,
      savedPagesPerSecond: 20,
    };
    const checks = checkTargets(figures);
    expect(checks.filter((c) => c.met === null).map((c) => c.measured)).toEqual([
      "size not run",
      "size not run",
      "size not run",
      "size not run",
      "size not run",
      "dev server not run at 10,000",
      "dev server not run at 100,000",
      "needs both sizes",
    ]);
    expect(formatTargets(checks)).toContain("  met      extractor: at least 2,000 articles/s on one core: 2100 articles/s");
    expect(formatTargets(checks)).toContain("  met      saved pages: at least 20 pages/s on one core: 20.0 pages/s");
    expect(formatTargets(checks)[0]).toBe(
      "  not run  10,000 articles: full build no slower than plain Eleventy 3 on the same corpus: size not run",
    );
  });
});

describe("formatTargets", () => {
  it("labels each line met, NOT MET or not run", () => {
    expect(
      formatTargets([
        { target: "a", measured: "1 s", met: true },
        { target: "b", measured: "2 s", met: false },
        { target: "c", measured: "size not run", met: null },
      ]),
    ).toEqual(["  met      a: 1 s", "  NOT MET  b: 2 s", "  not run  c: size not run"]);
  });
});

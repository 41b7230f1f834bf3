/**
 * The performance targets the benchmark is judged by, checked against its figures, so each run
 * says which hold instead of leaving the reader to compare. Limits are strict: a time must be
 * under its limit, memory under its limit in decimal units (1 GB = 10^9 bytes, about 954 MiB).
 * Memory is judged on the largest single process (the build with its worker threads); the
 * verdict also shows the sum over the build's processes (with Pagefind's indexers) beside it.
 */

/** One build of the benchmark. */
export interface BuildFigures {
  readonly seconds: number;
  readonly peakProcessMiB: number;
  readonly peakTotalMiB: number;
}

/** What one benchmark run measured; sizes it did not run are absent. */
export interface BenchFigures {
  /** Full builds from scratch, by number of articles. */
  readonly builds: ReadonlyMap<number, BuildFigures>;
  /** Seconds from each one-article save to its rebuild under the dev server, by number of articles. */
  readonly devEdits: ReadonlyMap<number, readonly number[]>;
  /** The extractor alone, articles per second on one core (the median of its passes). */
  readonly extractorPerSecond: number;
  /** Saved pages read alone (metadata, Readability body, extractor), pages per second on one core. */
  readonly savedPagesPerSecond: number;
}

export interface TargetCheck {
  readonly target: string;
  /** What was measured, or why nothing was. */
  readonly measured: string;
  /** null when the run did not measure it. */
  readonly met: boolean | null;
}

const MIB = 2 ** 20;
const GB = 1e9;

/**
 * Each target with its verdict, in a fixed order.
 * @example checkTargets({ builds: new Map([[10000, { seconds: 12, peakProcessMiB: 800, peakTotalMiB: 2000 }]]), devEdits: new Map(), extractorPerSecond: 2500, savedPagesPerSecond: 30 })[0]
 * //=> { target: "10,000 articles: full build under 15 s", measured: "12.0 s", met: true }
 */
export function checkTargets(figures: BenchFigures): TargetCheck[] {
  const small = figures.builds.get(10_000);
  const large = figures.builds.get(100_000);
  const edits = figures.devEdits.get(10_000);
  const slowest = edits === undefined || edits.length === 0 ? undefined : Math.max(...edits);
  return [
    time("10,000 articles: full build under 15 s", small, 15),
    memory("10,000 articles: peak memory under 1 GB", small, 1),
    time("100,000 articles: full build under 3 minutes", large, 180),
    memory("100,000 articles: peak memory under 4 GB", large, 4),
    small === undefined || large === undefined
      ? unmeasured("time grows linearly: 100,000 / 10,000 no more than 11", "needs both sizes")
      : check(
          "time grows linearly: 100,000 / 10,000 no more than 11",
          `${(large.seconds / small.seconds).toFixed(1)}`,
          large.seconds / small.seconds <= 11,
        ),
    check(
      "extractor: at least 2,000 articles/s on one core",
      `${figures.extractorPerSecond.toFixed(0)} articles/s`,
      figures.extractorPerSecond >= 2000,
    ),
    check(
      "saved pages: at least 20 pages/s on one core",
      `${figures.savedPagesPerSecond.toFixed(1)} pages/s`,
      figures.savedPagesPerSecond >= 20,
    ),
    slowest === undefined
      ? unmeasured("dev server: a one-article edit rewritten within 1 s at 10,000", "dev server not run at 10,000")
      : check(
          "dev server: a one-article edit rewritten within 1 s at 10,000",
          `slowest of ${edits?.length} edits ${slowest.toFixed(2)} s`,
          slowest <= 1,
        ),
  ];
}

/** The verdicts as lines for the benchmark's output. */
export function formatTargets(checks: readonly TargetCheck[]): string[] {
  const label = (met: boolean | null): string => (met === null ? "not run" : met ? "met" : "NOT MET");
  return checks.map((c) => `  ${label(c.met).padEnd(8)} ${c.target}: ${c.measured}`);
}

function time(target: string, build: BuildFigures | undefined, limitSeconds: number): TargetCheck {
  if (build === undefined) return unmeasured(target, "size not run");
  return check(target, `${build.seconds.toFixed(1)} s`, build.seconds < limitSeconds);
}

function memory(target: string, build: BuildFigures | undefined, limitGB: number): TargetCheck {
  if (build === undefined) return unmeasured(target, "size not run");
  const limitMiB = (limitGB * GB) / MIB;
  const measured = `${build.peakProcessMiB.toFixed(0)} MiB, limit ${limitMiB.toFixed(0)} MiB (all processes ${build.peakTotalMiB.toFixed(0)} MiB)`;
  return check(target, measured, build.peakProcessMiB < limitMiB);
}

function check(target: string, measured: string, met: boolean): TargetCheck {
  return { target, measured, met };
}

function unmeasured(target: string, why: string): TargetCheck {
  return { target, measured: why, met: null };
}

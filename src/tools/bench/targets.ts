/**
 * The performance targets the benchmark is judged by (issue 27's table), checked against its
 * figures, so each run says which hold instead of leaving the reader to compare. Limits are
 * strict: a time must be under its limit, memory under its limit in decimal units (1 GB = 10^9
 * bytes, about 954 MiB); only the ratio against the plain Eleventy site may equal its limit.
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
  /** The plain Eleventy 3 site built from scratch on the same corpus in the same run, by number of articles. */
  readonly references: ReadonlyMap<number, BuildFigures>;
  /** Builds into the same folder after one article was edited, by number of articles. */
  readonly editRebuilds: ReadonlyMap<number, BuildFigures>;
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
const SMALL = 10_000;
const LARGE = 100_000;

/**
 * Each target with its verdict, in a fixed order.
 * @param figures what the benchmark run measured
 * @returns one check per target; `met: null` for those the run did not measure
 * @example checkTargets({ builds: new Map([[10000, { seconds: 18, peakProcessMiB: 800, peakTotalMiB: 2000 }]]), references: new Map([[10000, { seconds: 20, peakProcessMiB: 700, peakTotalMiB: 700 }]]), editRebuilds: new Map(), devEdits: new Map(), extractorPerSecond: 2500, savedPagesPerSecond: 30 })[0]
 * //=> { target: "10,000 articles: full build no slower than plain Eleventy 3 on the same corpus", measured: "18.0 s against 20.0 s, ratio 0.90", met: true }
 */
export function checkTargets(figures: BenchFigures): TargetCheck[] {
  const small = figures.builds.get(SMALL);
  const large = figures.builds.get(LARGE);
  return [
    againstReference(small, figures.references.get(SMALL)),
    memory("10,000 articles: peak memory under 1 GB", small, 1),
    time("100,000 articles: full build under 3 minutes", large, 180),
    memory("100,000 articles: peak memory under 4 GB", large, 4),
    time("100,000 articles: rebuild after a one-article edit under 5 s", figures.editRebuilds.get(LARGE), 5),
    devServer(figures.devEdits, SMALL),
    devServer(figures.devEdits, LARGE),
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
  ];
}

/**
 * The verdicts as lines for the benchmark's output.
 * @param checks the checks of {@link checkTargets}
 * @returns one indented line per check: verdict, target, what was measured
 * @example formatTargets([{ target: "t", measured: "1 s", met: false }]) //=> ["  NOT MET  t: 1 s"]
 */
export function formatTargets(checks: readonly TargetCheck[]): string[] {
  const label = (met: boolean | null): string => (met === null ? "not run" : met ? "met" : "NOT MET");
  return checks.map((c) => `  ${label(c.met).padEnd(8)} ${c.target}: ${c.measured}`);
}

function againstReference(ours: BuildFigures | undefined, reference: BuildFigures | undefined): TargetCheck {
  const target = "10,000 articles: full build no slower than plain Eleventy 3 on the same corpus";
  if (ours === undefined) return unmeasured(target, "size not run");
  if (reference === undefined) return unmeasured(target, `${ours.seconds.toFixed(1)} s; the plain Eleventy site not run at 10,000`);
  const ratio = ours.seconds / reference.seconds;
  return check(target, `${ours.seconds.toFixed(1)} s against ${reference.seconds.toFixed(1)} s, ratio ${ratio.toFixed(2)}`, ratio <= 1);
}

function devServer(devEdits: ReadonlyMap<number, readonly number[]>, size: number): TargetCheck {
  const label = size.toLocaleString("en-US");
  const target = `dev server: a one-article edit rewritten in under 1 s at ${label}`;
  const edits = devEdits.get(size);
  if (edits === undefined || edits.length === 0) return unmeasured(target, `dev server not run at ${label}`);
  const slowest = Math.max(...edits);
  return check(target, `slowest of ${edits.length} edits ${slowest.toFixed(2)} s`, slowest < 1);
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

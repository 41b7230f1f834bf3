import { describe, expect, it } from "vitest";
import { PATHOLOGICAL_SHAPES, type PathologicalShape } from "../../src/tools/bench/pathological";
import { MAX_LISTED_PER_ID } from "../../src/diagnostics/repeats";
import { parseArticleText } from "../../src/ingest/parse-article";
import { resolveSettings } from "../../src/config/settings";

/**
 * The work of parsing one file grows no faster than the file, for every hostile shape in
 * `src/tools/bench/pathological.ts`: the parse the build runs on each file (`parseArticleText`) is
 * timed on a small body and on one GROWTH times larger, and the work per character at the
 * larger size must stay under MAX_PER_CHARACTER_GROWTH times that at the smaller. Linear work
 * gives about 1 (less as fixed costs weigh less on the large file, up to about 2 where the
 * garbage collector keeps more alive), and quadratic work gives GROWTH (16). Work that grows as
 * n^1.5 (backtick runs of growing lengths) would give 4 at most, too close to the margin to be
 * told apart here: the limits that stop it have their own tests (`markdown-limits.test.ts`).
 *
 * This is a growth ratio, not a time budget: both sizes run in the same process moments apart,
 * each timed in CPU time (which a loaded machine stretches far less than wall time), the small
 * one repeated GROWTH times so both measurements cover the same number of characters, the
 * better of two runs kept, after a warm-up. The small size starts at MIN_SMALL and doubles
 * while one parse of it is too quick to time well, so cheap shapes are measured at sizes
 * where a super-linear term would show, and costly ones stay quick to test.
 */
const MIN_SMALL = 250;
const MAX_SMALL = 8_000;
/** CPU time one parse of the small body should take at least, to be timed reliably. */
const MIN_SMALL_MS = 1;
const GROWTH = 16;
const MAX_PER_CHARACTER_GROWTH = 4;
const RUNS = 2;

const ctx = { topics: [], settings: resolveSettings(), now: new Date("2027-01-01T00:00:00Z") };

function parse(shape: PathologicalShape, text: string): ReturnType<typeof parseArticleText> {
  return parseArticleText(`content/articles/shape.${shape.format}`, text, ctx);
}

/** Least CPU time (ms) of RUNS runs of `times` parses of `text`. */
function cpuMs(shape: PathologicalShape, text: string, times: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < RUNS; run++) {
    const started = process.cpuUsage();
    for (let i = 0; i < times; i++) parse(shape, text);
    const used = process.cpuUsage(started);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

/** The smallest body size from MIN_SMALL up whose parse takes MIN_SMALL_MS (at most MAX_SMALL). */
function smallSize(shape: PathologicalShape): number {
  let size = MIN_SMALL;
  parse(shape, shape.make(size));
  while (size < MAX_SMALL && cpuMs(shape, shape.make(size), 1) < MIN_SMALL_MS) size *= 2;
  return size;
}

describe("the parse of one file", () => {
  it.each(PATHOLOGICAL_SHAPES.map((s) => [s.name, s] as const))(
    "does no more work per character on a %s body 16 times larger, and names the file",
    (_name, shape) => {
      const size = smallSize(shape);
      const small = shape.make(size);
      const large = shape.make(size * GROWTH);
      expect(large.length / small.length).toBeGreaterThan(GROWTH / 2);
      const result = parse(shape, large);
      const perCharacterSmall = cpuMs(shape, small, GROWTH) / (GROWTH * small.length);
      const perCharacterLarge = cpuMs(shape, large, 1) / large.length;
      expect(perCharacterLarge / perCharacterSmall).toBeLessThan(MAX_PER_CHARACTER_GROWTH);

      // A record, or an error; every diagnostic names the file, and none is listed more than
      // a handful of times however often its problem repeats.
      expect(result.record !== null || result.diagnostics.some((d) => d.severity === "error")).toBe(true);
      const perId = new Map<string, number>();
      for (const d of result.diagnostics) {
        expect(d.file).toBe(`content/articles/shape.${shape.format}`);
        perId.set(d.id, (perId.get(d.id) ?? 0) + 1);
      }
      for (const n of perId.values()) expect(n).toBeLessThanOrEqual(MAX_LISTED_PER_ID + 1);
    },
  );
});

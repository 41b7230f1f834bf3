import { describe, expect, it } from "vitest";
import { archivalSnapshot, MAX_SNAPSHOT_DEPTH } from "../../src/snapshot/archival-snapshot";

/**
 * The work of a snapshot grows no faster than the page, for each hostile shape below: the
 * snapshot of a small page and of one GROWTH times larger are timed, and the work per character
 * at the larger size must stay under MAX_PER_CHARACTER_GROWTH times that at the smaller. Linear
 * work gives about 1, quadratic work gives GROWTH (16).
 *
 * A growth ratio, not a time budget (the method of `tests/ingest/parse-complexity.test.ts`):
 * both sizes run in the same process moments apart, in CPU time, the small one repeated GROWTH
 * times so both cover as many characters, the better of RUNS runs kept, after a warm-up.
 */
const SMALL = 4_000;
const GROWTH = 16;
const MAX_PER_CHARACTER_GROWTH = 4;
const RUNS = 2;

const deep = "<div>".repeat(MAX_SNAPSHOT_DEPTH - 10);

/** [shape, a page of about `n` characters]. */
const SHAPES: readonly (readonly [string, (n: number) => string])[] = [
  // The parser's list of open elements is longest here: every tag pays for the depth.
  ["elements at the depth limit", (n) => deep + "<span>x</span>".repeat(n / 14)],
  ["stray closing tags at the depth limit", (n) => deep + "</b>".repeat(n / 4)],
  ["nesting that never ends", (n) => "<div>".repeat(n / 5)],
  ["unclosed CSS comments", (n) => `<style>${"/*a".repeat(n / 3)}</style>`],
  ["CSS blocks nested without end", (n) => `<style>${"a{".repeat(n / 2)}</style>`],
  ["CSS escapes in a style attribute", (n) => `<p style="${"\\75 ".repeat(n / 4)}">x</p>`],
  ["unclosed local urls in an SVG attribute", (n) => `<svg><rect fill="${"url(#a ".repeat(n / 7)}"/></svg>`],
  ["relative links", (n) => '<a href="../x/y?z#w">a</a>'.repeat(n / 27)],
  ["entities in a link", (n) => `<a href="${"&#106;".repeat(n / 6)}">a</a>`],
  ["remote images", (n) => '<img src="https://img.example/a.png" srcset="b.png 2x">'.repeat(n / 52)],
  ["unclosed attribute quotes", (n) => `<p title="${"a<b ".repeat(n / 4)}`],
];

const snapshot = (page: string): void => {
  archivalSnapshot(page, { pageUrl: "https://news.example/a/b.html" });
};

/** Least CPU time (ms) of RUNS runs of `times` snapshots of `page`. */
function cpuMs(page: string, times: number): number {
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < RUNS; run++) {
    const started = process.cpuUsage();
    for (let i = 0; i < times; i++) snapshot(page);
    const used = process.cpuUsage(started);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

describe("the work of a snapshot", () => {
  it.each(SHAPES)("grows no faster than the page for %s", (_name, make) => {
    const small = make(SMALL * 4);
    const large = make(SMALL * 4 * GROWTH);
    expect(large.length / small.length).toBeGreaterThan(GROWTH / 2);
    snapshot(small);
    const perCharacterSmall = cpuMs(small, GROWTH) / (GROWTH * small.length);
    const perCharacterLarge = cpuMs(large, 1) / large.length;
    expect(perCharacterLarge / perCharacterSmall).toBeLessThan(MAX_PER_CHARACTER_GROWTH);
  });
});

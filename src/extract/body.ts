import type { Line } from "./lines";
import { RELATIVE_DATE } from "./vocabulary";

/** The run of lines that holds the article text. */
export interface BodyRegion {
  /** 0-based index of the first body line. */
  readonly start: number;
  /** 0-based index of the last body line (inclusive). */
  readonly end: number;
  /** Sum of line values: how much prose the run holds. */
  readonly score: number;
}

// Line values for the densest-prose search. Prose pulls the run in; chrome and short
// navigation lines push it out, but a few short lines (subheads, captions) are bridged.
const CHROME_VALUE = -4;
const COMMENTS_VALUE = -12;
/** Prose score (about four paragraphs) after which a comment header ends the search. */
const ARTICLE_BEFORE_COMMENTS = 10;
const MAX_TIMESTAMP_WORDS = 8;
const BULLET_VALUE = -1;
const SHORT_VALUE = -0.6;
const SENTENCE_VALUE = 0.5;
const PROSE_MIN_WORDS = 10;
const PROSE_LONG_CHARS = 120;
const SENTENCE_MIN_WORDS = 6;
const PROSE_CHARS_PER_POINT = 100;
const PROSE_MAX_CHARS = 600;
const GAP_GROWTH = 0.1;
const REPEATED_LINE_COUNT = 3;
const REPEATED_VALUE = -1;

/** Whether a line reads as article prose: a long line, or a sentence of ten words or more. */
export function isProse(line: Line): boolean {
  return !line.chrome && line.words >= PROSE_MIN_WORDS && (line.terminal || line.text.length >= PROSE_LONG_CHARS);
}

/** How strongly a line says "article text here" (positive) or "page chrome here" (negative). */
export function lineValue(line: Line): number {
  // Comment threads follow the article: their header is a wall the run does not cross.
  if (line.chrome === "chrome:comments") return COMMENTS_VALUE;
  if (line.chrome) return CHROME_VALUE;
  if (line.words <= MAX_TIMESTAMP_WORDS && RELATIVE_DATE.test(line.text) && !line.terminal) return CHROME_VALUE;
  if (isProse(line)) return 1 + Math.min(line.text.length, PROSE_MAX_CHARS) / PROSE_CHARS_PER_POINT;
  if (line.words >= SENTENCE_MIN_WORDS && line.terminal) return SENTENCE_VALUE;
  if (line.bullet) return BULLET_VALUE;
  return SHORT_VALUE;
}

/**
 * Find the densest run of prose (maximum-sum run of line values, blank lines neutral),
 * starting at a full prose line. Lines in `skip` (already claimed, e.g. highlights) are
 * treated as chrome so the run does not swallow them.
 * @returns the region, or null when the text holds no prose at all.
 */
export function findBody(lines: readonly Line[], skip: ReadonlySet<number>): BodyRegion | null {
  let best: BodyRegion | null = null;
  let runStart = -1;
  let sum = 0;
  let gap = 0;
  const seen = countRepeats(lines);
  for (const line of lines) {
    if (line.blank) continue;
    // Below a comment-thread header that follows a real article, nothing is article text.
    if (line.chrome === "chrome:comments" && best !== null && best.score >= ARTICLE_BEFORE_COMMENTS) break;
    let v = skip.has(line.index) ? CHROME_VALUE : lineValue(line);
    // A line the page prints again and again (share text, teasers) is not article text.
    if ((seen.get(line.text) ?? 0) >= REPEATED_LINE_COUNT) v = Math.min(v, REPEATED_VALUE);
    // Each further non-prose line in a row costs more: a subhead is bridged, a comment
    // thread's avatars, names and timestamps are not.
    if (v <= 0) {
      v *= 1 + GAP_GROWTH * gap;
      gap++;
    } else gap = 0;
    if (runStart < 0 || sum <= 0) {
      if (v <= 0 || !isProse(line)) {
        runStart = -1;
        sum = 0;
        continue;
      }
      runStart = line.index;
      sum = 0;
    }
    sum += v;
    if (!best || sum > best.score) best = { start: runStart, end: line.index, score: sum };
  }
  return best;
}

function countRepeats(lines: readonly Line[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const l of lines) if (!l.blank) counts.set(l.text, (counts.get(l.text) ?? 0) + 1);
  return counts;
}

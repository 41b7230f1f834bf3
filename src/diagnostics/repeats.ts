import type { Diagnostic } from "../types";

/**
 * Most diagnostics of one id listed for one file. A problem that repeats per character or per
 * line (a million control characters, a raw HTML tag on every line) would otherwise print a
 * million lines: the first few show where and what, and one more says how many follow.
 */
export const MAX_LISTED_PER_ID = 20;

/**
 * The diagnostic that stands for `count` further occurrences not listed one by one: the first
 * of them (its position and id), with a message saying how many there are.
 * @param first the first occurrence left out
 * @param count how many were left out, `first` included
 * @example moreLikeThis(d, 999_980).message //=> "999,980 more like this from here on, not listed one by one; the first: …"
 */
export function moreLikeThis(first: Diagnostic, count: number): Diagnostic {
  return {
    ...first,
    message: `${count.toLocaleString("en-US")} more like this from here on, not listed one by one; the first: ${first.message}`,
  };
}

/**
 * One file's diagnostics with each id listed at most `max` times, the first in file order:
 * the rest of an id are replaced by one {@link moreLikeThis} diagnostic at the first of them.
 * @param diagnostics one file's diagnostics, in any order
 * @returns the diagnostics kept, in their given order
 * @example capRepeats(tenThousandControlCharacters).length //=> 21
 */
export function capRepeats(diagnostics: readonly Diagnostic[], max = MAX_LISTED_PER_ID): Diagnostic[] {
  const total = new Map<string, number>();
  for (const d of diagnostics) total.set(d.id, (total.get(d.id) ?? 0) + 1);
  if ([...total.values()].every((n) => n <= max)) return [...diagnostics];
  // Rank each diagnostic among those of its id by file position; ties keep their order.
  const byPosition = diagnostics.map((_, i) => i).sort((a, b) => compareSpots(diagnostics[a]!, diagnostics[b]!) || a - b);
  const rank = new Array<number>(diagnostics.length);
  const seen = new Map<string, number>();
  for (const i of byPosition) {
    const id = diagnostics[i]!.id;
    const n = seen.get(id) ?? 0;
    rank[i] = n;
    seen.set(id, n + 1);
  }
  const kept: Diagnostic[] = [];
  diagnostics.forEach((d, i) => {
    if (rank[i]! < max) kept.push(d);
    else if (rank[i] === max) kept.push(moreLikeThis(d, total.get(d.id)! - max));
  });
  return kept;
}

function compareSpots(a: Diagnostic, b: Diagnostic): number {
  return (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}

import { distance } from "fastest-levenshtein";

/**
 * The candidate closest to a misspelt word, or null when nothing is close enough to be a
 * plausible typo (suggesting an unrelated word is worse than suggesting nothing).
 * Comparison is case-insensitive; ties keep the earlier candidate so output is stable.
 * @example nearest("tittle", ["title", "date"]) //=> "title"
 */
export function nearest(word: string, candidates: readonly string[]): string | null {
  const needle = word.toLowerCase();
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(needle, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  // Allow roughly one edit per three characters, and always at least two.
  const budget = Math.max(2, Math.floor(needle.length / 3));
  return bestDistance <= budget ? best : null;
}

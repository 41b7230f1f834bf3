/** Words per minute assumed for a reader of news prose (a common middle estimate). */
export const WORDS_PER_MINUTE = 220;

// Scripts written without spaces between words (Chinese, Japanese) count per character, at
// roughly two characters to a word, so their reading time is not a single "word" per line.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const ANY_UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/**
 * Count the words of some paragraphs.
 * @example countWords(["Two words.", "And three more"]) //=> 5
 */
export function countWords(paragraphs: readonly string[]): number {
  let words = 0;
  for (const p of paragraphs) {
    // Counted without collecting the matches, and without a copy of the paragraph when it has
    // no unspaced script (most): every body is counted on every build of the site data
    // (measurements: docs/performance.md, 'Reading-time word count').
    if (!ANY_UNSPACED.test(p)) {
      words += countMatches(WORD, p);
      continue;
    }
    words += countMatches(WORD, p.replace(UNSPACED, " ")) + Math.ceil(countMatches(UNSPACED, p) / 2);
  }
  return words;
}

/** How many times a global pattern that never matches an empty string matches `text`. */
function countMatches(pattern: RegExp, text: string): number {
  let count = 0;
  pattern.lastIndex = 0;
  while (pattern.test(text)) count++;
  return count;
}

/**
 * Whole minutes to read the body, at least 1 when there is any text, 0 when there is none.
 * @example readingMinutes(["word ".repeat(440)]) //=> 2
 */
export function readingMinutes(paragraphs: readonly string[]): number {
  const words = countWords(paragraphs);
  return words === 0 ? 0 : Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

/**
 * "3 min read", or null when the body is empty.
 * @example readingTimeLabel(["word ".repeat(660)]) //=> "3 min read"
 */
export function readingTimeLabel(paragraphs: readonly string[]): string | null {
  const minutes = readingMinutes(paragraphs);
  return minutes === 0 ? null : `${minutes} min read`;
}

import { memoByObject } from "./memo";

/** Words per minute assumed for a reader of news prose (a common middle estimate). */
export const WORDS_PER_MINUTE = 220;

// Scripts written without spaces between words (Chinese, Japanese) count per character, at
// roughly two characters to a word, so their reading time is not a single "word" per line.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/**
 * Count the words of some paragraphs.
 * @example countWords(["Two words.", "And three more"]) //=> 5
 */
export function countWords(paragraphs: readonly string[]): number {
  let words = 0;
  for (const p of paragraphs) {
    const unspaced = p.match(UNSPACED)?.length ?? 0;
    words += (p.replace(UNSPACED, " ").match(WORD)?.length ?? 0) + Math.ceil(unspaced / 2);
  }
  return words;
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
export const readingTimeLabel: (paragraphs: readonly string[]) => string | null = memoByObject((paragraphs: readonly string[]) => {
  const minutes = readingMinutes(paragraphs);
  return minutes === 0 ? null : `${minutes} min read`;
});

/**
 * Invisible formatting characters that make a headline read differently from what it says:
 * direction overrides and isolates (U+202A–U+202E, U+2066–U+2069) can reverse the text after
 * them wherever the headline is printed inline (link lists, `<title>`, feeds), and zero-width
 * spaces (U+200B, U+2060, U+FEFF) hide inside words. Zero-width joiners and non-joiners
 * (U+200C, U+200D) are kept: emoji sequences and Persian or Indic spelling need them.
 */
const INVISIBLE = /[\u200b\u2060\ufeff\u202a-\u202e\u2066-\u2069]/g;

/**
 * Remove invisible formatting characters from one line of display text.
 * @returns the cleaned text and the code points removed (as `U+XXXX`, in order of appearance)
 * @example stripInvisible("Zero\u200Bwidth") //=> { text: "Zerowidth", removed: ["U+200B"] }
 */
export function stripInvisible(text: string): { text: string; removed: string[] } {
  const removed: string[] = [];
  const cleaned = text.replace(INVISIBLE, (ch) => {
    removed.push(`U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`);
    return "";
  });
  return { text: cleaned, removed };
}

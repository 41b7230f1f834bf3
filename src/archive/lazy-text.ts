import type { OriginalText } from "./site-data";

/**
 * A text file whose `text` is computed on each read and not kept, for texts too large to hold
 * for the whole build (the JSON export, the original texts). `text` is not enumerable: only
 * `url` and `source` (what the text is made from) are compared and copied, so the dev server's
 * page comparison sees the file change exactly when its source does.
 * @param weight for a large file, how many pages' worth of memory it takes to render.
 * @example lazyText("/a.txt", { sha256 }, () => read()).text // read() on each access
 */
export function lazyText(url: string, source: object, text: () => string, weight?: number): OriginalText {
  const file = weight === undefined ? { url, source } : { url, source, weight };
  Object.defineProperty(file, "text", { get: text, enumerable: false });
  return file as typeof file & OriginalText;
}

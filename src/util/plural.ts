/**
 * A count with its noun, in the plural unless the count is one.
 * @example plural(3, "file") //=> "3 files"
 */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

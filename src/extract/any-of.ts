/**
 * One pattern that matches a text exactly when at least one of `patterns` does, so that a
 * text matching none of them (most lines, for most vocabularies) costs one pass, not one per
 * pattern. Patterns are grouped by their flags; a group is left out (null) when a pattern
 * refers back to a group by number, since the numbers change in the union.
 * @returns a test of the union, or null when one pattern cannot be combined
 * @example anyOf([/^by\b/i, /\bpaypal\b/i])?.("Donate via PayPal") //=> true
 */
export function anyOf(patterns: readonly RegExp[]): ((text: string) => boolean) | null {
  if (patterns.some((re) => /\\[1-9]/.test(re.source) || re.global || re.sticky)) return null;
  const byFlags = new Map<string, string[]>();
  for (const re of patterns) byFlags.set(re.flags, [...(byFlags.get(re.flags) ?? []), `(?:${re.source})`]);
  const unions = [...byFlags].map(([flags, sources]) => new RegExp(sources.join("|"), flags));
  return (text) => unions.some((re) => re.test(text));
}

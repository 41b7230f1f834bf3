/**
 * Code-unit order of two strings: the same on every machine, locale and ICU version, so
 * listings, reports and pages come out in the same order everywhere (never `localeCompare`).
 * @example ["b", "B", "a"].sort(byCodeUnits) //=> ["B", "a", "b"]
 */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

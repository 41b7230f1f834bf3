/**
 * Memoise a pure function of one string. Headline, byline and date rules look at the same
 * few lines around each candidate many times; the cache is bounded and simply emptied when
 * full, so memory stays flat over any number of articles and results never change.
 */
export function memoByText<T>(fn: (text: string) => T, maxEntries = 4096): (text: string) => T {
  const cache = new Map<string, T>();
  return (text: string) => {
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit as T;
    if (cache.size >= maxEntries) cache.clear();
    const value = fn(text);
    cache.set(text, value);
    return value;
  };
}

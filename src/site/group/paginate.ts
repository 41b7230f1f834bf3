/** One page of a paginated list. */
export interface Page<T> {
  /** 1-based. */
  readonly number: number;
  readonly total: number;
  readonly items: readonly T[];
}

/**
 * Split a list into pages of `size`. An empty list still has one (empty) page, so every
 * index URL exists.
 * @throws TypeError when `size` is not a positive integer.
 * @example paginate([1, 2, 3], 2).map((p) => p.items) //=> [[1, 2], [3]]
 */
export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  if (!Number.isInteger(size) || size < 1) throw new TypeError(`Invalid page size \`${size}\``);
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, i) => ({
    number: i + 1,
    total,
    items: items.slice(i * size, (i + 1) * size),
  }));
}

import { byCodeUnits } from "../../util/compare";
import type { NamePage } from "../name-slugs";

/** The articles of one source or author. */
export interface NameGroup<T> {
  readonly page: NamePage;
  readonly list: T[];
}

/**
 * The articles under each name's page, in input order, an article once however many of its
 * spellings of the name it has; pages ordered by their shown spelling, in code-unit order unless
 * `order` says otherwise.
 * @param names the names an article is filed under (its source, or its authors).
 * @param pages the page of every name (see `nameSlugs`).
 * @param order compares two shown spellings; must be total (authors: by family name).
 * @example groupByName(records, (r) => (r.source === null ? [] : [r.source]), sourcePages)[0]?.page.display
 */
export function groupByName<T>(
  records: readonly T[],
  names: (r: T) => readonly string[],
  pages: ReadonlyMap<string, NamePage>,
  order: (a: string, b: string) => number = byCodeUnits,
): NameGroup<T>[] {
  const groups = new Map<NamePage, T[]>();
  for (const r of records) {
    for (const page of new Set(names(r).map((name) => pages.get(name) as NamePage))) {
      const list = groups.get(page) ?? [];
      list.push(r);
      groups.set(page, list);
    }
  }
  // Two pages never show the same spelling (one spelling is one name), so the order is total.
  return [...groups].map(([page, list]) => ({ page, list })).sort((a, b) => order(a.page.display, b.page.display));
}

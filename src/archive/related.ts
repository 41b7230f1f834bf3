import type { CalendarDate } from "../types";

/** What ranking related articles needs from an article. */
export interface Relatable {
  readonly slug: string;
  readonly published: CalendarDate | null;
  readonly topics: readonly string[];
}

/** Most related articles listed under an article. */
export const MAX_RELATED = 5;

const DAY_MS = 86_400_000;

/**
 * Whole days since 1970-01-01 of a calendar string's date part, from its own digits (never
 * through the host time zone).
 * @example dayNumber("1970-01-02") //=> 1
 */
export function dayNumber(date: CalendarDate): number {
  return Math.round(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS);
}

/**
 * Related articles for every article, keyed by slug: articles sharing at least one topic,
 * most shared topics first, then closest in date (undated ones after dated ones), then slug.
 * Candidates are drawn from each topic's own list, so articles with no shared topic are never
 * compared.
 * @param limit how many to keep per article.
 * @example relatedArticles(records).get("a")?.map((r) => r.slug)
 */
export function relatedArticles<T extends Relatable>(items: readonly T[], limit = MAX_RELATED): Map<string, T[]> {
  const byTopic = new Map<string, T[]>();
  for (const item of items) {
    for (const topic of new Set(item.topics)) {
      const list = byTopic.get(topic) ?? [];
      list.push(item);
      byTopic.set(topic, list);
    }
  }
  const days = new Map(items.map((i) => [i.slug, i.published === null ? null : dayNumber(i.published)]));
  const result = new Map<string, T[]>();
  for (const item of items) {
    const shared = new Map<string, { other: T; count: number }>();
    for (const topic of new Set(item.topics)) {
      for (const other of byTopic.get(topic) ?? []) {
        if (other.slug === item.slug) continue;
        const entry = shared.get(other.slug) ?? { other, count: 0 };
        entry.count += 1;
        shared.set(other.slug, entry);
      }
    }
    const own = days.get(item.slug) ?? null;
    const distance = (other: T): number => {
      const theirs = days.get(other.slug) ?? null;
      return own === null || theirs === null ? Number.POSITIVE_INFINITY : Math.abs(own - theirs);
    };
    const ranked = [...shared.values()].sort(
      (a, b) =>
        b.count - a.count ||
        compareDistance(distance(a.other), distance(b.other)) ||
        (a.other.slug < b.other.slug ? -1 : a.other.slug > b.other.slug ? 1 : 0),
    );
    result.set(item.slug, ranked.slice(0, limit).map((e) => e.other));
  }
  return result;
}

function compareDistance(a: number, b: number): number {
  // Infinity − Infinity is NaN; two unknown distances are a tie.
  return a === b ? 0 : a < b ? -1 : 1;
}

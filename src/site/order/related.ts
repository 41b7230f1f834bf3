import type { CalendarDate } from "../../types";
import { byCodeUnits } from "../../util/compare";

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
 * Articles with more distinct topics than this make the topic-set index too large (it holds
 * every subset of every article's topics); the archive is then ranked by counting instead.
 */
const MAX_INDEXED_TOPICS = 8;

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
 *
 * Every set of topics that some article has (all subsets of its own topics) keeps its articles
 * grouped by day. An article sharing exactly k topics with A is in exactly one list of A's
 * k-topic subsets: the one for the topics they share. So A's related list is filled level by
 * level, from all of A's topics shared down to one, each level walked outwards from A's date
 * (nearest first, ties by slug), and the walk stops as soon as the list is full: each article
 * costs about its limit, not the size of its topics.
 * @param limit how many to keep per article.
 * @example relatedArticles(records).get("a")?.map((r) => r.slug)
 */
export function relatedArticles<T extends Relatable>(items: readonly T[], limit = MAX_RELATED): Map<string, T[]> {
  const topicSets = items.map((i) => [...new Set(i.topics)].sort());
  if (!Number.isInteger(limit) || limit < 1 || topicSets.some((t) => t.length > MAX_INDEXED_TOPICS)) {
    return relatedByCounting(items, limit);
  }
  const days = items.map((i) => (i.published === null ? null : dayNumber(i.published)));

  // Members of every topic subset, in input order.
  const members = new Map<string, number[]>();
  topicSets.forEach((topics, index) => {
    for (let mask = 1; mask < 1 << topics.length; mask++) {
      const key = subsetKey(topics, mask);
      const list = members.get(key);
      if (list) list.push(index);
      else members.set(key, [index]);
    }
  });
  const lists = new Map<string, DayIndex>();
  const dayIndex = (key: string): DayIndex | undefined => {
    let found = lists.get(key);
    if (!found) {
      const indices = members.get(key);
      if (!indices) return undefined;
      found = buildDayIndex(indices, items, days);
      lists.set(key, found);
    }
    return found;
  };

  const result = new Map<string, T[]>();
  items.forEach((item, index) => {
    const topics = at(topicSets, index);
    const own = at(days, index);
    const chosen: number[] = [];
    const taken = new Set<number>([index]);
    for (let level = topics.length; level >= 1 && chosen.length < limit; level--) {
      const cursors: Cursor[] = [];
      for (let mask = 1; mask < 1 << topics.length; mask++) {
        if (popCount(mask) !== level) continue;
        const list = dayIndex(subsetKey(topics, mask));
        if (list) cursors.push(new Cursor(list, own, items));
      }
      // Articles sharing more than `level` topics are in these lists too; they are all taken.
      while (chosen.length < limit) {
        let best: Cursor | null = null;
        for (const cursor of cursors) {
          if (cursor.head === null) continue;
          if (best === null || before(cursor, best, items)) best = cursor;
        }
        if (best === null) break;
        const next = best.head as number;
        best.advance();
        if (taken.has(next)) continue;
        taken.add(next);
        chosen.push(next);
      }
    }
    result.set(
      item.slug,
      chosen.map((i) => at(items, i)),
    );
  });
  return result;
}

/** One topic subset's articles: dated ones grouped by day (ascending), each group by slug. */
interface DayIndex {
  readonly dayValues: number[];
  readonly dayGroups: number[][];
  /** Undated articles by slug. */
  readonly undated: number[];
  /** Every article by slug (the order when the article itself is undated). */
  readonly bySlug: number[];
}

function buildDayIndex(indices: readonly number[], items: readonly Relatable[], days: readonly (number | null)[]): DayIndex {
  const bySlug = [...indices].sort((a, b) => byCodeUnits(at(items, a).slug, at(items, b).slug));
  const groups = new Map<number, number[]>();
  const undated: number[] = [];
  for (const i of bySlug) {
    const day = at(days, i);
    if (day === null) {
      undated.push(i);
      continue;
    }
    const group = groups.get(day);
    if (group) group.push(i);
    else groups.set(day, [i]);
  }
  const dayValues = [...groups.keys()].sort((a, b) => a - b);
  return { dayValues, dayGroups: dayValues.map((d) => groups.get(d) ?? []), undated, bySlug };
}

/** Walks one list nearest first from a day: by distance, then slug; undated articles last. */
class Cursor {
  head: number | null = null;
  distance = Number.POSITIVE_INFINITY;
  private block: number[] = [];
  private at = 0;
  private left: number;
  private right: number;
  private undatedDone = false;

  constructor(
    private readonly list: DayIndex,
    private readonly own: number | null,
    private readonly items: readonly Relatable[],
  ) {
    if (own === null) {
      // Every distance is unknown: one block of every article by slug.
      this.left = -1;
      this.right = list.dayValues.length;
      this.block = list.bySlug;
      this.undatedDone = true;
    } else {
      this.right = lowerBound(list.dayValues, own);
      this.left = this.right - 1;
    }
    this.fill();
  }

  advance(): void {
    this.at += 1;
    this.fill();
  }

  private fill(): void {
    while (this.at >= this.block.length) {
      if (!this.nextBlock()) {
        this.head = null;
        return;
      }
    }
    this.head = at(this.block, this.at);
  }

  private nextBlock(): boolean {
    const { dayValues, dayGroups } = this.list;
    this.at = 0;
    const own = this.own;
    if (own !== null && (this.left >= 0 || this.right < dayValues.length)) {
      const leftDistance = this.left >= 0 ? own - at(dayValues, this.left) : Number.POSITIVE_INFINITY;
      const rightDistance = this.right < dayValues.length ? at(dayValues, this.right) - own : Number.POSITIVE_INFINITY;
      this.distance = Math.min(leftDistance, rightDistance);
      if (leftDistance === rightDistance) {
        this.block = mergeBySlug(at(dayGroups, this.left), at(dayGroups, this.right), this.items);
        this.left -= 1;
        this.right += 1;
      } else if (leftDistance < rightDistance) {
        this.block = at(dayGroups, this.left);
        this.left -= 1;
      } else {
        this.block = at(dayGroups, this.right);
        this.right += 1;
      }
      return true;
    }
    if (this.undatedDone) return false;
    this.undatedDone = true;
    this.distance = Number.POSITIVE_INFINITY;
    this.block = this.list.undated;
    return true;
  }
}

function before(a: Cursor, b: Cursor, items: readonly Relatable[]): boolean {
  if (a.distance !== b.distance) return a.distance < b.distance;
  return byCodeUnits(at(items, a.head as number).slug, at(items, b.head as number).slug) < 0;
}

function mergeBySlug(a: readonly number[], b: readonly number[], items: readonly Relatable[]): number[] {
  const out: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = at(a, i);
    const y = at(b, j);
    if (byCodeUnits(at(items, x).slug, at(items, y).slug) <= 0) {
      out.push(x);
      i += 1;
    } else {
      out.push(y);
      j += 1;
    }
  }
  return out.concat(a.slice(i), b.slice(j));
}

/** First position whose value is not below `value`. */
function lowerBound(values: readonly number[], value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (at(values, mid) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function subsetKey(sortedTopics: readonly string[], mask: number): string {
  const parts: string[] = [];
  for (let bit = 0; bit < sortedTopics.length; bit++) if (mask & (1 << bit)) parts.push(at(sortedTopics, bit));
  return parts.join("\u0000");
}

function popCount(mask: number): number {
  let count = 0;
  for (let m = mask; m !== 0; m &= m - 1) count += 1;
  return count;
}

/** An element known to be there (indices come from the same arrays' lengths). */
function at<X>(list: readonly X[], index: number): X {
  return list[index] as X;
}

/**
 * The same ranking by counting shared topics with every article of every topic (quadratic in
 * a topic's size); used when topic sets are too large to index or the limit is unusual.
 */
function relatedByCounting<T extends Relatable>(items: readonly T[], limit: number): Map<string, T[]> {
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
    result.set(
      item.slug,
      ranked.slice(0, limit).map((e) => e.other),
    );
  }
  return result;
}

function compareDistance(a: number, b: number): number {
  // Infinity − Infinity is NaN; two unknown distances are a tie.
  return a === b ? 0 : a < b ? -1 : 1;
}

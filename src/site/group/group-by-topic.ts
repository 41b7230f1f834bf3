import type { Topic } from "../../types";
import { sortNewestFirst, type Dated } from "../order/sort";
import { byCodeUnits } from "../../util/compare";

/** A topic and its articles. */
export interface TopicGroup<T> {
  readonly topic: Topic;
  /** Newest first; may be empty. */
  readonly items: readonly T[];
}

/** What grouping by topic needs from an item. */
export interface Topical extends Dated {
  readonly topics: readonly string[];
}

/**
 * One group per taxonomy topic (including topics with no articles, so topic URLs stay
 * stable), ordered by label then slug.
 * @throws TypeError when an item names a topic that is not in `topics` (ingestion reports
 *   unknown topics as diagnostics, so this is a programming error).
 * @param timeZone the site's time zone, for ordering times written without an offset.
 * @example groupByTopic(records, topics).map((g) => [g.topic.slug, g.items.length])
 */
export function groupByTopic<T extends Topical>(items: readonly T[], topics: readonly Topic[], timeZone = "UTC"): TopicGroup<T>[] {
  const bySlug = new Map<string, T[]>(topics.map((t) => [t.slug, []]));
  for (const item of sortNewestFirst(items, timeZone)) {
    for (const slug of new Set(item.topics)) {
      const list = bySlug.get(slug);
      if (!list) throw new TypeError(`Article \`${item.slug}\` has unknown topic \`${slug}\``);
      list.push(item);
    }
  }
  return [...topics]
    .sort((a, b) => byCodeUnits(a.label.toLowerCase(), b.label.toLowerCase()) || byCodeUnits(a.slug, b.slug))
    .map((topic) => ({ topic, items: bySlug.get(topic.slug) ?? [] }));
}

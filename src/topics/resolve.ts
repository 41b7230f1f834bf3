import type { Topic, UnlistedTopic } from "../types";
import { distance } from "fastest-levenshtein";
import { nearest } from "../diagnostics/suggest";
import { topicKey } from "./topic-key";

/** Each taxonomy's index, made once per taxonomy rather than once per article. */
const indexes = new WeakMap<readonly Topic[], ReadonlyMap<string, string>>();

/**
 * The taxonomy's names by {@link topicKey}: every topic's slug, label and aliases, each naming
 * its topic's slug. A key claimed twice keeps its first claim, slugs before labels before
 * aliases, so an alias never takes a name away from the topic whose slug or label it is.
 * @example taxonomyIndex([{ slug: "turkey", label: "Turkey", description: "…", aliases: ["Türkiye"] }]).get("turkiye") //=> "turkey"
 */
export function taxonomyIndex(topics: readonly Topic[]): ReadonlyMap<string, string> {
  let index = indexes.get(topics);
  if (index !== undefined) return index;
  const made = new Map<string, string>();
  const claim = (name: string, slug: string): void => {
    const key = topicKey(name);
    if (!made.has(key)) made.set(key, slug);
  };
  for (const t of topics) claim(t.slug, t.slug);
  for (const t of topics) claim(t.label, t.slug);
  for (const t of topics) for (const alias of t.aliases) claim(alias, t.slug);
  // A curated slug always names its own topic, even where its key is another topic's name.
  for (const t of topics) made.set(t.slug, t.slug);
  index = made;
  indexes.set(topics, index);
  return index;
}

/**
 * Resolve the topics an editor listed in front matter (slugs or labels, in any case, with or
 * without accents) against the taxonomy. A name the taxonomy lacks is not an error: it names
 * a topic of its own, whose slug is its {@link topicKey}, and the ingest adds that topic to
 * the site (see `created-topics.ts`).
 * @param requested the names as written, e.g. `["Peace Keeping", "armenia"]`
 * @param topics the taxonomy
 * @returns the slugs, each once, in the editor's order; for the names the taxonomy lacks, their
 *   slug with the name as written (trimmed); and those of them that look like a misspelt
 *   taxonomy topic, with that topic's slug
 * @example resolveTopics(["ARMENIA", "Peace Keeping"], taxonomy).unlisted //=> [{ slug: "peace-keeping", label: "Peace Keeping" }]
 */
export function resolveTopics(
  requested: readonly string[],
  topics: readonly Topic[],
): { slugs: string[]; unlisted: UnlistedTopic[]; nearMisses: { name: string; nearest: string }[] } {
  const index = taxonomyIndex(topics);
  const slugs: string[] = [];
  const unlisted: UnlistedTopic[] = [];
  const nearMisses: { name: string; nearest: string }[] = [];
  const seen = new Set<string>();
  for (const wanted of requested) {
    const key = topicKey(wanted);
    const listed = index.get(wanted.trim()) ?? index.get(key);
    const slug = listed ?? key;
    if (seen.has(slug)) continue;
    seen.add(slug);
    slugs.push(slug);
    if (listed !== undefined) continue;
    unlisted.push({ slug, label: wanted.trim() });
    const near = nearestTopic(wanted.trim(), topics);
    if (near !== null) nearMisses.push({ name: wanted.trim(), nearest: near });
  }
  return { slugs, unlisted, nearMisses };
}

/** Per taxonomy, the near miss found for each name already looked up: archives repeat their tags. */
const nearMissCache = new WeakMap<readonly Topic[], Map<string, string | null>>();

/**
 * The slug of the topic whose slug or label is within a typo of `wanted`, if any: at most one
 * edit per three characters of the name, and one in a name of five or fewer (so `tax` is not
 * taken for `war`, nor `UN` for `EU`).
 */
function nearestTopic(wanted: string, topics: readonly Topic[]): string | null {
  let cache = nearMissCache.get(topics);
  if (cache === undefined) {
    cache = new Map();
    nearMissCache.set(topics, cache);
  }
  const known = cache.get(wanted);
  if (known !== undefined) return known;
  const hit = nearest(
    wanted,
    topics.flatMap((t) => [t.slug, t.label]),
  );
  const close = hit !== null && distance(hit.toLowerCase(), wanted.toLowerCase()) <= Math.max(1, Math.floor(wanted.length / 3));
  const found = close ? (topics.find((t) => t.slug === hit || t.label === hit)?.slug ?? null) : null;
  cache.set(wanted, found);
  return found;
}

import type { Diagnostic, Topic } from "../types";
import { report } from "../diagnostics/messages";
import { nearest } from "../diagnostics/suggest";

/**
 * Check the topic slugs an editor listed in front matter against the taxonomy.
 * @param line file line of the `topics:` key, for diagnostics
 * @returns the slugs (deduplicated, in the editor's order) and an error per unknown entry,
 *   suggesting the nearest slug or label
 */
export function resolveTopics(
  file: string,
  requested: readonly string[],
  topics: readonly Topic[],
  line: number | undefined,
): { slugs: string[]; diagnostics: Diagnostic[] } {
  const bySlug = new Map(topics.map((t) => [t.slug, t]));
  const slugs: string[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const wanted of requested) {
    if (bySlug.has(wanted)) {
      if (!slugs.includes(wanted)) slugs.push(wanted);
      continue;
    }
    const suggestion = suggestTopic(wanted, topics);
    const message = `Topic \`${wanted}\` is not in content/topics.yml${suggestion ? ` (did you mean \`${suggestion}\`?)` : ""}.`;
    const hint = suggestion ? `Write \`${suggestion}\`, or add \`${wanted}\` to content/topics.yml.` : undefined;
    diagnostics.push(report("unknown-topic", file, message, { line, column: 1, hint }));
  }
  return { slugs, diagnostics };
}

/** The slug of the topic whose slug or label is nearest to what the editor wrote. */
function suggestTopic(wanted: string, topics: readonly Topic[]): string | null {
  const names = topics.flatMap((t) => [t.slug, t.label]);
  const hit = nearest(wanted, names);
  if (hit === null) return null;
  return topics.find((t) => t.slug === hit || t.label === hit)?.slug ?? null;
}

import type { ArticleRecord, Topic } from "../types";
import { byCodeUnits } from "../util/compare";

/** A topic made from a name the taxonomy lacks, with what `npm run check` says about it. */
export interface CreatedTopic {
  readonly topic: Topic;
  /** How many of the records name it. */
  readonly articles: number;
  /** The first of those records' files, in file order. */
  readonly firstFile: string;
}

/**
 * The description of a topic nobody has described yet (a created topic, or a taxonomy entry
 * without `description`): its pages and feed need one line, and this one claims nothing.
 * @example topicDescription("Peace Keeping") //=> "Articles filed under “Peace Keeping”."
 */
export function topicDescription(label: string): string {
  return `Articles filed under “${label}”.`;
}

/**
 * The topics the records name that the taxonomy does not list, made into topics of the site.
 * A topic's label is the first name written for it, in file order, that differs from its slug
 * (an editor's "Peace Keeping" rather than another's `peace-keeping`), or the slug when every
 * name is the slug. The result depends only on the records, never on which thread parsed which.
 * @param records the records to publish, in file order (as the ingest keeps them)
 * @returns the created topics, by slug in code-unit order
 * @example createdTopics([{ file: "a.md", unlistedTopics: [{ slug: "peace-keeping", label: "Peace Keeping" }] }])[0].topic.label //=> "Peace Keeping"
 */
export function createdTopics(records: readonly Pick<ArticleRecord, "file" | "unlistedTopics">[]): CreatedTopic[] {
  const found = new Map<string, { label: string; articles: number; firstFile: string }>();
  for (const record of records) {
    for (const { slug, label } of record.unlistedTopics ?? []) {
      const entry = found.get(slug);
      if (entry === undefined) found.set(slug, { label, articles: 1, firstFile: record.file });
      else {
        entry.articles += 1;
        if (entry.label === slug) entry.label = label;
      }
    }
  }
  return [...found]
    .sort(([a], [b]) => byCodeUnits(a, b))
    .map(([slug, { label, articles, firstFile }]) => ({
      topic: Object.freeze({ slug, label, description: topicDescription(label), aliases: Object.freeze([]) }),
      articles,
      firstFile,
    }));
}

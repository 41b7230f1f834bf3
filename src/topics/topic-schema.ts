import { z } from "zod";
import type { Topic } from "../types";
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from "../util/slug-rules";
import { hasNoForbidden } from "../load/characters";
import { topicDescription } from "./created-topics";
import { topicKey } from "./topic-key";

// YAML escapes can write control characters, non-characters and lone surrogates, which would
// reach every topic page, list and feed (see `load/characters.ts`).
const text = (what: string) =>
  z
    .string()
    .trim()
    .min(1, `${what} must not be empty`)
    .refine(hasNoForbidden, `${what} holds a control character, a non-character or a lone surrogate (written as a YAML escape)`);

/**
 * One taxonomy entry in `content/topics.yml`. Only `label` is required: without `slug` the
 * topic has the slug a front-matter name would give it (so listing a topic that articles
 * already created keeps its URL), without `description` a neutral line, without `aliases` no
 * automatic assignment.
 */
export const TopicSchema = z
  .strictObject({
    // A topic's slug is the folder of its pages, so it is held to the length of article slugs.
    slug: z
      .string()
      .regex(SLUG_PATTERN, "slug must be lowercase words joined by hyphens")
      .max(MAX_SLUG_LENGTH, `slug must be at most ${MAX_SLUG_LENGTH} characters long`)
      .optional(),
    label: text("label"),
    description: text("description").optional(),
    aliases: z.array(text("an alias")).optional(),
  })
  .transform(
    (t): Topic => ({
      slug: t.slug ?? topicKey(t.label),
      label: t.label,
      description: t.description ?? topicDescription(t.label),
      aliases: t.aliases ?? [],
    }),
  );

/** The whole file: a list of topics. */
export const TopicFileSchema = z.array(TopicSchema);

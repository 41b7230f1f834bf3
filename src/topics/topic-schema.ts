import { z } from "zod";
import { SLUG_PATTERN } from "../parse/front-matter-schema";

/** One taxonomy entry in `content/topics.yml`; the type is inferred so it matches `Topic`. */
export const TopicSchema = z.strictObject({
  slug: z.string().regex(SLUG_PATTERN, "slug must be lowercase words joined by hyphens"),
  label: z.string().trim().min(1, "label must not be empty"),
  description: z.string().trim().min(1, "description must not be empty"),
  aliases: z.array(z.string().trim().min(1, "an alias must not be empty")),
});

/** The whole file: a list of topics. */
export const TopicFileSchema = z.array(TopicSchema);

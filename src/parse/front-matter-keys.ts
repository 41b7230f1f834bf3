/**
 * Front-matter keys as other generators write them. Hugo, Jekyll and Eleventy each name the
 * same few fields differently (`author`, `tags`, `lastmod`, `description`, `published: false`);
 * an archive copied from one of them must build as it is. This module is the vocabulary, as
 * data: which written key means which of our fields, and which keys mean something only to
 * another generator (accepted and ignored, with a note). Folding the values is in
 * `fold-front-matter.ts`.
 */

/** Our field names, as the schema in `front-matter-schema.ts` spells them. */
export type CanonicalKey = "title" | "date" | "updated" | "authors" | "source" | "topics" | "slug" | "summary" | "draft" | "aliases";

/** How a written key's value becomes the field's value. */
export type Reading =
  /** Taken as it is. */
  | "as-is"
  /** A list, or one text that is one item (`author: Jane Doe`). */
  | "list"
  /** A list, or one text of space-separated items (Jekyll's `categories: news world`). */
  | "words"
  /** `true`/`false` with the opposite meaning (Jekyll's `published: false` is a draft). */
  | "negated";

/** One written key that sets a field. */
export interface Synonym {
  readonly key: string;
  readonly reading: Reading;
}

/**
 * For each field, the keys that set it, in order of precedence: when two of them are given
 * with different values the first wins and a warning names both. List fields take the items of
 * all their keys instead (deduplicated, in this order).
 *
 * Why each one: `author` (Jekyll, Hugo themes) and `authors` (Hugo taxonomy); `tags` and
 * `categories` are the taxonomies of all three generators and `category` Jekyll's single one;
 * `publishDate`/`pubdate` are Hugo's published date; `lastmod` (Hugo), `modified` and
 * `last_modified_at` (Jekyll plugins) the update; `description` (all three) and `excerpt`
 * (Jekyll) the summary; `published: false` Jekyll's draft; `aliases` (Hugo) and
 * `redirect_from` (jekyll-redirect-from) old addresses of the page.
 */
export const FIELD_KEYS = {
  title: [{ key: "title", reading: "as-is" }],
  date: [
    { key: "date", reading: "as-is" },
    { key: "publishDate", reading: "as-is" },
    { key: "pubdate", reading: "as-is" },
  ],
  updated: [
    { key: "updated", reading: "as-is" },
    { key: "lastmod", reading: "as-is" },
    { key: "modified", reading: "as-is" },
    { key: "last_modified_at", reading: "as-is" },
  ],
  authors: [
    { key: "authors", reading: "list" },
    { key: "author", reading: "list" },
  ],
  source: [{ key: "source", reading: "as-is" }],
  topics: [
    { key: "topics", reading: "list" },
    { key: "tags", reading: "words" },
    { key: "categories", reading: "words" },
    { key: "category", reading: "list" },
  ],
  slug: [{ key: "slug", reading: "as-is" }],
  summary: [
    { key: "summary", reading: "as-is" },
    { key: "description", reading: "as-is" },
    { key: "excerpt", reading: "as-is" },
  ],
  draft: [
    { key: "draft", reading: "as-is" },
    { key: "published", reading: "negated" },
  ],
  aliases: [
    { key: "aliases", reading: "list" },
    { key: "redirect_from", reading: "list" },
  ],
} as const satisfies Record<CanonicalKey, readonly Synonym[]>;

/** Fields whose keys' items are combined rather than one key winning. */
export const LIST_FIELDS: ReadonlySet<CanonicalKey> = new Set(["authors", "topics", "aliases"]);

/**
 * Keys that mean something only to another generator: how to render or list a page there
 * (templates, menus, ordering, its own URL scheme, images for its themes, its collections). This
 * archive renders every article the same way and builds its own URLs, so they are accepted
 * and ignored, with a note. Each names the generators that read it.
 */
export const FOREIGN_KEYS: Readonly<Record<string, string>> = {
  layout: "Hugo, Jekyll, Eleventy: the template to render with",
  type: "Hugo: the content type picking a template",
  params: "Hugo: values for the theme's templates",
  weight: "Hugo: the order in lists",
  permalink: "Jekyll, Eleventy: the output URL (URLs here come from `slug`; old URLs go in `aliases`)",
  url: "Hugo: the output URL (URLs here come from `slug`; old URLs go in `aliases`)",
  menu: "Hugo: menu entries",
  menus: "Hugo: menu entries",
  linkTitle: "Hugo: a shorter title for menus",
  toc: "themes: whether to show a table of contents",
  comments: "themes: whether to show comments",
  share: "themes: whether to show share buttons",
  images: "Hugo: images for social cards",
  image: "themes: a lead or social image",
  featured_image: "themes: a lead image",
  cover: "themes: a cover image",
  thumbnail: "themes: a list image",
  keywords: "Hugo: the keywords meta tag",
  series: "Hugo: the series taxonomy",
  excerpt_separator: "Jekyll: where the excerpt ends",
  expiryDate: "Hugo: when to stop publishing",
  outputs: "Hugo: output formats",
  headless: "Hugo: a bundle without a page",
  cascade: "Hugo: values handed to pages below",
  build: "Hugo: build options",
  markup: "Hugo: the markup language",
  sitemap: "Hugo, Jekyll: sitemap options",
  translationKey: "Hugo: links between translations",
  lang: "Jekyll, Eleventy: the page language (the site's language is a setting)",
  hidden: "themes: whether to list the page",
  math: "themes: whether to load a math renderer",
  render_with_liquid: "Jekyll: whether to run Liquid",
  eleventyNavigation: "Eleventy: navigation entries",
  eleventyExcludeFromCollections: "Eleventy: leaving the page out of collections",
  eleventyComputed: "Eleventy: computed data (code is never run here)",
  eleventyImport: "Eleventy: collections the page uses",
  pagination: "Eleventy: paging over data",
  permalinkBypassOutputDir: "Eleventy: writing outside the output folder",
};

// Keys are matched regardless of case, as Hugo matches them (`Title`, `LastMod`, `publishdate`).
const FIELD_OF = new Map<string, { field: CanonicalKey; reading: Reading; rank: number }>(
  Object.entries(FIELD_KEYS).flatMap(([field, synonyms]) =>
    synonyms.map((s, rank) => [s.key.toLowerCase(), { field: field as CanonicalKey, reading: s.reading, rank }] as const),
  ),
);
const FOREIGN = new Set(Object.keys(FOREIGN_KEYS).map((key) => key.toLowerCase()));

/**
 * The field a written key sets (in any case), and how its value is read, or null for a key no
 * field takes.
 * @example fieldOfKey("LastMod") //=> { field: "updated", reading: "as-is", rank: 1 }
 */
export function fieldOfKey(key: string): { field: CanonicalKey; reading: Reading; rank: number } | null {
  return FIELD_OF.get(key.toLowerCase()) ?? null;
}

/**
 * Every key a field takes, for "did you mean" suggestions.
 * @example ACCEPTED_KEYS.includes("author") //=> true
 */
export const ACCEPTED_KEYS: readonly string[] = Object.values(FIELD_KEYS).flatMap((synonyms) => synonyms.map((s) => s.key));

/**
 * Whether `key` (in any case) means something only to another generator (accepted, ignored, noted).
 * @example isForeignKey("Layout") //=> true
 */
export function isForeignKey(key: string): boolean {
  return FOREIGN.has(key.toLowerCase());
}

import { createHash } from "node:crypto";
import slugify from "@sindresorhus/slugify";
import { cutSlug, MAX_SLUG_LENGTH, SLUG_PATTERN } from "../util/slug-rules";

/**
 * URL slugs. A slug depends on its own article (front matter `slug`, else the headline) and,
 * when another article's headline makes the same slug, on its own file's path: never on file
 * order, which is why there are no `-2` suffixes (see {@link suffixedSlug}).
 */

/** Hex digits of the headline hash used when the headline has nothing to transliterate. */
const HASH_LENGTH = 10;

/**
 * Slug from a headline: transliterated, lowercase, hyphenated, at most {@link MAX_SLUG_LENGTH}
 * characters. When nothing URL-safe remains (a CJK or emoji-only headline) it falls back to
 * `article-<hash>`, a stable hash of the NFC headline, and says so.
 * @example slugFromHeadline("Mayor Resigns!") //=> { slug: "mayor-resigns", hashed: false }
 * @example slugFromHeadline("北京新闻").slug //=> "article-…" (10 hex digits)
 */
export function slugFromHeadline(headline: string): { slug: string; hashed: boolean } {
  const slug = cutSlug(slugify(headline), MAX_SLUG_LENGTH);
  if (SLUG_PATTERN.test(slug)) return { slug, hashed: false };
  const hash = createHash("sha256").update(headline.normalize("NFC")).digest("hex").slice(0, HASH_LENGTH);
  return { slug: `article-${hash}`, hashed: true };
}

/** Hex digits of the path hash that tells apart articles whose headlines make the same slug. */
export const COLLISION_SUFFIX_LENGTH = 8;

/**
 * The slug of an article whose headline makes the same slug as another article's: the base,
 * cut at a word boundary to leave room, then `-` and the first {@link COLLISION_SUFFIX_LENGTH}
 * hex digits of the SHA-256 of the file's path inside the content folder. The path, not the
 * bytes: correcting a typo in the text must not move the page. The path is NFC-normalised
 * because macOS lists decomposed file names and every checkout must give the same URL.
 * Depends on this file alone, so other files coming and going never change it.
 * @param base the slug the headline made, a valid slug
 * @param contentPath the file's path relative to the content folder, POSIX separators
 * @returns a slug of at most {@link MAX_SLUG_LENGTH} characters
 * @throws when `base` is not a slug (code misuse)
 * @example suffixedSlug("investor-relations", "articles/a.txt") //=> "investor-relations-" + 8 hex digits
 */
export function suffixedSlug(base: string, contentPath: string): string {
  if (!SLUG_PATTERN.test(base)) throw new Error(`suffixedSlug: \`${base}\` is not a slug`);
  const hash = createHash("sha256").update(contentPath.normalize("NFC")).digest("hex").slice(0, COLLISION_SUFFIX_LENGTH);
  return `${cutSlug(base, MAX_SLUG_LENGTH - COLLISION_SUFFIX_LENGTH - 1)}-${hash}`;
}

/**
 * The key two slugs collide on: NFC and case-folded, because `Café`/`Café` (NFD) or
 * `News`/`news` become the same folder on macOS and Windows checkouts.
 */
export function slugKey(slug: string): string {
  return slug.normalize("NFC").toLowerCase();
}

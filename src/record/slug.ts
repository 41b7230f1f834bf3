import { createHash } from "node:crypto";
import slugify from "@sindresorhus/slugify";
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from "../util/slug-rules";

/**
 * URL slugs. A slug depends on its own article only (front matter `slug`, else the headline),
 * never on other files: adding an article must not change another's URL, so collisions are
 * reported as errors instead of being resolved with `-2` suffixes.
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
  let slug = slugify(headline);
  if (slug.length > MAX_SLUG_LENGTH) {
    const cut = slug.slice(0, MAX_SLUG_LENGTH + 1);
    const lastHyphen = cut.lastIndexOf("-");
    slug = lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, MAX_SLUG_LENGTH);
  }
  if (SLUG_PATTERN.test(slug)) return { slug, hashed: false };
  const hash = createHash("sha256").update(headline.normalize("NFC")).digest("hex").slice(0, HASH_LENGTH);
  return { slug: `article-${hash}`, hashed: true };
}

/**
 * The key two slugs collide on: NFC and case-folded, because `Café`/`Café` (NFD) or
 * `News`/`news` become the same folder on macOS and Windows checkouts.
 */
export function slugKey(slug: string): string {
  return slug.normalize("NFC").toLowerCase();
}

/** What every URL slug is: lowercase ASCII words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Longest slug: a slug is a folder name of the site, well below the file systems' 255 bytes,
 * and short enough to read and cite.
 */
export const MAX_SLUG_LENGTH = 80;

/**
 * A slug of at most `max` characters, cut after the last whole word that fits (mid-word only
 * when one word is longer than `max`).
 * @example cutSlug("peace-keeping-missions", 14) //=> "peace-keeping"
 */
export function cutSlug(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  const lastHyphen = cut.lastIndexOf("-");
  return lastHyphen > 0 ? cut.slice(0, lastHyphen) : slug.slice(0, max);
}

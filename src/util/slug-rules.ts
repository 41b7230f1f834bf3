/** What every URL slug is: lowercase ASCII words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Longest slug: a slug is a folder name of the site, well below the file systems' 255 bytes,
 * and short enough to read and cite.
 */
export const MAX_SLUG_LENGTH = 80;

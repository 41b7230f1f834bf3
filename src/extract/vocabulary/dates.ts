/**
 * Date labels, and relative dates that are never resolved.
 * See `index.ts` for what the vocabularies are and are not.
 */

/** Labels in front of a date that say which date it is. */
export const DATE_LABELS = {
  published: /\b(published|posted|first published|original|date|released|issued|created)\b/i,
  updated: /\b(updated|last updated|modified|last modified|revised|edited)\b/i,
} as const;

/** Relative dates are never resolved against a clock: they make a date unknown. */
export const RELATIVE_DATE =
  /\b(\d+|an?|one|two|few)\s+(second|minute|hour|day|week|month|year)s?\s+ago\b|\b(yesterday|today|tonight|just now|last (week|month|night))\b/i;

/**
 * Post meta printed beside a date (comment counts and links, reading time): on a date line
 * these are not words that make it prose.
 */
export const POST_META = /\b(\d+\s+)?(comments?|replies)\b|\b(post|leave|add|write) an? (comment|reply)\b|\b\d+\s*min(ute)?s?\s+read\b/i;

/**
 * An author credit just before a date ("by Ana C. Lopez March 5, 2024"): capitalised names
 * after "by", then at most separators up to the date. Case-sensitive.
 */
export const AUTHOR_CREDIT_BEFORE_DATE = /\b(?:[Bb]y|BY):?\s+(?:\p{Lu}[\p{L}'’.-]*\s*){1,4}[\s|,·•-]*$/u;

/**
 * Words glued to a capitalised word by a page dump ("6:03 pmNovember 8", "byAna Lopez"):
 * the first group is split off before dates are read.
 */
export const GLUED_BEFORE_CAPITAL = /\b([ap]m|by)(?=\p{Lu}\p{Ll})/u;

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

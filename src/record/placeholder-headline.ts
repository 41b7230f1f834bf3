import type { CalendarDate, Provenance, Sourced } from "../types";

/** The provenance rule of a placeholder headline. */
export const PLACEHOLDER_HEADLINE_RULE = "headline:placeholder";

/**
 * A placeholder headline for a raw-text article whose own headline was not found:
 * `Untitled — <source>, <day>` (or `Untitled — <day>` without a source). Only for an article
 * with a published date, so the placeholder names it well enough for a reader to place it;
 * without one the file stays quarantined. The provenance says it is a placeholder, and pages
 * say so beside it: it is a label, never the article's headline.
 * @param source the article's publisher, or null
 * @param published the article's published day (and time), or null
 * @param reason why no headline was found (the extractor's reason)
 * @returns the placeholder with its provenance, or null when there is no date
 * @example placeholderHeadline("CivilNet", "2023-09-20T14:23", "no line looks like a headline")?.value //=> "Untitled — CivilNet, 2023-09-20"
 */
export function placeholderHeadline(source: string | null, published: CalendarDate | null, reason: string): Sourced<string> | null {
  if (published === null) return null;
  const day = published.slice(0, 10);
  return {
    value: `Untitled — ${source === null ? day : `${source}, ${day}`}`,
    provenance: {
      kind: "inferred",
      rule: PLACEHOLDER_HEADLINE_RULE,
      detail: `no headline found (${reason}): a placeholder from the source and date`,
    },
  };
}

/** Whether a headline's provenance marks it as a placeholder (see {@link placeholderHeadline}). */
export function isPlaceholderHeadline(provenance: Provenance): boolean {
  return provenance.kind === "inferred" && provenance.rule === PLACEHOLDER_HEADLINE_RULE;
}

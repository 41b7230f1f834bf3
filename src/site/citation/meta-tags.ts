import { type CitationInput, dayOf } from "./citation-input";
import { invertedName } from "./person-name";

/**
 * Highwire Press `citation_*` meta tags, which Zotero, Mendeley and Google Scholar read from a
 * page's head. Only known values are written; a placeholder headline is no title.
 */

/** One `<meta name content>` tag. */
export interface MetaTag {
  readonly name: string;
  readonly content: string;
}

/**
 * The `citation_*` tags of an article page, in the order they are written.
 * @param c what the record knows of the article.
 * @example citationMetaTags(input).map((t) => t.name) //=> ["citation_title", "citation_author", "citation_publication_date", …]
 */
export function citationMetaTags(c: CitationInput): MetaTag[] {
  const tags: MetaTag[] = [];
  if (c.title !== null) tags.push({ name: "citation_title", content: c.title });
  // "Family, Given": the order reference managers split names by.
  for (const author of c.authors) tags.push({ name: "citation_author", content: invertedName(author) });
  if (c.published !== null) {
    const d = dayOf(c.published);
    const pad = (n: number): string => String(n).padStart(2, "0");
    tags.push({ name: "citation_publication_date", content: `${d.year}/${pad(d.month)}/${pad(d.day)}` });
  }
  if (c.publisher !== null) tags.push({ name: "citation_publisher", content: c.publisher });
  tags.push({ name: "citation_public_url", content: c.archiveUrl });
  return tags;
}

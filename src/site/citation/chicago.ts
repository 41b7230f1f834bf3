import { type CitationInput, type CitationPart, closed, dayOf, italic, listed, MONTHS, merged, plain, stopAfter } from "./citation-input";
import { invertedName, naturalName, type PersonName } from "./person-name";

/**
 * Chicago (17th edition) bibliography entry for a news article read online. An unsigned
 * article is listed under its newspaper's name (Chicago 14.207). The original URL is given when
 * known, with the archive's copy after it (Chicago 14.7).
 */

/** Chicago lists up to ten authors; more than ten: the first seven, then "et al." */
const MOST_AUTHORS = 10;
const LISTED_WHEN_MORE = 7;

/**
 * An article's Chicago bibliography entry, as runs of text (the publication in italics).
 * @param c what the record knows of the article.
 * @returns the entry; its runs joined are its plain text.
 * @example chicagoCitation(input).map((p) => p.text).join("") //=> "Doe, Jane, and John Roe. “Talks resume.” The Example Times, May 14, 2024. https://example.com/a. Archived by News Archive, https://…"
 */
export function chicagoCitation(c: CitationInput): CitationPart[] {
  const title = plain(c.title === null ? "Untitled article." : `“${closed(c.title)}”`);
  const date = closed(c.published === null ? "n.d." : chicagoDate(c.published));
  const unsigned = c.authors.length === 0;
  const byPublisher = unsigned && c.publisher !== null;
  const head: CitationPart[] = byPublisher
    ? [...italic(c.publisher as string), ...plain(stopAfter(c.publisher as string), " "), ...title, ...plain(" ", date)]
    : [
        ...(unsigned ? [] : plain(chicagoAuthors(c.authors), " ")),
        ...title,
        ...(c.publisher === null ? plain(" ", date) : [...plain(" "), ...italic(c.publisher), ...plain(", ", date)]),
      ];
  const where =
    c.originalUrl === null
      ? plain(" ", c.archiveUrl, ".")
      : plain(" ", c.originalUrl, ". Archived by ", c.archive, ", ", c.archiveUrl, ".");
  return merged([...head, ...where]);
}

function chicagoDate(date: string): string {
  const d = dayOf(date);
  return `${MONTHS[d.month - 1]} ${d.day}, ${d.year}`;
}

/** The first author inverted, the others in natural order. */
function chicagoAuthors(authors: readonly PersonName[]): string {
  const shown = authors.length > MOST_AUTHORS ? authors.slice(0, LISTED_WHEN_MORE) : authors;
  const names = shown.map((name, i) => (i === 0 ? invertedName(name) : naturalName(name)));
  if (authors.length > MOST_AUTHORS) return `${names.join(", ")}, et al.`;
  return closed(listed(names, "and"));
}

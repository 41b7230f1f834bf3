import { type CitationInput, type CitationPart, closed, dayOf, italic, merged, plain } from "./citation-input";
import { invertedName, naturalName, type PersonName } from "./person-name";

/**
 * MLA (9th edition) works-cited entry: the publisher's site is the first container (with the
 * original URL when known), the archive the second, as MLA cites a copy found in a database or
 * archive. URLs are written without `http://` or `https://`, as MLA 9 recommends.
 */

/** MLA abbreviates months longer than four letters. */
const MLA_MONTHS: readonly string[] = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];

/**
 * An article's MLA works-cited entry, as runs of text (the containers in italics).
 * @param c what the record knows of the article.
 * @returns the entry; its runs joined are its plain text.
 * @example mlaCitation(input).map((p) => p.text).join("") //=> "Doe, Jane, and John Roe. “Talks resume.” The Example Times, 14 May 2024, example.com/a. News Archive, example.org/articles/a/."
 */
export function mlaCitation(c: CitationInput): CitationPart[] {
  const authors = c.authors.length === 0 ? [] : plain(mlaAuthors(c.authors), " ");
  const title = c.title === null ? "Untitled article." : `“${closed(c.title)}”`;
  const first: CitationPart[][] = [];
  if (c.publisher !== null) first.push(italic(c.publisher));
  if (c.published !== null) first.push(plain(mlaDate(c.published)));
  if (c.originalUrl !== null) first.push(plain(withoutScheme(c.originalUrl)));
  const container = (elements: readonly CitationPart[][]): CitationPart[] =>
    elements.length === 0 ? [] : [...plain(" "), ...elements.flatMap((e, i) => (i === 0 ? e : [...plain(", "), ...e])), ...plain(".")];
  return merged([...authors, ...plain(title), ...container(first), ...container([italic(c.archive), plain(withoutScheme(c.archiveUrl))])]);
}

function mlaDate(date: string): string {
  const d = dayOf(date);
  return `${d.day} ${MLA_MONTHS[d.month - 1]} ${d.year}`;
}

/** One author inverted; two joined by "and"; three or more: the first, then "et al." */
function mlaAuthors(authors: readonly PersonName[]): string {
  const first = invertedName(authors[0] as PersonName);
  if (authors.length === 1) return closed(first);
  if (authors.length === 2) return closed(`${first}, and ${naturalName(authors[1] as PersonName)}`);
  return `${first}, et al.`;
}

/** @example withoutScheme("https://example.org/a") //=> "example.org/a" */
function withoutScheme(url: string): string {
  return url.replace(/^https?:\/\//i, "");
}

import { type CitationInput, type CitationPart, closed, dayOf, italic, listed, MONTHS, merged, plain, stopAfter } from "./citation-input";
import { initials, type PersonName } from "./person-name";

/**
 * APA (7th edition) reference for a news article read online: the archive's URL is the one
 * given, as APA asks for an archived copy. Headlines are kept as written: sentence case cannot be
 * made without knowing which words are proper nouns.
 */

/** APA lists up to 20 authors; from 21 on, the first 19, an ellipsis, then the last. */
const MOST_AUTHORS = 20;

/**
 * An article's APA reference, as runs of text (the publication in italics).
 * @param c what the record knows of the article.
 * @returns the reference; its runs joined are its plain text.
 * @example apaCitation(input).map((p) => p.text).join("") //=> "Doe, J., & Roe, J. (2024, May 14). Talks resume. The Example Times. https://…"
 */
export function apaCitation(c: CitationInput): CitationPart[] {
  const title = c.title === null ? "[Untitled article]" : closed(c.title);
  const date = c.published === null ? "(n.d.)." : apaDate(c.published);
  const head = c.authors.length === 0 ? plain(title, " ", date) : plain(apaAuthors(c.authors), " ", date, " ", title);
  const publisher = c.publisher === null ? [] : [...plain(" "), ...italic(c.publisher), ...plain(stopAfter(c.publisher))];
  return merged([...head, ...publisher, ...plain(" ", c.archiveUrl)]);
}

function apaDate(date: string): string {
  const d = dayOf(date);
  return `(${d.year}, ${MONTHS[d.month - 1]} ${d.day}).`;
}

function apaName(name: PersonName): string {
  if ("literal" in name) return name.literal;
  return [name.family, initials(name.given), name.suffix].filter((p) => p !== "").join(", ");
}

/**
 * "Doe, J., & Roe, J." — the list ends with a full stop, written once.
 */
function apaAuthors(authors: readonly PersonName[]): string {
  const names = authors.map(apaName);
  const list =
    names.length > MOST_AUTHORS
      ? `${names.slice(0, MOST_AUTHORS - 1).join(", ")}, . . . ${names.at(-1)}`
      : names.length === 2
        ? `${names[0]}, & ${names[1]}`
        : listed(names, "&");
  return closed(list);
}

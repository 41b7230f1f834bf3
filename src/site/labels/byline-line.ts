import type { DateLabel } from "./format-date";

/**
 * The article's byline line, as news pages print it: who wrote it, who published it and when,
 * `By Jane Doe and John Roe · The Example Times · 14 May 2024`. What is not known is said once,
 * at the end, in one phrase ("Author and date unknown"), never as a row of "unknown"s.
 */

// The shapes of `Link` and `AuthorLink` in site-data.ts, which imports this module's types.
interface Link {
  readonly href: string;
  readonly label: string;
}
interface AuthorLink extends Link {
  /** What follows the name: ", ", " and ", or nothing after the last. */
  readonly separator: string;
}

/** One part of the byline line; the page prints them in order, separated by " · ". */
export type BylinePart =
  /** The recognised authors, each linking to their page. */
  | { readonly kind: "authors"; readonly authors: readonly AuthorLink[] }
  /** The byline as written, when no names were recognised in it. */
  | { readonly kind: "byline"; readonly text: string }
  | { readonly kind: "source"; readonly link: Link }
  | { readonly kind: "date"; readonly date: DateLabel }
  /** What is unknown, in one phrase: "Author, source and date unknown". */
  | { readonly kind: "unknown"; readonly text: string };

/** What the byline line is made from. */
export interface BylineFacts {
  readonly authors: readonly AuthorLink[];
  /** The byline as written ("By Staff Reporter"), or null; used only when `authors` is empty. */
  readonly byline: string | null;
  readonly source: Link | null;
  readonly published: DateLabel | null;
}

/**
 * The parts of the byline line, known facts first, then the unknown ones in one phrase.
 * @returns at least one part: an article with nothing known gets "Author, source and date unknown".
 * @example bylineParts({ authors: [], byline: null, source: null, published: null })
 * //=> [{ kind: "unknown", text: "Author, source and date unknown" }]
 */
export function bylineParts(facts: BylineFacts): BylinePart[] {
  const parts: BylinePart[] = [];
  const unknown: string[] = [];
  if (facts.authors.length > 0) parts.push({ kind: "authors", authors: facts.authors });
  else if (facts.byline !== null && facts.byline.trim() !== "") parts.push({ kind: "byline", text: facts.byline.trim() });
  else unknown.push("author");
  if (facts.source !== null) parts.push({ kind: "source", link: facts.source });
  else unknown.push("source");
  if (facts.published !== null) parts.push({ kind: "date", date: facts.published });
  else unknown.push("date");
  if (unknown.length > 0) parts.push({ kind: "unknown", text: unknownPhrase(unknown) });
  return parts;
}

/**
 * "Author unknown", "Source and date unknown", "Author, source and date unknown".
 * @example unknownPhrase(["source", "date"]) //=> "Source and date unknown"
 */
function unknownPhrase(words: readonly string[]): string {
  const list = words.length === 1 ? (words[0] as string) : `${words.slice(0, -1).join(", ")} and ${words.at(-1) as string}`;
  return `${list.charAt(0).toUpperCase()}${list.slice(1)} unknown`;
}

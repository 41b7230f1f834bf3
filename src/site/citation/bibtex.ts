import { type CitationInput, dayOf } from "./citation-input";
import { invertedName, type PersonName } from "./person-name";

/**
 * A BibTeX entry readable by BibTeX and biblatex: `@article` with `entrysubtype = {newspaper}`
 * (biblatex's way of marking a newspaper article) when the publisher is known, `@misc` when it
 * is not. Values are escaped for LaTeX; the title is braced so styles keep its capitals.
 */

const BIB_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"] as const;

/** LaTeX's special characters in running text, each with what prints it. */
const LATEX_SPECIALS: Readonly<Record<string, string>> = {
  "\\": "\\textbackslash{}",
  "{": "\\{",
  "}": "\\}",
  "&": "\\&",
  "%": "\\%",
  $: "\\$",
  "#": "\\#",
  _: "\\_",
  "~": "\\textasciitilde{}",
  "^": "\\textasciicircum{}",
};

/**
 * An article's BibTeX entry, one field a line.
 * @param c what the record knows of the article.
 * @returns the entry's source text.
 * @example bibtexCitation(input).split("\n")[0] //=> "@article{doe2024talks,"
 */
export function bibtexCitation(c: CitationInput): string {
  // A month is a BibTeX macro (`may`), written without braces so every style can name it; the
  // title is double-braced so styles keep its capitals.
  const fields: [string, string][] = [];
  if (c.authors.length > 0) fields.push(["author", braced(c.authors.map(bibName).join(" and "))]);
  if (c.title !== null) fields.push(["title", `{{${latex(c.title)}}}`]);
  if (c.publisher !== null) fields.push(["journal", braced(latex(c.publisher))], ["entrysubtype", "{newspaper}"]);
  if (c.published !== null) {
    const d = dayOf(c.published);
    fields.push(["date", braced(c.published.slice(0, 10))], ["year", braced(String(d.year))], ["month", BIB_MONTHS[d.month - 1] as string]);
  }
  fields.push(["url", braced(bibUrl(c.archiveUrl))]);
  const by = latex(c.archive);
  const note =
    c.originalUrl === null ? `Archived by ${by}` : `Originally published at \\url{${urlArgument(c.originalUrl)}}; archived by ${by}`;
  fields.push(["note", braced(note)]);
  const lines = fields.map(([key, value]) => `  ${key} = ${value},`);
  return [`@${c.publisher === null ? "misc" : "article"}{${citationKey(c)},`, ...lines, "}"].join("\n");
}

function braced(value: string): string {
  return `{${value}}`;
}

/**
 * A key made of the first author's family name (or the title's first word), the year and the
 * title's first word, in ASCII: `doe2024talks`.
 * @example citationKey({ authors: [], title: "Talks resume", published: null, … }) //=> "talksndtalks"
 */
export function citationKey(c: Pick<CitationInput, "authors" | "title" | "published">): string {
  const first = c.authors[0];
  const titleWord =
    ascii(c.title ?? "")
      .split(" ")
      .find((w) => w.length > 3) ??
    ascii(c.title ?? "").split(" ")[0] ??
    "";
  const who = first === undefined ? titleWord : ascii("literal" in first ? first.literal : first.family).replace(/ /g, "");
  const year = c.published === null ? "nd" : c.published.slice(0, 4);
  const key = `${who}${year}${titleWord}`;
  return /^[a-z]/.test(key) ? key : `article${key}`;
}

/** Lower-case ASCII words: accents dropped, other characters spaces. */
function ascii(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** "Doe, Jane"; a name kept whole is braced so BibTeX does not split it. */
function bibName(name: PersonName): string {
  return "literal" in name ? `{${latex(name.literal)}}` : latex(invertedName(name));
}

/**
 * Text with LaTeX's special characters escaped.
 * @example latex("R&D 50%") //=> "R\\&D 50\\%"
 */
export function latex(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (ch) => LATEX_SPECIALS[ch] as string);
}

/** A URL with the characters that would break a BibTeX value (braces, backslash, space) percent-encoded. */
function bibUrl(url: string): string {
  return url.replace(/[{}\\ ]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** A URL as `\\url`'s argument inside another field: `%` and `#` escaped, as hyperref reads them there. */
function urlArgument(url: string): string {
  return bibUrl(url).replace(/[%#]/g, (ch) => `\\${ch}`);
}

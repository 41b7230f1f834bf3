import type { ArticleRecord } from "../../types";
import { apaCitation } from "./apa";
import { bibtexCitation } from "./bibtex";
import { chicagoCitation } from "./chicago";
import type { CitationInput, CitationPart } from "./citation-input";
import { type MetaTag, citationMetaTags } from "./meta-tags";
import { mlaCitation } from "./mla";
import { personName } from "./person-name";

/**
 * An article's "Cite this article" block and the meta tags reference managers read, made from
 * its record. No date is taken from the build: an access or archive date would need one the
 * content states, and the record holds none, so none is written.
 */

/** One citation style as the page shows it. */
export interface CitationStyle {
  /** Stable id, used in element ids: `apa`, `mla`, `chicago`, `bibtex`. */
  readonly id: string;
  /** The style's name, e.g. "APA (7th edition)". */
  readonly label: string;
  /** The citation as runs of text, some in italics; empty for BibTeX, which is {@link code}. */
  readonly parts: readonly CitationPart[];
  /** The citation as plain text (italics lost), or BibTeX source. */
  readonly text: string;
  /** Whether the text is source code to be shown as written (BibTeX). */
  readonly code: boolean;
}

/** What an article page shows and declares for citing it. */
export interface ArticleCitation {
  readonly styles: readonly CitationStyle[];
  readonly metaTags: readonly MetaTag[];
}

/**
 * The citation input of an article.
 * @param archiveUrl the article page's absolute URL.
 * @param originalUrl the article's own address at its publisher, or null.
 * @param placeholder whether the headline is a placeholder, not the article's own.
 * @example citationInput(record, "News", "https://example.org/articles/a/", null, false).publisher //=> record.source
 */
export function citationInput(
  r: Pick<ArticleRecord, "headline" | "published" | "source">,
  authors: readonly string[],
  archive: string,
  archiveUrl: string,
  originalUrl: string | null,
  placeholder: boolean,
): CitationInput {
  return {
    title: placeholder ? null : r.headline,
    authors: authors.map(personName),
    publisher: r.source,
    published: r.published,
    archive,
    archiveUrl,
    originalUrl,
  };
}

/**
 * The four styles (APA, MLA, Chicago, BibTeX) and the `citation_*` meta tags of one article.
 * @example articleCitation(input).styles.map((s) => s.id) //=> ["apa", "mla", "chicago", "bibtex"]
 */
export function articleCitation(c: CitationInput): ArticleCitation {
  const styled = (id: string, label: string, parts: readonly CitationPart[]): CitationStyle => ({
    id,
    label,
    parts,
    text: parts.map((p) => p.text).join(""),
    code: false,
  });
  return {
    styles: [
      styled("apa", "APA (7th edition)", apaCitation(c)),
      styled("mla", "MLA (9th edition)", mlaCitation(c)),
      styled("chicago", "Chicago (17th edition)", chicagoCitation(c)),
      { id: "bibtex", label: "BibTeX", parts: [], text: bibtexCitation(c), code: true },
    ],
    metaTags: citationMetaTags(c),
  };
}

import { describe, expect, it } from "vitest";
import { apaCitation } from "../../../src/site/citation/apa";
import { bibtexCitation, citationKey, latex } from "../../../src/site/citation/bibtex";
import { chicagoCitation } from "../../../src/site/citation/chicago";
import type { CitationInput, CitationPart } from "../../../src/site/citation/citation-input";
import { mlaCitation } from "../../../src/site/citation/mla";
import { personName } from "../../../src/site/citation/person-name";

const FULL: CitationInput = {
  title: "Talks resume in Geneva",
  authors: ["Jane Doe", "John Roe"].map(personName),
  publisher: "The Example Times",
  published: "2024-05-14T06:02+04:00",
  archive: "News Archive",
  archiveUrl: "https://archive.example.org/articles/talks-resume/",
  originalUrl: "https://www.example.com/world/talks-resume",
};

const BARE: CitationInput = { ...FULL, authors: [], publisher: null, published: null, originalUrl: null };

/** The citation as text, italics marked with `*` so the tests read them. */
function marked(parts: readonly CitationPart[]): string {
  return parts.map((p) => (p.italic ? `*${p.text}*` : p.text)).join("");
}

const authors = (...names: string[]): CitationInput["authors"] => names.map(personName);

describe("APA", () => {
  it.each<[string, CitationInput, string]>([
    [
      "cites authors, date, headline, newspaper in italics and the archive's URL",
      FULL,
      "Doe, J., & Roe, J. (2024, May 14). Talks resume in Geneva. *The Example Times*. https://archive.example.org/articles/talks-resume/",
    ],
    [
      "writes one author alone",
      { ...FULL, authors: authors("Jane Doe") },
      "Doe, J. (2024, May 14). Talks resume in Geneva. *The Example Times*. https://archive.example.org/articles/talks-resume/",
    ],
    [
      "joins three authors with commas and an ampersand",
      { ...FULL, authors: authors("Jane Doe", "John Roe", "Ann Poe") },
      "Doe, J., Roe, J., & Poe, A. (2024, May 14). Talks resume in Geneva. *The Example Times*. https://archive.example.org/articles/talks-resume/",
    ],
    // An unsigned article: the title moves to the author's place; no date is "n.d.".
    [
      "moves the title first when no author is known and says n.d. for no date",
      BARE,
      "Talks resume in Geneva. (n.d.). https://archive.example.org/articles/talks-resume/",
    ],
    [
      "keeps a headline's own question mark",
      { ...FULL, title: "Who pays?" },
      "Doe, J., & Roe, J. (2024, May 14). Who pays? *The Example Times*. https://archive.example.org/articles/talks-resume/",
    ],
    [
      "describes an article whose headline was not found",
      { ...BARE, title: null },
      "[Untitled article] (n.d.). https://archive.example.org/articles/talks-resume/",
    ],
  ])("%s", (_, input, expected) => {
    expect(marked(apaCitation(input))).toBe(expected);
  });

  it("lists the first nineteen of more than twenty authors, an ellipsis, then the last", () => {
    const many = authors(...Array.from({ length: 22 }, (_, i) => `Ann Author${i + 1}`));
    const text = marked(apaCitation({ ...FULL, authors: many }));
    expect(text).toMatch(/^Author1, A\., .*Author19, A\., \. \. \. Author22, A\. \(2024/);
    expect(text).not.toContain("Author20");
  });
});

describe("MLA", () => {
  it.each<[string, CitationInput, string]>([
    [
      "cites the newspaper as first container with the original URL and the archive as second",
      FULL,
      "Doe, Jane, and John Roe. “Talks resume in Geneva.” *The Example Times*, 14 May 2024, www.example.com/world/talks-resume. *News Archive*, archive.example.org/articles/talks-resume/.",
    ],
    [
      "shortens three or more authors to the first and et al.",
      { ...FULL, authors: authors("Jane Doe", "John Roe", "Ann Poe") },
      "Doe, Jane, et al. “Talks resume in Geneva.” *The Example Times*, 14 May 2024, www.example.com/world/talks-resume. *News Archive*, archive.example.org/articles/talks-resume/.",
    ],
    // MLA abbreviates September as "Sept."
    [
      "abbreviates long month names",
      { ...FULL, authors: authors("Jane Doe"), published: "2023-09-03", originalUrl: null },
      "Doe, Jane. “Talks resume in Geneva.” *The Example Times*, 3 Sept. 2023. *News Archive*, archive.example.org/articles/talks-resume/.",
    ],
    ["leaves out what is unknown", BARE, "“Talks resume in Geneva.” *News Archive*, archive.example.org/articles/talks-resume/."],
  ])("%s", (_, input, expected) => {
    expect(marked(mlaCitation(input))).toBe(expected);
  });
});

describe("Chicago", () => {
  it.each<[string, CitationInput, string]>([
    [
      "cites authors, headline in quotes, newspaper, date, original URL and the archived copy",
      FULL,
      "Doe, Jane, and John Roe. “Talks resume in Geneva.” *The Example Times*, May 14, 2024. https://www.example.com/world/talks-resume. Archived by News Archive, https://archive.example.org/articles/talks-resume/.",
    ],
    [
      "lists three authors, the first inverted",
      { ...FULL, authors: authors("Jane Doe", "John Roe", "Ann Poe"), originalUrl: null },
      "Doe, Jane, John Roe, and Ann Poe. “Talks resume in Geneva.” *The Example Times*, May 14, 2024. https://archive.example.org/articles/talks-resume/.",
    ],
    // Chicago 14.207: an unsigned news article is listed under the newspaper.
    [
      "lists an unsigned article under its newspaper",
      { ...FULL, authors: [], originalUrl: null },
      "*The Example Times*. “Talks resume in Geneva.” May 14, 2024. https://archive.example.org/articles/talks-resume/.",
    ],
    ["says n.d. when no date is known", BARE, "“Talks resume in Geneva.” n.d. https://archive.example.org/articles/talks-resume/."],
  ])("%s", (_, input, expected) => {
    expect(marked(chicagoCitation(input))).toBe(expected);
  });

  it("lists the first seven of more than ten authors, then et al.", () => {
    const many = authors(...Array.from({ length: 11 }, (_, i) => `Ann Author${i + 1}`));
    const text = marked(chicagoCitation({ ...FULL, authors: many }));
    expect(text).toMatch(/^Author1, Ann, Ann Author2, .*Ann Author7, et al\. “/);
    expect(text).not.toContain("Author8");
  });
});

describe("BibTeX", () => {
  it("writes a newspaper article entry with every known field", () => {
    expect(bibtexCitation(FULL)).toBe(
      [
        "@article{doe2024talks,",
        "  author = {Doe, Jane and Roe, John},",
        "  title = {{Talks resume in Geneva}},",
        "  journal = {The Example Times},",
        "  entrysubtype = {newspaper},",
        "  date = {2024-05-14},",
        "  year = {2024},",
        "  month = may,",
        "  url = {https://archive.example.org/articles/talks-resume/},",
        "  note = {Originally published at \\url{https://www.example.com/world/talks-resume}; archived by News Archive},",
        "}",
      ].join("\n"),
    );
  });

  it("writes a misc entry without the fields that are unknown", () => {
    expect(bibtexCitation(BARE)).toBe(
      [
        "@misc{talksndtalks,",
        "  title = {{Talks resume in Geneva}},",
        "  url = {https://archive.example.org/articles/talks-resume/},",
        "  note = {Archived by News Archive},",
        "}",
      ].join("\n"),
    );
  });

  it("braces a name kept whole so BibTeX does not split it", () => {
    expect(bibtexCitation({ ...FULL, authors: authors("Reuters") })).toContain("  author = {{Reuters}},");
  });

  it("escapes LaTeX's special characters in text", () => {
    expect(latex("R&D: 50% of $5 #1_a {b} ~c^ \\")).toBe(
      "R\\&D: 50\\% of \\$5 \\#1\\_a \\{b\\} \\textasciitilde{}c\\textasciicircum{} \\textbackslash{}",
    );
  });

  it("keeps an original URL's percent signs and fragment readable inside \\url", () => {
    const text = bibtexCitation({ ...FULL, originalUrl: "https://example.com/a%20b#c{d}" });
    expect(text).toContain("\\url{https://example.com/a\\%20b\\#c\\%7Bd\\%7D}");
  });

  it.each<[string, Pick<CitationInput, "authors" | "title" | "published">, string]>([
    ["uses the family name, year and first long title word", FULL, "doe2024talks"],
    // Accents are dropped so the key is ASCII.
    ["drops accents", { ...FULL, authors: authors("Zoë Müller"), title: "Élections à Genève" }, "muller2024elections"],
    // A key must start with a letter.
    ["starts with a letter", { authors: [], title: "2024 budget vote", published: null }, "article2024nd2024"],
  ])("makes a citation key: %s", (_, input, expected) => {
    expect(citationKey(input)).toBe(expected);
  });
});

describe("a publisher whose name ends with a full stop", () => {
  it.each([
    ["APA", apaCitation],
    ["Chicago", chicagoCitation],
  ])("is not followed by a second one in %s", (_, cite) => {
    expect(marked(cite({ ...BARE, publisher: "Example Media Inc." }))).not.toContain("..");
  });
});

import { describe, expect, it } from "vitest";
import { articleCitation, citationInput } from "../../../src/site/citation/article-citation";
import { citationMetaTags } from "../../../src/site/citation/meta-tags";

const RECORD = { headline: "Talks resume", published: "2024-05-14T06:02+04:00", source: "The Example Times" };
const URL = "https://archive.example.org/articles/talks-resume/";

describe("citationInput", () => {
  it("takes the headline, publisher and date from the record and splits the author names", () => {
    const input = citationInput(RECORD, ["Jane Doe"], "News Archive", URL, null, false);
    expect(input).toEqual({
      title: "Talks resume",
      authors: [{ given: "Jane", family: "Doe", suffix: "" }],
      publisher: "The Example Times",
      published: "2024-05-14T06:02+04:00",
      archive: "News Archive",
      archiveUrl: URL,
      originalUrl: null,
    });
  });

  it("gives no title for a placeholder headline", () => {
    expect(citationInput(RECORD, [], "News Archive", URL, null, true).title).toBeNull();
  });
});

describe("articleCitation", () => {
  const citation = articleCitation(citationInput(RECORD, ["Jane Doe"], "News Archive", URL, "https://example.com/a", false));

  it("offers APA, MLA, Chicago and BibTeX in that order", () => {
    expect(citation.styles.map((s) => s.label)).toEqual(["APA (7th edition)", "MLA (9th edition)", "Chicago (17th edition)", "BibTeX"]);
  });

  it("gives each style's plain text as its parts joined", () => {
    for (const style of citation.styles.filter((s) => !s.code)) expect(style.text).toBe(style.parts.map((p) => p.text).join(""));
  });

  it("marks only BibTeX as code", () => {
    expect(citation.styles.filter((s) => s.code).map((s) => s.id)).toEqual(["bibtex"]);
  });

  it("never writes an access date: the record states none", () => {
    expect(citation.styles.map((s) => s.text).join("\n")).not.toMatch(/accessed|retrieved|urldate/i);
  });
});

describe("citationMetaTags", () => {
  it("declares title, each author inverted, the day, the publisher and the archive's URL", () => {
    const input = citationInput(RECORD, ["Jane Doe", "Reuters"], "News Archive", URL, null, false);
    expect(citationMetaTags(input)).toEqual([
      { name: "citation_title", content: "Talks resume" },
      { name: "citation_author", content: "Doe, Jane" },
      { name: "citation_author", content: "Reuters" },
      { name: "citation_publication_date", content: "2024/05/14" },
      { name: "citation_publisher", content: "The Example Times" },
      { name: "citation_public_url", content: URL },
    ]);
  });

  it("declares only the URL when nothing else is known", () => {
    const input = citationInput({ headline: "Untitled", published: null, source: null }, [], "News Archive", URL, null, true);
    expect(citationMetaTags(input)).toEqual([{ name: "citation_public_url", content: URL }]);
  });
});

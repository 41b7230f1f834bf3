import { describe, expect, it } from "vitest";
import { extractRaw } from "../../src/extract/extract";
import { toLines } from "../../src/extract/lines";
import { SOURCE_WEIGHTS, findSource, scoreSource, sourceCandidates } from "../../src/extract/source";

// Small invented pages in the shapes real page dumps take, one publisher shape per row.
const P = (n: number) =>
  `Paragraph ${n}: the harbour board met on Tuesday and agreed to dredge the channel before the autumn storms, after two ferries ran aground in the silt last winter.`;
const page = (...lines: string[]) => lines.join("\n\n");
const MENU = ["Home", "News", "Sport", "Weather", "Opinion"];
/** A page with a header line and a menu above the article, and `footer` lines below it. */
const headed = (header: string, ...footer: string[]) => page(header, ...MENU, "Ferries run aground again", P(1), P(2), ...footer);

const ROWS: { name: string; text: string; source: string | null }[] = [
  {
    name: "the masthead wins over the owning media group of the copyright line",
    text: headed("Harbour Gazette", "Contact Harbour Gazette", "© 2024 Coastline Media Group LLC. All rights reserved."),
    source: "Harbour Gazette",
  },
  {
    name: "a copyright holder alone names the publisher",
    text: page("Ferries run aground again", P(1), P(2), "© 2024 Harbour Gazette. All rights reserved."),
    source: "Harbour Gazette",
  },
  {
    name: "an owner company alone is a last resort: its brand, never the company",
    text: page("Ferries run aground again", P(1), P(2), "© 2024 Coastline Media Group LLC"),
    source: "Coastline",
  },
  {
    name: "the brand inside the owner's name beats the owner",
    text: page("Ferries run aground again", P(1), P(2), "© 2024 The Harbour Gazette Company", "About The Harbour Gazette"),
    source: "The Harbour Gazette",
  },
  {
    name: "a wire agency credited in the byline is not the publisher",
    text: page("Ferries run aground again", "By Ana Lopez, Reuters", P(1), P(2), "© 2024 Harbour Gazette"),
    source: "Harbour Gazette",
  },
  {
    name: "a link label is not a name",
    text: page("Back to Home", "Subscribe to Newsletters", "Ferries run aground again", P(1), P(2), "Back to Home"),
    source: null,
  },
  {
    name: "a title-line suffix names the site, agreed by the domain",
    text: page(
      "Ferries run aground again - Harbour Gazette",
      P(1),
      P(2),
      "Share: https://www.harbourgazette.com/news/ferries",
      "https://www.harbourgazette.com/rss",
    ),
    source: "Harbour Gazette",
  },
  {
    name: "a title-line prefix names the site, agreed by a site link",
    text: page("Harbour Gazette | Ferries run aground again", P(1), P(2), "About Harbour Gazette"),
    source: "Harbour Gazette",
  },
  {
    name: "a header line matching the host most linked on the page",
    text: headed("Harbour Gazette", "https://www.harbourgazette.com/a", "https://www.harbourgazette.com/b"),
    source: "Harbour Gazette",
  },
  {
    name: "a domain written in the copyright line",
    text: page("Ferries run aground again", P(1), P(2), "© 2024 HarbourGazette.com"),
    source: "HarbourGazette.com",
  },
  {
    name: "a logo's text printed twice in the header",
    text: headed("Harbour GazetteHarbour Gazette", "Contact Harbour Gazette"),
    source: "Harbour Gazette",
  },
  {
    name: "logo alt text and a footer statement",
    text: page("Harbour Gazette logo", "Ferries run aground again", P(1), P(2), "Harbour Gazette is part of the Coastline Media Group."),
    source: "Harbour Gazette",
  },
  {
    name: "a header line with nothing else to agree stays unknown",
    text: page("Harbour Gazette", "Ferries run aground again", P(1), P(2)),
    source: null,
  },
  {
    name: "a social network linked from the page is not the publisher",
    text: page("Facebook", "Ferries run aground again", P(1), P(2), "https://www.facebook.com/a", "https://www.facebook.com/b", "Facebook"),
    source: null,
  },
  {
    name: "a menu word repeated in header and footer stays unknown",
    text: page(...MENU, "Ferries run aground again", P(1), P(2), ...MENU),
    source: null,
  },
  {
    name: "the masthead that extends the copyright holder's name is the more specific name",
    text: page(
      "Ferries run aground again",
      P(1),
      P(2),
      "More from Harbour Gazette Sport",
      "About Harbour Gazette Sport",
      "© 2024 Harbour Gazette",
    ),
    source: "Harbour Gazette Sport",
  },
  {
    name: "an outlet beside the byline, agreed by the copyright line",
    text: page("Ferries run aground again", "By Ana Lopez | Harbour Gazette", P(1), P(2), "© Harbour Gazette"),
    source: "Harbour Gazette",
  },
];

describe("the publisher the reader sees", () => {
  it.each(ROWS)("$name", ({ text, source }) => {
    expect(extractRaw(text).source.value).toBe(source);
  });
});

describe("source candidates and their scoring", () => {
  it("describes each candidate by named features, apart from the weights", () => {
    const lines = toLines(page("Ferries run aground again", P(1), P(2), "© 2024 Coastline Media Group LLC"));
    const owner = sourceCandidates(lines).find((c) => c.name === "Coastline Media Group");
    expect(owner?.features).toMatchObject({ fromCopyright: 1, looksLikeCompany: 1 });
    expect(owner?.rule).toBe("copyright-line");
  });

  it("scores a candidate as the dot product of its features with the weights", () => {
    expect(
      scoreSource({ fromCopyright: 1, repeats: 2, unknownFeature: 5 }, { minScore: 0, weights: { fromCopyright: 3, repeats: 0.5 } }),
    ).toBe(4);
  });

  it("keeps the publisher unknown below the table's threshold", () => {
    const lines = toLines(page("Ferries run aground again", P(1), P(2), "© 2024 Harbour Gazette"));
    expect(findSource(lines)?.name).toBe("Harbour Gazette");
    expect(findSource(lines, [], { ...SOURCE_WEIGHTS, minScore: 100 })).toBeNull();
  });

  it("gives every weight in the table a feature that some candidate can have", () => {
    const lines = toLines(page("Harbour Gazette", "Ferries run aground again - Harbour Gazette", P(1), "© 2024 Harbour Gazette"));
    const names = new Set(sourceCandidates(lines).flatMap((c) => Object.keys(c.features)));
    const fromEvidence = Object.keys(SOURCE_WEIGHTS.weights).filter((k) => !k.startsWith("from"));
    expect(fromEvidence.filter((k) => !names.has(k))).toEqual([]);
  });
});

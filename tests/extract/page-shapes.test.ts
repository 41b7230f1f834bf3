import { describe, expect, it } from "vitest";
import { extractRaw } from "../../src/extract/extract";

// Small pages written for these tests in the shapes real page dumps take: each row pins one
// rule that a failure on real pages called for. Text is invented; no page is copied.
const P = (n: number) =>
  `Paragraph ${n}: the regional council met on Tuesday and agreed a budget for repairs to the river bridge, which has been closed to lorries since the spring floods.`;
const page = (...lines: string[]) => lines.join("\n\n");

interface Row {
  readonly name: string;
  readonly text: string;
  readonly headline?: string | null;
  readonly authors?: readonly string[];
  readonly published?: string | null;
  readonly updated?: string | null;
  readonly source?: string | null;
  readonly bodyIncludes?: string;
  readonly bodyExcludes?: string;
}

const ROWS: Row[] = [
  {
    // A standfirst sits between the headline and the byline; the headline is the line above it.
    name: "standfirst below the headline",
    text: page(
      "Council agrees bridge repair budget",
      "Lorries have been barred from the river crossing since the spring floods and traders say they are losing custom.",
      "By Ana Lopez",
      P(1),
      P(2),
      P(3),
    ),
    headline: "Council agrees bridge repair budget",
    authors: ["Ana Lopez"],
  },
  {
    // Prose-like promo lines above the article pull the prose run up past the article header.
    name: "article header inside the prose run",
    text: page(P(90), P(91), "Council agrees bridge repair budget", "By Ana Lopez", "Published 12 March 2024", P(1), P(2), P(3)),
    headline: "Council agrees bridge repair budget",
    authors: ["Ana Lopez"],
    published: "2024-03-12",
    bodyExcludes: "Paragraph 90",
  },
  {
    // Long reader comments after the article are not the article, however much prose they hold.
    name: "comment thread after the article",
    text: page(
      "Council agrees bridge repair budget",
      "By Ana Lopez",
      P(1),
      P(2),
      P(3),
      P(4),
      "12 Comments",
      P(50),
      P(51),
      P(52),
      P(53),
      P(54),
      P(55),
    ),
    bodyIncludes: "Paragraph 4",
    bodyExcludes: "Paragraph 50",
  },
  {
    // "Updated X / Original Y": the label nearest each date says which it is.
    name: "updated and original dates on one line",
    text: page("Council agrees bridge repair budget", "Updated March 13, 2024 9:10 am ET / Original March 12, 2024 8:02 am ET", P(1), P(2)),
    // "ET" in March 2024 after the 10th is summer time: -04:00.
    published: "2024-03-12T08:02-04:00",
    updated: "2024-03-13T09:10-04:00",
  },
  {
    // A post-meta line of short segments carries the date.
    name: "post-meta line",
    text: page("Council agrees bridge repair budget", "March 12, 2024/0 Comments/in Local News/by admin", P(1), P(2)),
    published: "2024-03-12",
  },
  {
    // An unlabelled date far below, on a teaser or an embed, is not the article's date.
    name: "teaser date far from the headline",
    text: page("Council agrees bridge repair budget", P(1), P(2), P(3), P(4), P(5), "Flood defences approved", "January 3, 2019", P(6)),
    published: null,
  },
  {
    // Only an update time near the headline: the publication day stays unknown.
    name: "only an update date",
    text: page("Council agrees bridge repair budget", "Updated 5:27 am, Wednesday, March 13, 2024", P(1), P(2)),
    published: null,
    updated: "2024-03-13T05:27",
  },
  {
    // The copyright line names the owning company; the masthead names the publication.
    name: "owner in the copyright line, brand in the masthead",
    text: page(
      "Riverside Gazette homepage",
      "Council agrees bridge repair budget",
      P(1),
      P(2),
      "© 2024 Riverside Gazette Media Group. All rights reserved.",
    ),
    source: "Riverside Gazette",
  },
  {
    // The outlet printed after the names is the publisher, not an author.
    name: "outlet beside the byline",
    text: page("Council agrees bridge repair budget", "Ana Lopez and Tom Reed RIVERSIDE TODAY", P(1), P(2)),
    authors: ["Ana Lopez", "Tom Reed"],
    source: "RIVERSIDE TODAY",
  },
  {
    // A wire agency credit is a byline without a person, and never a headline.
    name: "agency credit",
    text: page("Council agrees bridge repair budget", "The Associated Press", "Published Monday, March 11, 2024 8:22AM EST", P(1), P(2)),
    headline: "Council agrees bridge repair budget",
    authors: [],
    published: "2024-03-11T08:22-05:00",
  },
  {
    // A gallery prints each caption twice; the body keeps it once and drops the counters.
    name: "gallery captions",
    text: page(
      "Council agrees bridge repair budget",
      P(1),
      "Image 1 of 3",
      "Engineers inspect the cracked pier of the river bridge on Monday morning.",
      "Engineers inspect the cracked pier of the river bridge on Monday morning.",
      P(2),
    ),
    bodyExcludes: "Image 1 of 3",
  },
  {
    // Breadcrumbs and file names are never headlines.
    name: "breadcrumb above the headline",
    text: page("News > Local > Transport", "Council agrees bridge repair budget", "By Ana Lopez", P(1), P(2)),
    headline: "Council agrees bridge repair budget",
  },
  {
    // "By" on one line and the name on the next.
    name: "byline split over two lines",
    text: ["Council agrees bridge repair budget", "", "By", "Ana Lopez", "March 12, 2024", "", P(1), "", P(2)].join("\n"),
    authors: ["Ana Lopez"],
    published: "2024-03-12",
  },
  {
    // Role and credentials after a name are not names.
    name: "roles and credentials after the name",
    text: page("Council agrees bridge repair budget", "March 12, 2024 | BY: Ana Lopez, MS, RDN", P(1), P(2)),
    authors: ["Ana Lopez"],
  },
];

describe("page shapes", () => {
  it.each(ROWS)("$name", (row) => {
    const r = extractRaw(row.text, { maxDate: "2026-12-31" });
    if (row.headline !== undefined) expect(r.headline.value).toBe(row.headline);
    if (row.authors !== undefined) expect(r.authors.value).toEqual(row.authors);
    if (row.published !== undefined) expect(r.published.value).toBe(row.published);
    if (row.updated !== undefined) expect(r.updated.value).toBe(row.updated);
    if (row.source !== undefined) expect(r.source.value).toBe(row.source);
    const body = r.body.map((b) => b.text).join("\n");
    if (row.bodyIncludes !== undefined) expect(body).toContain(row.bodyIncludes);
    if (row.bodyExcludes !== undefined) expect(body).not.toContain(row.bodyExcludes);
  });
});

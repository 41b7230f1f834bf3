import { describe, expect, it } from "vitest";
import { extractRaw } from "../../src/extract/extract";

// Small page dumps written for these tests, in the shapes real pages take.
const PARA = (n: number) =>
  `Paragraph ${n} of the article explains in plain words what happened in the town this week and why it matters to the people living there.`;

const page = (...lines: string[]) => lines.join("\n");

describe("extractRaw", () => {
  it("takes the title line just above the byline and the prose as the headline", () => {
    const r = extractRaw(
      page("Home", "World", "", "Town council approves new bridge plan", "", "By Jane Doe", "", PARA(1), "", PARA(2), "", PARA(3)),
    );
    expect(r.headline.value).toBe("Town council approves new bridge plan");
    expect(r.headline.provenance).toMatchObject({ kind: "extracted", line: 4 });
    expect(r.authors.value).toEqual(["Jane Doe"]);
    expect(r.body.map((b) => b.text)).toEqual([PARA(1), PARA(2), PARA(3)]);
  });

  it("numbers lines from the given first line (text after front matter)", () => {
    const r = extractRaw(page("Bridge plan approved by the town council", "", PARA(1), "", PARA(2)), { firstLine: 5 });
    expect(r.headline.provenance).toMatchObject({ line: 5 });
    expect(r.body[0]?.line).toBe(7);
  });

  it("removes comment forms, promos and donation appeals with a reason", () => {
    const r = extractRaw(
      page(
        "Press Enter to skip to content",
        "Bridge plan approved by the town council",
        PARA(1),
        PARA(2),
        "More from Politics",
        "Leave a Reply",
        "Your email address will not be published. Required fields are marked *",
        "DONATIONS to SUPPORT OUR WORK – please pay PayPal and DONATE to help us report the news every day",
      ),
    );
    expect(r.body).toHaveLength(2);
    const reasons = Object.fromEntries(r.removed.map((x) => [x.line, x.reason]));
    expect(reasons[1]).toBe("chrome:skip-link");
    expect(reasons[5]).toBe("chrome:promo");
    expect(reasons[6]).toBe("chrome:comments");
    expect(reasons[7]).toBe("chrome:comments");
    expect(reasons[8]).toBe("chrome:appeal");
  });

  it("keeps a repeated headline once and records the copy as removed", () => {
    const r = extractRaw(page("Bridge plan approved by council", "", "Bridge plan approved by council", "", PARA(1), "", PARA(2)));
    expect(r.headline.value).toBe("Bridge plan approved by council");
    expect(r.removed).toContainEqual({ line: 1, text: "Bridge plan approved by council", reason: "repeated-headline" });
    expect(r.body).toHaveLength(2);
  });

  it("reads two unlabelled date lines as published and updated", () => {
    const r = extractRaw(
      page("Jul 2, 2025, 12:00 AM", "Jun 29, 2025, 2:23 PM", "", "Bridge plan approved by the council", "", PARA(1), PARA(2)),
    );
    expect(r.published.value).toBe("2025-06-29T14:23");
    expect(r.updated.value).toBe("2025-07-02T00:00");
  });

  it("leaves a relative date unknown and says why", () => {
    const r = extractRaw(page("Bridge plan approved by the council", "Published 3 days ago", "", PARA(1), PARA(2)));
    expect(r.published.value).toBeNull();
    expect(r.published.provenance).toMatchObject({ kind: "unknown" });
    expect(JSON.stringify(r.published.provenance)).toContain("3 days ago");
  });

  it("refuses a date outside the plausible range", () => {
    const r = extractRaw(page("Bridge plan approved by the council", "March 3, 2203", "", PARA(1), PARA(2)), { maxDate: "2026-12-31" });
    expect(r.published.value).toBeNull();
  });

  it("collects a labelled bullet list as highlights, not body", () => {
    const r = extractRaw(
      page(
        "Bridge plan approved by the council",
        "Highlights",
        "  • The council voted seven to two in favour of the new bridge across the river on Monday evening.",
        "  • Construction is expected to begin next spring and take two years to complete in full.",
        "Story",
        PARA(1),
      ),
    );
    expect(r.highlights.value).toHaveLength(2);
    expect(r.body.map((b) => b.text)).toEqual([PARA(1)]);
  });

  it("names the publisher from a copyright line and its masthead", () => {
    const r = extractRaw(
      page(
        "Daily Example Gazette",
        "Bridge plan approved by the council",
        PARA(1),
        PARA(2),
        "© 2024 Daily Example Gazette. All rights reserved.",
      ),
    );
    expect(r.source.value).toBe("Daily Example Gazette");
  });

  it("leaves the publisher unknown without a publisher signal", () => {
    const r = extractRaw(page("Bridge plan approved by the council", PARA(1), "More from Politics"));
    expect(r.source.value).toBeNull();
  });

  it("finds no article in a page of chrome only", () => {
    const r = extractRaw(
      page("Home", "Menu", "Leave a Reply", "Your email address will not be published. Required fields are marked *", "Subscribe"),
    );
    expect(r.body).toEqual([]);
    expect(r.headline.value).toBeNull();
    expect(r.bodyProvenance).toMatchObject({ kind: "unknown" });
  });

  it("accounts for every non-blank line exactly once in the explanation", () => {
    const text = page("Home", "", "Bridge plan approved by the council", "By Jane Doe", PARA(1), "Leave a Reply");
    const r = extractRaw(text);
    expect(r.explain.map((e) => e.line)).toEqual([1, 3, 4, 5, 6]);
  });

  it("is deterministic and line-ending independent once CR is normalised", () => {
    const text = page("Bridge plan approved by the council", "By Jane Doe", PARA(1), PARA(2));
    expect(extractRaw(text)).toEqual(extractRaw(text));
  });
});

import { describe, expect, it } from "vitest";
import { checkFieldLimits, MAX_NAME_CHARS, MAX_NAME_SEGMENT_CHARS, type LimitedFields } from "../../src/record/field-limits";
import { MAX_SLUG_LENGTH } from "../../src/util/slug-rules";
import { parseArticleText } from "../../src/ingest/parse-article";
import { resolveSettings } from "../../src/config/settings";
import type { Provenance } from "../../src/types";

const F = "content/articles/x.md";
const fm = (key: string, line: number): Provenance => ({ kind: "front-matter", key, line });
const read = (line: number): Provenance => ({ kind: "extracted", line, rule: "test", confidence: 1 });
const unknown: Provenance = { kind: "unknown", reason: "test" };

/** Fields that pass every check; override what a row is about. */
function fields(overrides: Partial<LimitedFields> = {}): LimitedFields {
  return {
    authors: { value: ["Jane Roe"], provenance: fm("authors", 4) },
    source: { value: "Example Wire", provenance: fm("source", 5) },
    slug: { value: "talks-resume", provenance: fm("slug", 6) },
    published: { value: "2023-09-20", provenance: fm("date", 2) },
    updated: { value: "2023-09-21", provenance: fm("updated", 3) },
    ...overrides,
  };
}

const found = (f: LimitedFields) => checkFieldLimits(F, f).map((d) => `${d.id}@${d.line ?? "-"}`);

describe("checkFieldLimits", () => {
  it("accepts ordinary names, slugs and dates", () => {
    expect(found(fields())).toEqual([]);
  });

  it.each([
    // The 439-character values that stopped a build with ENAMETOOLONG half way through writing.
    ["a 439-character author", { authors: { value: ["Ann", "A".repeat(439)], provenance: fm("authors", 4) } }, ["field-too-long@4"]],
    ["a 439-character source", { source: { value: "S".repeat(439), provenance: fm("source", 5) } }, ["field-too-long@5"]],
    ["a 439-character slug", { slug: { value: "s".repeat(439), provenance: fm("slug", 6) } }, ["field-too-long@6"]],
    // One character over the name limit.
    [
      "an author one character too long",
      { authors: { value: ["é".repeat(MAX_NAME_CHARS + 1)], provenance: fm("authors", 4) } },
      ["field-too-long@4"],
    ],
    // Short, but its transliteration is not: each emoji becomes its English name in the URL.
    [
      "a name of emoji that transliterates past the segment limit",
      { source: { value: "🦄".repeat(30), provenance: fm("source", 5) } },
      ["field-too-long@5"],
    ],
    // Read from the text: the line it was read from.
    ["a long source read from the text", { source: { value: "Wire ".repeat(40).trim(), provenance: read(17) } }, ["field-too-long@17"]],
    // Updated a day before it was published: a warning at the `updated` line.
    [
      "an update before the publication",
      { updated: { value: "2023-09-19", provenance: fm("updated", 3) } },
      ["updated-before-published@3"],
    ],
    // Same day, earlier time.
    [
      "an update earlier on the same day",
      { published: { value: "2023-09-20T10:00", provenance: fm("date", 2) }, updated: { value: "2023-09-20T09:59", provenance: read(8) } },
      ["updated-before-published@8"],
    ],
    // Both with offsets: compared as instants (09:00Z is 14:30 at +05:30).
    [
      "an update earlier as an instant though written later",
      {
        published: { value: "2023-09-20T10:00Z", provenance: fm("date", 2) },
        updated: { value: "2023-09-20T14:00+05:30", provenance: fm("updated", 3) },
      },
      ["updated-before-published@3"],
    ],
  ])("reports %s", (_name, overrides, expected) => {
    expect(found(fields(overrides as Partial<LimitedFields>))).toEqual(expected);
  });

  it.each([
    // Exactly at the limits.
    ["a name of the longest length", { authors: { value: ["a".repeat(MAX_NAME_CHARS)], provenance: fm("authors", 4) } }],
    ["a slug of the longest length", { slug: { value: "s".repeat(MAX_SLUG_LENGTH), provenance: fm("slug", 6) } }],
    // A slug made from a headline is cut already.
    [
      "a long slug made from a headline",
      { slug: { value: "s".repeat(MAX_SLUG_LENGTH * 2), provenance: { kind: "inferred", rule: "slug:headline" } as Provenance } },
    ],
    // A day and a time on that day: no order to contradict.
    [
      "an update on the publication day without a time",
      {
        published: { value: "2023-09-20T10:00", provenance: fm("date", 2) },
        updated: { value: "2023-09-20", provenance: fm("updated", 3) },
      },
    ],
    // Both with offsets: 09:00Z is after 14:00+05:30 (08:30Z) though its text sorts first.
    [
      "an update later as an instant though its text sorts first",
      {
        published: { value: "2023-09-20T14:00+05:30", provenance: fm("date", 2) },
        updated: { value: "2023-09-20T09:00Z", provenance: fm("updated", 3) },
      },
    ],
    // One offset stated, one not: the site's zone decides, so only the days are compared.
    [
      "an update with an offset on the same day as a publication without one",
      {
        published: { value: "2023-09-20T14:00", provenance: fm("date", 2) },
        updated: { value: "2023-09-20T09:00Z", provenance: fm("updated", 3) },
      },
    ],
    // Unknown dates.
    ["no update date", { updated: { value: null, provenance: unknown } }],
  ])("accepts %s", (_name, overrides) => {
    expect(found(fields(overrides as Partial<LimitedFields>))).toEqual([]);
  });

  it("keeps the segment limit well under the 255-byte file-name limit, with room for a suffix", () => {
    expect(MAX_NAME_SEGMENT_CHARS + "-9999".length).toBeLessThan(255 / 1.5);
  });
});

describe("the record of a file with over-long fields", () => {
  const ctx = { topics: [], settings: resolveSettings(), now: new Date("2027-01-01T00:00:00Z") };
  const body = "Hundreds of families returned this week to villages they had left during the fighting, local officials said.\n";

  it("is not built, and each long field is reported at its front-matter line", () => {
    const text = `---\ntitle: Talks resume\nauthors: ["${"A".repeat(439)}"]\nsource: "${"S".repeat(439)}"\nslug: ${"s".repeat(439)}\n---\n${body}`;
    const { record, diagnostics } = parseArticleText(F, text, ctx);
    expect(record).toBeNull();
    expect(diagnostics.map((d) => `${d.id}@${d.line}`)).toEqual(["field-too-long@3", "field-too-long@4", "field-too-long@5"]);
    expect(diagnostics[0]!.message).toMatch(/^The author name `A{57}…` is 439 characters long; the limit is 100\.$/);
  });

  it("is built with a warning when the update precedes the publication", () => {
    const { record, diagnostics } = parseArticleText(
      F,
      `---\ntitle: Talks resume\ndate: 2023-09-20\nupdated: 2023-09-01\n---\n${body}`,
      ctx,
    );
    expect(record).not.toBeNull();
    expect(diagnostics).toMatchObject([{ id: "updated-before-published", severity: "warning", line: 4 }]);
  });
});

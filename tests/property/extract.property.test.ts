import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractRaw } from "../../src/extract/extract";
import { parseArticleText } from "../../src/ingest/parse-article";
import { resolveSettings } from "../../src/config/settings";

/**
 * Properties of the raw-text extractor over generated page dumps: it never throws, it accounts
 * for every line, it is deterministic, and line endings do not matter. A failure prints the
 * seed and the shrunk counterexample; rerun it with `FC_SEED=<seed>`.
 */

const seed = process.env["FC_SEED"] === undefined ? {} : { seed: Number(process.env["FC_SEED"]) };
const settings = resolveSettings();
const NOW = new Date("2027-01-01T00:00:00Z");

const WORDS = [
  "the",
  "officials",
  "said",
  "on",
  "Tuesday",
  "talks",
  "border",
  "village",
  "families",
  "returned",
  "Yerevan",
  "ceasefire",
  "2023",
  "its",
  "a",
  "report",
  "«quoted»",
  "“said”",
  "—",
  "Mr.",
  "U.S.",
  "3.5%",
  "北京",
  "السلام",
  "🔥",
];
const FRAGMENTS = [
  "Villagers return to homes near the border",
  "Mayor Resigns!",
  "北京新闻发布会",
  "مقتل جنود حفظ السلام",
  "By Jane Roe",
  "By Jane Roe and John Doe | Reuters",
  "Jane Roe",
  "AP",
  "By | September 20, 2023",
  "September 20, 2023",
  "Published: 2023-09-20",
  "Updated Jul 2, 2025, 12:00 AM",
  "3 days ago",
  "03/04/2023",
  "yesterday",
  "Share this article",
  "Subscribe to our newsletter",
  "Leave a Reply",
  'Press "Enter" to skip to content',
  "© 2024 Example Daily",
  "Related articles",
  "Key points",
  "Highlights",
  "Advertisement",
  "12 comments",
  "Reply",
  "Photo: Jane Roe/AP",
  "1 / 12",
  "• First point of the story.",
  "- a list item",
  "* starred line",
  "1. numbered",
  "Example Daily",
  "Home | World | Politics",
  "",
  " ",
  "\t",
  "|",
  "•",
  "---",
  "<script>alert(1)</script>",
  "{{ site.secret }}",
  "{% include x %}",
  "\u200b",
  "\u202eevil",
  "\ufeff",
  "👨‍👩‍👧",
  "Caf\u00e9 / Cafe\u0301",
];

/** A prose sentence of 5 to 40 words. */
const sentence = fc
  .array(fc.constantFrom(...WORDS), { minLength: 5, maxLength: 40 })
  .map((words) => `${words.join(" ")}${[".", "!", "?", "", ".”"][words.length % 5]}`);

/** One line of a page dump: a known fragment, prose, or arbitrary text (any code points). */
const line = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 4, arbitrary: sentence },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 60 }).map((s) => s.replace(/[\r\n]/g, " ")) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 200 }) },
);

/** A page dump of up to 60 lines, `\n`-separated (as the loader hands it over). */
const page = fc.array(line, { maxLength: 60 }).map((lines) => lines.join("\n").replace(/\r\n?/g, "\n"));

/** A line the extractor must account for: it has a letter or a digit. */
const HAS_TEXT = /[\p{L}\p{N}]/u;
const ROLES = new Set(["headline", "byline", "date", "body", "highlight", "source", "removed"]);

describe("extractRaw over generated pages", () => {
  it("never throws, and puts every line with text in exactly one place: a field, the body, or removed with a reason", () => {
    fc.assert(
      fc.property(page, fc.integer({ min: 1, max: 40 }), (text, firstLine) => {
        const x = extractRaw(text, { firstLine, minDate: "1800-01-01", maxDate: "2027-01-03" });
        // Hard-wrapped paragraphs are rejoined: one explanation may cover file lines line..endLine.
        const covering = new Map<number, number>();
        for (const e of x.explain) for (let n = e.line; n <= e.endLine; n++) covering.set(n, (covering.get(n) ?? 0) + 1);
        text.split("\n").forEach((raw, i) => {
          const n = firstLine + i;
          if (HAS_TEXT.test(raw)) expect(covering.get(n), `line ${n}: ${JSON.stringify(raw)}`).toBe(1);
          else expect(covering.get(n) ?? 0, `line ${n}: ${JSON.stringify(raw)}`).toBeLessThanOrEqual(1);
        });
        for (const e of x.explain) {
          expect(ROLES.has(e.role), e.role).toBe(true);
          expect(e.why).not.toBe("");
        }
        const withRole = (role: string) =>
          x.explain
            .filter((e) => e.role === role)
            .map((e) => e.line)
            .sort((a, b) => a - b);
        expect(x.removed.map((r) => r.line).sort((a, b) => a - b)).toEqual(withRole("removed"));
        for (const r of x.removed) expect(r.reason).not.toBe("");
        expect(x.body.map((b) => b.line).sort((a, b) => a - b)).toEqual(withRole("body"));
        expect(withRole("headline")).toEqual(x.headline.provenance.kind === "extracted" ? [x.headline.provenance.line] : []);
        expect(withRole("byline")).toEqual(x.byline.provenance.kind === "extracted" ? [x.byline.provenance.line] : []);
        expect(withRole("highlight")).toHaveLength(x.highlights.value.length);
      }),
      { numRuns: 10_000, ...seed },
    );
  });

  it("returns the same extraction for the same text", () => {
    fc.assert(
      fc.property(page, (text) => {
        expect(extractRaw(text)).toEqual(extractRaw(text));
      }),
      { numRuns: 2_000, ...seed },
    );
  });

  it("gives the same record and diagnostics for CRLF, CR-only and LF copies of a file", () => {
    fc.assert(
      fc.property(page, (text) => {
        const parse = (t: string) => parseArticleText("content/articles/a.txt", t, { topics: [], settings, now: NOW });
        const lf = parse(text);
        expect(parse(text.replace(/\n/g, "\r\n"))).toEqual(lf);
        expect(parse(text.replace(/\n/g, "\r"))).toEqual(lf);
      }),
      { numRuns: 2_000, ...seed },
    );
  });
});

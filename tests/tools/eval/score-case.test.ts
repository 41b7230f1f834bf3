import { describe, expect, it } from "vitest";
import { failedCase, scoreCase, shingles, type CaseTruth } from "../../../src/tools/eval/score-case";

const truth = (fields: string[], extra: Partial<CaseTruth> = {}): CaseTruth => ({ truth_fields: fields, ...extra });

describe("headline", () => {
  it.each([
    ["same after normalising", "Harbour \u2018Reopens\u2019 \u2014 At Last", 1],
    ["different words", "Harbour closes", 0],
    ["missing", null, 0],
  ])("%s", (_name, headline, expected) => {
    expect(scoreCase(truth(["headline"], { headline: "harbour 'reopens' - at last" }), { headline }, []).headline).toBe(expected);
  });

  it("warns when the headline is not a string", () => {
    const warnings: string[] = [];
    expect(scoreCase(truth(["headline"], { headline: "1" }), { headline: 1 }, warnings).headline).toBe(0);
    expect(warnings).toEqual(["headline not a string"]);
  });
});

describe("authors set F1", () => {
  it.each([
    ["exact", ["By Ada Quill", "Tom Reed"], ["Ada Quill", "Tom Reed"], { authors: 1, authors_p: 1, authors_r: 1 }],
    ["one of two", ["Ada Quill"], ["Ada Quill", "Tom Reed"], { authors: 2 / 3, authors_p: 1, authors_r: 0.5 }],
    ["one right, one wrong", ["Ada Quill", "Staff"], ["Ada Quill"], { authors: 2 / 3, authors_p: 0.5, authors_r: 1 }],
    ["duplicates count once", ["Ada Quill", "ADA QUILL"], ["Ada Quill"], { authors: 1, authors_p: 1, authors_r: 1 }],
    ["none predicted: precision undefined", [], ["Ada Quill"], { authors: 0, authors_p: null, authors_r: 0 }],
    ["none predicted, none true", [], [], { authors: 0, authors_p: null, authors_r: 0 }],
  ])("%s", (_name, predicted, gold, expected) => {
    const s = scoreCase(truth(["authors"], { authors: gold }), { authors: predicted }, []);
    expect(s.authors).toBeCloseTo(expected.authors, 12);
    expect(s.authors_p).toBe(expected.authors_p);
    expect(s.authors_r).toBe(expected.authors_r);
  });

  it("treats a non-array as empty, with a warning", () => {
    const warnings: string[] = [];
    expect(scoreCase(truth(["authors"], { authors: ["Ada Quill"] }), { authors: "Ada Quill" }, warnings).authors).toBe(0);
    expect(warnings).toEqual(["authors not an array"]);
  });
});

describe("published: wrong is not the same as null", () => {
  it.each([
    ["same day, other time", "2024-03-05T22:00:00Z", { published: 1, published_wrong: 0, published_null: 0 }],
    ["wrong day", "2024-03-06", { published: 0, published_wrong: 1, published_null: 0 }],
    ["null", null, { published: 0, published_wrong: 0, published_null: 1 }],
    ["empty string", "", { published: 0, published_wrong: 0, published_null: 1 }],
    ["not ISO", "5 March 2024", { published: 0, published_wrong: 1, published_null: 0 }],
  ])("%s", (_name, published, expected) => {
    expect(scoreCase(truth(["published"], { published: "2024-03-05" }), { published }, [])).toEqual(expected);
  });
});

describe("source", () => {
  it.each([
    ["normalised match", "the harbour gazette.com", 1],
    ["an accepted alternative", "HG Online", 1],
    ["another publisher", "Valley Times", 0],
    ["missing", null, 0],
  ])("%s", (_name, source, expected) => {
    const t = truth(["source"], { source: "The Harbour Gazette", source_alt: ["hg-online"] });
    expect(scoreCase(t, { source }, []).source).toBe(expected);
  });
});

describe("body", () => {
  const gold = "the ferry runs again the ferry is full";
  it.each([
    ["exact, as paragraphs", ["The ferry runs again.", "The ferry is full."], { p: 1, r: 1, f4: 1 }],
    ["half the words", "the ferry runs again", { p: 1, r: 0.5, f4: 2 / 6 }],
    ["extra chrome words", `${gold} sign in subscribe now`, { p: 8 / 12, r: 1, f4: 10 / 14 }],
    ["empty", [], { p: 0, r: 0, f4: 0 }],
  ])("%s", (_name, body, expected) => {
    const s = scoreCase(truth(["body"], { body: gold }), { body }, []);
    expect(s.body_p).toBeCloseTo(expected.p, 12);
    expect(s.body_r).toBeCloseTo(expected.r, 12);
    const f = expected.p + expected.r > 0 ? (2 * expected.p * expected.r) / (expected.p + expected.r) : 0;
    expect(s.body).toBeCloseTo(f, 12);
    expect(s.body_f1_4gram).toBeCloseTo(expected.f4, 12);
  });

  it("builds 4-word shingles, a short text being one", () => {
    expect(shingles(["a", "b", "c", "d", "e"])).toEqual(["a b c d", "b c d e"]);
    expect(shingles(["a", "b"])).toEqual(["a b"]);
    expect(shingles([])).toEqual([]);
  });
});

describe("fields and failures", () => {
  it("scores only the truth's fields, and a failure as all wrong", () => {
    const t = truth(["headline", "published"], { headline: "Ferry returns", published: "2024-03-05", source: "Gazette" });
    expect(Object.keys(scoreCase(t, { headline: "Ferry returns", source: "Gazette" }, []))).toEqual([
      "headline",
      "published",
      "published_wrong",
      "published_null",
    ]);
    expect(failedCase(t)).toEqual({ headline: 0, published: 0, published_wrong: 0, published_null: 1 });
  });
});

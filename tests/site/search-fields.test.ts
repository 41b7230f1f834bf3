import { describe, expect, it } from "vitest";
import { searchFilters, searchMeta, searchSort, type SearchFieldsRecord } from "../../src/site/search-fields";

const record = (extra: Partial<SearchFieldsRecord> = {}): SearchFieldsRecord => ({
  headline: "Convoy reaches the city",
  published: "2024-05-14T06:02+04:00",
  source: "The Example Times",
  authors: ["Jane Doe", "John Roe"],
  byline: "By Jane Doe and John Roe",
  ...extra,
});

describe("searchMeta (what a search result shows under its headline)", () => {
  it.each([
    [
      "a dated, sourced, signed article",
      record(),
      { published: "14 May 2024", source: "The Example Times", author: "Jane Doe and John Roe" },
    ],
    [
      "an article with nothing known",
      record({ published: null, source: null, authors: [], byline: null }),
      { published: "unknown", source: "unknown", author: "unknown" },
    ],
    [
      "a byline with no recognised names",
      record({ authors: [], byline: "By Staff Reporter" }),
      { published: "14 May 2024", source: "The Example Times", author: "Staff Reporter" },
    ],
    [
      "a source spelled with extra spaces",
      record({ source: " The  Example Times " }),
      { published: "14 May 2024", source: "The Example Times", author: "Jane Doe and John Roe" },
    ],
  ])("describes %s by its date, source and byline", (_, r, expected) => {
    expect(searchMeta(r)).toEqual({ title: "Convoy reaches the city", ...expected });
  });
});

describe("searchFilters", () => {
  it("lets readers pick undated articles and articles of an unknown source", () => {
    const f = searchFilters(record({ published: null, source: null, authors: [] }), []);
    expect(f.year).toEqual(["Undated"]);
    expect(f.source).toEqual(["Source unknown"]);
    expect(f.author).toEqual([]);
  });

  it("files a dated article under its year, its source and each author once, escaped for Pagefind's labels", () => {
    const f = searchFilters(record({ source: "Smith & Sons", authors: ["Jane Doe", " Jane Doe ", "<b>Roe</b>"] }), ["Law & order"]);
    expect(f).toEqual({
      topic: ["Law &amp; order"],
      source: ["Smith &amp; Sons"],
      author: ["Jane Doe", "&lt;b&gt;Roe&lt;/b&gt;"],
      year: ["2024"],
    });
  });
});

describe("searchSort", () => {
  it.each([
    ["2024-05-14T06:02+04:00", "2024-05-14"],
    ["2024-05-14", "2024-05-14"],
    [null, "0000-00-00"],
  ])("sorts an article published %s by the day %s, undated ones last when newest come first", (published, date) => {
    expect(searchSort({ published })).toEqual({ date });
  });
});

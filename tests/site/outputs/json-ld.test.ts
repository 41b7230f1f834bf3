import { describe, expect, it } from "vitest";
import { newsArticle, serializeJsonLd, type NewsArticleInput } from "../../../src/site/outputs/json-ld";

const input: NewsArticleInput = {
  url: "https://example.org/articles/a/",
  headline: "A",
  published: null,
  updated: null,
  authors: [],
  publisher: null,
  originalUrl: "https://example.org/articles/a/original.txt",
  canonical: null,
  keywords: [],
  description: "",
  timeZone: "UTC",
};

describe("newsArticle", () => {
  it("names a saved page's own address as what the article is based on, beside its original text", () => {
    const ld = newsArticle({ ...input, canonical: "https://news.example/a" });
    expect(ld["isBasedOn"]).toEqual(["https://news.example/a", input.originalUrl]);
    expect(newsArticle(input)["isBasedOn"]).toBe(input.originalUrl);
  });

  it("leaves out what is unknown instead of inventing it", () => {
    const ld = newsArticle(input);
    for (const key of ["datePublished", "dateModified", "author", "publisher", "keywords", "description"]) {
      expect(ld, key).not.toHaveProperty(key);
    }
    expect(ld).toMatchObject({ "@type": "NewsArticle", headline: "A", isBasedOn: input.originalUrl });
  });

  it("includes known dates, authors and publisher", () => {
    const ld = newsArticle({
      ...input,
      published: "2025-06-29T14:23",
      updated: "2025-07-02",
      authors: [{ name: "Mark Dovich", url: "https://example.org/authors/mark-dovich/" }],
      publisher: "CivilNet",
    });
    expect(ld).toMatchObject({
      datePublished: "2025-06-29T14:23:00Z",
      dateModified: "2025-07-02",
      author: [{ "@type": "Person", name: "Mark Dovich", url: "https://example.org/authors/mark-dovich/" }],
      publisher: { "@type": "Organization", name: "CivilNet" },
    });
  });

  it.each([
    // The offset the article states is kept, whatever the site's zone.
    ["2024-03-05T14:00+05:30", "Europe/Paris", "2024-03-05T14:00:00+05:30"],
    ["2024-03-05T14:00-04:00", "UTC", "2024-03-05T14:00:00-04:00"],
    // A time without an offset is in the site's zone; a day stays a day.
    ["2024-03-05T14:00", "America/New_York", "2024-03-05T14:00:00-05:00"],
    ["2024-03-05", "Asia/Kolkata", "2024-03-05"],
  ])("gives datePublished %s in the site zone %s as %s", (published, timeZone, expected) => {
    expect(newsArticle({ ...input, published, timeZone })["datePublished"]).toBe(expected);
  });
});

describe("serializeJsonLd", () => {
  it.each([
    // Nothing can close the script element or open a comment, and the value survives.
    ["</script><script>alert(1)</script>"],
    ["<!-- a & b -->"],
    ["line\u2028separator"],
  ])("keeps %j inert and parseable", (text) => {
    const json = serializeJsonLd({ headline: text });
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual({ headline: text });
  });
});

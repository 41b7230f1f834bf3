import { describe, expect, it } from "vitest";
import { isArticleRecord } from "../../src/load/warc-article";

const page = new TextEncoder().encode("<html><body><p>text</p></body></html>");

describe("isArticleRecord", () => {
  it.each([
    // A page below the root may be an article; the extractor's confidence decides the rest.
    ["https://example.org/2024/05/floods.html", true],
    ["https://example.org/news/floods-reach-the-old-town", true],
    ["https://example.org/news/", true],
    ["https://example.org/2024/05/floods/index.html", true],
    ["https://example.org/article?id=42", true],
    // The site's home page.
    ["https://example.org/", false],
    ["https://example.org", false],
    ["https://example.org/?page=2", false],
    ["https://example.org/index.html", false],
    ["https://example.org/default.aspx", false],
    // URLs naming assets and feeds, even when answered with HTML.
    ["https://example.org/robots.txt", false],
    ["https://example.org/favicon.ico", false],
    ["https://example.org/static/site.css", false],
    ["https://example.org/feed.xml", false],
    ["https://example.org/images/photo.JPG", false],
    // Not a web page URL at all.
    ["dns:example.org", false],
    ["ftp://example.org/story.html", false],
    ["not a url", false],
  ])("takes %s as a possible article: %s", (targetUri, expected) => {
    expect(isArticleRecord({ targetUri, body: page })).toBe(expected);
  });

  it("turns away a page with an empty body", () => {
    expect(isArticleRecord({ targetUri: "https://example.org/2024/05/floods.html", body: new Uint8Array(0) })).toBe(false);
  });
});

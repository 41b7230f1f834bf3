import { describe, expect, it } from "vitest";
import { parsePage } from "../../src/html/dom";
import { pageMetadata } from "../../src/html/page-metadata";

const WINDOW = { minDate: "1990-01-01", maxDate: "2030-12-31" };
const ld = (value: unknown): string => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
const meta = (doc: string) => pageMetadata(parsePage(doc), WINDOW);

describe("the JSON-LD part of the cascade", () => {
  it.each([
    // A NewsArticle at the top level, author as an object.
    [ld({ "@type": "NewsArticle", headline: "H", author: { "@type": "Person", name: "Jane Doe" } }), "H", ["Jane Doe"]],
    // Inside @graph, beside a WebSite and an Organization.
    [
      ld({
        "@graph": [
          { "@type": "WebSite", name: "Site" },
          { "@type": "ReportageNewsArticle", headline: "G", author: [{ name: "A One" }, { name: "B Two" }] },
        ],
      }),
      "G",
      ["A One", "B Two"],
    ],
    // In a top-level array, author as a "By" string.
    [ld([{ "@type": "BreadcrumbList" }, { "@type": ["BlogPosting"], name: "N", author: "By Jane Doe" }]), "N", ["Jane Doe"]],
    // An organisation as author is no person.
    [ld({ "@type": "Article", headline: "O", author: { "@type": "Organization", name: "Example News" } }), "O", undefined],
  ])("reads %#", (html, headline, authors) => {
    const m = meta(html);
    expect(m.headline?.value).toBe(headline);
    expect(m.authors?.value).toEqual(authors);
  });

  it("names where each value was stated", () => {
    const m = meta(
      ld({ "@type": "NewsArticle", headline: "H", datePublished: "2023-09-20T10:00:00+04:00", publisher: { name: "Example News" } }),
    );
    expect(m.headline?.provenance).toEqual({ kind: "page", from: "JSON-LD headline" });
    expect(m.published).toEqual({ value: "2023-09-20T10:00+04:00", provenance: { kind: "page", from: "JSON-LD datePublished" } });
    expect(m.source).toEqual({ value: "Example News", provenance: { kind: "page", from: "JSON-LD publisher.name" } });
  });

  it("leaves unknown what the page does not state, and skips a block that is not JSON", () => {
    const m = meta(`<script type="application/ld+json">{ not json</script>${ld({ "@type": "NewsArticle" })}<p>text</p>`);
    expect(m.headline).toBeUndefined();
    expect(m.authors).toBeUndefined();
    expect(m.published).toBeUndefined();
    expect(m.updated).toBeUndefined();
    expect(m.source).toBeUndefined();
    expect(m.canonical).toBeUndefined();
  });
});

describe("the meta part of the cascade", () => {
  it("falls back to Open Graph and article:* when there is no JSON-LD", () => {
    const m = meta(
      '<meta property="og:title" content="Mayor resigns"><meta property="article:published_time" content="2023-09-20"><meta property="og:site_name" content="Example News"><meta name="author" content="Jane Doe, Staff Writer">',
    );
    expect(m.headline?.value).toBe("Mayor resigns");
    expect(m.published).toEqual({ value: "2023-09-20", provenance: { kind: "page", from: "meta article:published_time" } });
    expect(m.source?.value).toBe("Example News");
    expect(m.authors).toEqual({ value: ["Jane Doe"], provenance: { kind: "page", from: "meta author" } });
  });

  it("reads every citation_author, drops an author that is an address", () => {
    const m = meta(
      '<meta property="article:author" content="https://example.com/jane"><meta name="citation_author" content="Doe, Jane"><meta name="citation_author" content="Ann Roe">',
    );
    expect(m.authors?.value).toContain("Ann Roe");
    expect(m.authors?.provenance).toEqual({ kind: "page", from: "meta citation_author" });
  });

  it("strips the site's name from a title", () => {
    expect(meta('<title>Mayor resigns | Example News</title><meta property="og:site_name" content="Example News">').headline?.value).toBe(
      "Mayor resigns",
    );
  });

  it("takes a date only from <time pubdate>, not from any <time>", () => {
    expect(meta('<time datetime="2020-01-02">Jan 2</time>').published).toBeUndefined();
    expect(meta('<time pubdate datetime="2020-01-02">Jan 2</time>').published?.value).toBe("2020-01-02");
  });

  it("refuses a date outside the plausible window", () => {
    expect(meta('<meta property="article:published_time" content="1066-10-14">').published).toBeUndefined();
  });

  it.each([
    ['<link rel="canonical" href="https://news.example/a?x=1">', "https://news.example/a?x=1", "link rel=canonical"],
    ['<meta property="og:url" content="http://news.example/b">', "http://news.example/b", "meta og:url"],
    [
      ld({ "@type": "NewsArticle", mainEntityOfPage: { "@id": "https://news.example/c" } }),
      "https://news.example/c",
      "JSON-LD mainEntityOfPage",
    ],
    // A relative canonical address, resolved against the absolute og:url.
    [
      '<link rel="canonical" href="/d"><meta property="og:url" content="https://news.example/x">',
      "https://news.example/d",
      "link rel=canonical",
    ],
  ])("reads the page's own address %#", (html, url, from) => {
    expect(meta(html).canonical).toEqual({ value: url, provenance: { kind: "page", from } });
  });

  it("never takes an address that is not http or https", () => {
    expect(meta('<link rel="canonical" href="javascript:alert(1)">').canonical).toBeUndefined();
  });
});

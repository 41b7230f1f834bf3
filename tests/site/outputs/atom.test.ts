import { describe, expect, it } from "vitest";
import { atomDate, atomFeed, EMPTY_FEED_UPDATED, type FeedEntry } from "../../../src/site/outputs/atom";
import { robotsTxt, sitemapXml } from "../../../src/site/outputs/sitemap";
import { escapeXml } from "../../../src/site/outputs/xml";

const entry = (over: Partial<FeedEntry>): FeedEntry => ({
  url: "https://example.org/articles/a/",
  title: "A",
  published: "2023-09-20",
  updated: null,
  authors: [],
  summary: "",
  categories: [],
  originalUrl: "https://example.org/articles/a/original.txt",
  contentHtml: "<p>Body</p>",
  ...over,
});
const feed = (entries: FeedEntry[]) =>
  atomFeed({ selfUrl: "https://example.org/feed.xml", pageUrl: "https://example.org/", title: "News & <more>", subtitle: "", entries });

describe("atomFeed", () => {
  it("takes its updated time from the newest entry, never the clock", () => {
    const xml = feed([entry({ published: "2023-09-20", updated: "2024-01-02T10:30" }), entry({ published: "2023-12-31" })]);
    expect(xml).toContain("  <updated>2024-01-02T10:30:00Z</updated>");
    expect(feed([])).toContain(`<updated>${EMPTY_FEED_UPDATED}</updated>`);
  });

  it("escapes every value, hostile headlines and body HTML included", () => {
    const xml = feed([entry({ title: `</title><script>"x"</script>`, authors: ["A & B"], categories: ['"q"'] })]);
    expect(xml).toContain("<title>&lt;/title&gt;&lt;script&gt;&quot;x&quot;&lt;/script&gt;</title>");
    expect(xml).toContain("<title>News &amp; &lt;more&gt;</title>");
    expect(xml).toContain('<content type="html">&lt;p&gt;Body&lt;/p&gt;</content>');
    expect(xml).toContain('<category term="&quot;q&quot;"/>');
    expect(xml).not.toMatch(/<script/);
  });

  it("writes only the authors it knows, and links the original text", () => {
    const xml = feed([entry({ authors: ["Mark Dovich"] })]);
    expect(xml).toContain("<author><name>Mark Dovich</name></author>");
    expect(xml).toContain('<link rel="via" type="text/plain" href="https://example.org/articles/a/original.txt"/>');
  });

  it.each([
    ["2023-09-20", "2023-09-20T00:00:00Z"],
    ["2025-07-02T14:05", "2025-07-02T14:05:00Z"],
  ])("dates %s as %s", (date, expected) => {
    expect(atomDate(date)).toBe(expected);
  });

  it("refuses a malformed date", () => {
    expect(() => atomDate("20 Sept")).toThrow(TypeError);
  });
});

describe("XML helpers", () => {
  it("drops characters XML cannot carry", () => {
    expect(escapeXml("a\u0000b\u000Cc\uD800d")).toBe("abcd");
  });

  it("lists lastmod only where a date is known", () => {
    const xml = sitemapXml([
      { url: "https://example.org/", lastModified: null },
      { url: "https://example.org/a?b&c", lastModified: "2025-07-02T00:00" },
    ]);
    expect(xml).toContain("<url><loc>https://example.org/</loc></url>");
    expect(xml).toContain("<url><loc>https://example.org/a?b&amp;c</loc><lastmod>2025-07-02</lastmod></url>");
  });

  it("names the sitemap in robots.txt", () => {
    expect(robotsTxt("https://example.org/sitemap.xml")).toBe("User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap.xml\n");
  });
});

import { describe, expect, it } from "vitest";
import { atomFeed, EMPTY_FEED_UPDATED, type FeedEntry } from "../../../src/site/outputs/atom";
import { robotsTxt, sitemapXml } from "../../../src/site/outputs/sitemap";
import { escapeXml } from "../../../src/site/outputs/xml";

const entry = (over: Partial<FeedEntry>): FeedEntry => ({
  url: "https://example.org/articles/a/",
  title: "A",
  published: "2023-09-20T00:00:00Z",
  updated: "2023-09-20T00:00:00Z",
  updatedMs: Date.UTC(2023, 8, 20),
  authors: [],
  summary: "",
  categories: [],
  originalUrl: "https://example.org/articles/a/original.txt",
  contentHtml: "<p>Body</p>",
  ...over,
});
const feed = (entries: FeedEntry[], emptyUpdated?: string) =>
  atomFeed({
    selfUrl: "https://example.org/feed.xml",
    pageUrl: "https://example.org/",
    title: "News & <more>",
    subtitle: "",
    entries,
    ...(emptyUpdated === undefined ? {} : { emptyUpdated }),
  });

describe("atomFeed", () => {
  it("takes its updated time from the newest entry, never the clock", () => {
    const xml = feed([
      entry({ updated: "2024-01-02T10:30:00Z", updatedMs: Date.UTC(2024, 0, 2, 10, 30) }),
      entry({ updated: "2023-12-31T00:00:00Z", updatedMs: Date.UTC(2023, 11, 31) }),
    ]);
    expect(xml).toContain("  <updated>2024-01-02T10:30:00Z</updated>");
    expect(feed([])).toContain(`<updated>${EMPTY_FEED_UPDATED}</updated>`);
  });

  it("compares entries by instant, not by the text of their offsets", () => {
    // 14:00 at +05:30 is 08:30 UTC, earlier than 09:00 UTC though its text sorts later.
    const xml = feed([
      entry({ updated: "2024-03-05T14:00:00+05:30", updatedMs: Date.UTC(2024, 2, 5, 8, 30) }),
      entry({ updated: "2024-03-05T09:00:00Z", updatedMs: Date.UTC(2024, 2, 5, 9) }),
    ]);
    expect(xml).toContain("  <updated>2024-03-05T09:00:00Z</updated>");
  });

  it("gives an empty feed the updated time it is handed, not 1970", () => {
    expect(feed([], "2024-03-05T09:00:00Z")).toContain("  <updated>2024-03-05T09:00:00Z</updated>");
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
    expect(xml).toContain("<url><loc>https://example.org/a?b&amp;c</loc><lastmod>2025-07-02T00:00:00Z</lastmod></url>");
  });

  it("names the sitemap in robots.txt", () => {
    expect(robotsTxt("https://example.org/sitemap.xml")).toBe("User-agent: *\nAllow: /\n\nSitemap: https://example.org/sitemap.xml\n");
  });
});

import { describe, expect, it } from "vitest";
import * as urls from "../../src/site/urls";

describe("urls", () => {
  it.each([
    // Every page kind has one fixed shape.
    [urls.homeUrl(), "/"],
    [urls.articleUrl("azerbaijan-cancels-events"), "/articles/azerbaijan-cancels-events/"],
    [urls.originalTextUrl("a-b"), "/articles/a-b/original.txt"],
    [urls.snapshotUrl("a-b"), "/articles/a-b/snapshot/"],
    [urls.savedPageUrl("a-b"), "/articles/a-b/original.bin"],
    [urls.topicsIndexUrl(), "/topics/"],
    [urls.topicUrl("diplomacy"), "/topics/diplomacy/"],
    // Page 1 of a topic is the topic itself, never /page/1/.
    [urls.topicUrl("diplomacy", 1), "/topics/diplomacy/"],
    [urls.topicUrl("diplomacy", 2), "/topics/diplomacy/page/2/"],
    [urls.archiveUrl(), "/archive/"],
    [urls.yearUrl("2023"), "/archive/2023/"],
    [urls.monthUrl("2023", "09"), "/archive/2023/09/"],
    [urls.undatedUrl(), "/archive/undated/"],
    [urls.stylesheetUrl(), "/assets/site.css"],
    [urls.notFoundUrl(), "/404.html"],
    [urls.sourcesIndexUrl(), "/sources/"],
    [urls.sourceUrl("civilnet", 2), "/sources/civilnet/page/2/"],
    [urls.sourceUnknownUrl(), "/sources/unknown/"],
    [urls.authorUrl("mark-dovich"), "/authors/mark-dovich/"],
    [urls.searchUrl(), "/search/"],
    [urls.feedUrl(), "/feed.xml"],
    [urls.topicFeedUrl("diplomacy"), "/topics/diplomacy/feed.xml"],
    [urls.topicYearUrl("diplomacy", "2024"), "/topics/diplomacy/2024/"],
    [urls.topicMonthUrl("diplomacy", "2024", "05"), "/topics/diplomacy/2024/05/"],
    [urls.topicUndatedUrl("diplomacy"), "/topics/diplomacy/undated/"],
    [urls.sourceFeedUrl("civilnet"), "/sources/civilnet/feed.xml"],
    [urls.authorFeedUrl("mark-dovich"), "/authors/mark-dovich/feed.xml"],
    [urls.articlesJsonUrl(), "/api/articles.json"],
    [urls.articlesJsonPartUrl("2024"), "/api/articles/2024.json"],
    [urls.articlesJsonPartUrl(null), "/api/articles/undated.json"],
    [urls.sitemapUrl(), "/sitemap.xml"],
    [urls.robotsUrl(), "/robots.txt"],
  ])("builds %s", (actual, expected) => {
    expect(actual).toBe(expected);
  });

  it.each([
    // Path traversal and anything not kebab-case is refused.
    ["../../etc", () => urls.articleUrl("../../etc")],
    ["upper case", () => urls.articleUrl("Azerbaijan")],
    ["empty slug", () => urls.originalTextUrl("")],
    ["a climbing snapshot slug", () => urls.snapshotUrl("..")],
    ["an upper-case saved page slug", () => urls.savedPageUrl("A")],
    ["slash in topic", () => urls.topicUrl("a/b")],
    ["page 0", () => urls.topicUrl("a", 0)],
    ["fractional page", () => urls.topicUrl("a", 1.5)],
    ["two-digit year", () => urls.yearUrl("23")],
    ["month 13", () => urls.monthUrl("2023", "13")],
    ["month without zero", () => urls.monthUrl("2023", "9")],
    // The pages beside the names' are never a name's.
    ["the source slug unknown", () => urls.sourceUrl("unknown")],
    ["the source slug page", () => urls.sourceUrl("page", 2)],
    ["the author slug unknown", () => urls.authorUrl("unknown")],
    ["a topic year of two digits", () => urls.topicYearUrl("a", "24")],
    ["a topic month 00", () => urls.topicMonthUrl("a", "2024", "00")],
    ["a climbing topic slug on its undated page", () => urls.topicUndatedUrl("..")],
    ["the feed of the source slug unknown", () => urls.sourceFeedUrl("unknown")],
    ["an upper-case author feed slug", () => urls.authorFeedUrl("A")],
  ])("throws on %s", (_case, call) => {
    expect(call).toThrow(TypeError);
  });

  it.each([
    ["/", "index.html"],
    ["/topics/diplomacy/page/2/", "topics/diplomacy/page/2/index.html"],
    ["/articles/a/original.txt", "articles/a/original.txt"],
    ["/404.html", "404.html"],
  ])("maps %s to the file %s", (url, file) => {
    expect(urls.outputFileFor(url)).toBe(file);
  });

  it.each([
    ["", "/"],
    ["/", "/"],
    ["archive", "/archive/"],
    ["/news/archive", "/news/archive/"],
    ["//a//b//", "/a/b/"],
  ])("normalises the path prefix %j to %j", (raw, expected) => {
    expect(urls.normalizePathPrefix(raw)).toBe(expected);
  });

  it.each([["/../x/"], ["/a b/"], ["/a?b/"], ["/./"]])("refuses the path prefix %j", (raw) => {
    expect(() => urls.normalizePathPrefix(raw)).toThrow(TypeError);
  });

  it("prefixes site paths once and builds absolute URLs from the origin", () => {
    expect(urls.withPathPrefix("/", "/topics/x/")).toBe("/topics/x/");
    expect(urls.withPathPrefix("/archive/", "/topics/x/")).toBe("/archive/topics/x/");
    expect(urls.absoluteUrl("https://example.org", "/archive/", "/")).toBe("https://example.org/archive/");
    expect(() => urls.withPathPrefix("/archive/", "topics/")).toThrow(TypeError);
  });

  it.each([
    ["https://example.org/", "https://example.org"],
    ["http://127.0.0.1:8080", "http://127.0.0.1:8080"],
  ])("normalises SITE_URL %s", (raw, expected) => {
    expect(urls.normalizeSiteUrl(raw)).toBe(expected);
  });

  it.each([["example.org"], ["ftp://example.org"], ["https://example.org/archive/"], ["https://example.org/?q"]])(
    "refuses SITE_URL %s",
    (raw) => {
      expect(() => urls.normalizeSiteUrl(raw)).toThrow(TypeError);
    },
  );
});

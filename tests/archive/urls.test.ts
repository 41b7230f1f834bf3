import { describe, expect, it } from "vitest";
import * as urls from "../../src/archive/urls";

describe("urls", () => {
  it.each([
    // Every page kind has one fixed shape.
    [urls.homeUrl(), "/"],
    [urls.articleUrl("azerbaijan-cancels-events"), "/articles/azerbaijan-cancels-events/"],
    [urls.originalTextUrl("a-b"), "/articles/a-b/original.txt"],
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
  ])("builds %s", (actual, expected) => {
    expect(actual).toBe(expected);
  });

  it.each([
    // Path traversal and anything not kebab-case is refused.
    ["../../etc", () => urls.articleUrl("../../etc")],
    ["upper case", () => urls.articleUrl("Azerbaijan")],
    ["empty slug", () => urls.originalTextUrl("")],
    ["slash in topic", () => urls.topicUrl("a/b")],
    ["page 0", () => urls.topicUrl("a", 0)],
    ["fractional page", () => urls.topicUrl("a", 1.5)],
    ["two-digit year", () => urls.yearUrl("23")],
    ["month 13", () => urls.monthUrl("2023", "13")],
    ["month without zero", () => urls.monthUrl("2023", "9")],
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
});

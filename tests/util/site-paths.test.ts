import { describe, expect, it } from "vitest";
import { articlePath, articleSlugOf, isReservedPath, pathKey, redirectPagePath, sitePathProblem } from "../../src/util/site-paths";

describe("sitePathProblem", () => {
  it.each([
    // an article page, the common case
    ["/articles/mayor-resigns/", null],
    // another generator's dated path
    ["/2019/05/14/old-title/", null],
    // a file path with an extension
    ["/posts/old.html", null],
    // percent-encoded non-ASCII
    ["/posts/caf%C3%A9/", null],
  ])("accepts %s", (path, expected) => {
    expect(sitePathProblem(path)).toBe(expected);
  });

  it.each([
    // an absolute URL is not a path of this site
    ["https://example.org/a/", "must start with `/`"],
    // a query would never reach a static file
    ["/a/?page=2", "query"],
    // climbing out of the output folder
    ["/a/../b/", "`..`"],
    // an empty segment
    ["/a//b/", "segment ``"],
    // raw non-ASCII must be percent-encoded
    ["/posts/café/", "percent-encoded"],
    // the home page is the site's own
    ["/", "home page"],
  ])("refuses %s", (path, expected) => {
    expect(sitePathProblem(path)).toContain(expected);
  });
});

describe("redirectPagePath", () => {
  it.each([
    ["/articles/old/", "/articles/old/"],
    ["/posts/old.html", "/posts/old.html"],
    ["/posts/old.HTM", "/posts/old.HTM"],
    // no extension: a folder, which hosts serve for the bare path
    ["/2019/05/old-title", "/2019/05/old-title/"],
    // another extension: only the redirects file covers it
    ["/index.php", null],
  ])("writes the redirect page for %s at %s", (path, expected) => {
    expect(redirectPagePath(path)).toBe(expected);
  });
});

describe("isReservedPath", () => {
  it.each([
    ["/topics/diplomacy/", true],
    ["/archive/2024/", true],
    ["/feed.xml", true],
    ["/_redirects", true],
    ["/Sitemap.xml", true],
    ["/.news-archive-output", true],
    // an original text beside an article is the site's own file
    ["/articles/a/original.txt", true],
    // an article page stays free for an old URL while no article has the slug
    ["/articles/old-title/", false],
    ["/articles/old-title", false],
    ["/2019/05/old-title/", false],
    // a folder named like a root file is not that file
    ["/feed.xml/x/", false],
  ])("says %s is reserved: %s", (path, expected) => {
    expect(isReservedPath(path)).toBe(expected);
  });
});

describe("paths and keys", () => {
  it("builds an article path from a slug and refuses anything else", () => {
    expect(articlePath("a-b")).toBe("/articles/a-b/");
    expect(() => articlePath("../x")).toThrow(TypeError);
  });

  it("reads the slug of an article page only", () => {
    expect(articleSlugOf("/articles/a-b/")).toBe("a-b");
    expect(articleSlugOf("/articles/A-b/")).toBeNull();
    expect(articleSlugOf("/articles/a/original.txt")).toBeNull();
  });

  it("folds case and the trailing slash into one key, as a case-insensitive checkout would", () => {
    expect(pathKey("/Articles/X")).toBe(pathKey("/articles/x/"));
    expect(pathKey("/a.php")).toBe("/a.php");
  });
});

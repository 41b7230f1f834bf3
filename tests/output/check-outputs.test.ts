import { describe, expect, it } from "vitest";
import { assertOutputsContained, caseCollisions, outputsOutside } from "../../src/output/check-outputs";

describe("output checks", () => {
  it.each([
    ["_site/index.html", []],
    ["./_site/a/b/index.html", []],
    // Escapes through `..` and absolute paths elsewhere are caught.
    ["_site/../x.html", ["_site/../x.html"]],
    ["/etc/passwd", ["/etc/passwd"]],
    // A sibling folder whose name starts with the output folder's name is still outside.
    ["_site2/index.html", ["_site2/index.html"]],
  ])("finds %s outside: %j", (path, expected) => {
    expect(outputsOutside([path], "_site")).toEqual(expected);
  });

  it("finds paths that differ only by case", () => {
    expect(caseCollisions(["_site/News/index.html", "_site/news/index.html", "_site/a.html"])).toEqual(["_site/news/index.html"]);
  });

  it("throws naming the offending path", () => {
    expect(() => assertOutputsContained(["_site/../../pwned.html"], "_site")).toThrow(/pwned\.html/);
  });
});

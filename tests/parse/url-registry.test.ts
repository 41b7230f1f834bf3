import { describe, expect, it } from "vitest";
import { parseUrlRegistry, serialiseUrlRegistry } from "../../src/parse/url-registry";

const FILE = "content/urls.yml";

describe("parseUrlRegistry", () => {
  it("reads each article file's URLs in order, with their lines", () => {
    const text = "# comment\narticles/a.md:\n  - /articles/new/\n  - /articles/old/\n'articles/b c.txt': /articles/b/\n";
    const { entries, diagnostics } = parseUrlRegistry(FILE, text);
    expect(diagnostics).toEqual([]);
    expect(entries).toEqual([
      { file: "articles/a.md", urls: ["/articles/new/", "/articles/old/"], line: 2, urlLines: [3, 4] },
      // one URL written as a string is a list of one
      { file: "articles/b c.txt", urls: ["/articles/b/"], line: 5, urlLines: [5] },
    ]);
  });

  it("reads an empty registry (only comments) as no entries", () => {
    expect(parseUrlRegistry(FILE, "# nothing yet\n")).toEqual({ entries: [], diagnostics: [] });
  });

  it.each([
    // broken YAML: the line of the problem
    ["articles/a.md:\n  - /articles/a/\n - /articles/b/\n", 3, "Invalid YAML"],
    // one file listed twice (a merge of two branches)
    ["articles/a.md:\n  - /articles/a/\narticles/a.md:\n  - /articles/b/\n", 3, "duplicated mapping key"],
    // a URL that is not a path of this site
    ["articles/a.md:\n  - /articles/a/\n  - https://example.org/b/\n", 3, "must start with `/`"],
    // a key outside the articles folder
    ["../secret.md:\n  - /articles/a/\n", 1, "not an article file's path"],
    // a number where a list of paths belongs
    ["articles/a.md: 3\n", 1, "list of URL paths"],
  ])("refuses %j with an error on line %i and no entries", (text, line, message) => {
    const { entries, diagnostics } = parseUrlRegistry(FILE, text);
    expect(entries).toBeNull();
    expect(diagnostics.map((d) => [d.id, d.file, d.line])).toEqual([["url-registry-invalid", FILE, line]]);
    expect(diagnostics[0]?.message).toContain(message);
  });

  it("refuses a registry that is a list, not a mapping", () => {
    const { entries, diagnostics } = parseUrlRegistry(FILE, "- /articles/a/\n");
    expect(entries).toBeNull();
    expect(diagnostics[0]?.id).toBe("url-registry-invalid");
  });
});

describe("serialiseUrlRegistry", () => {
  const entries = [
    { file: "articles/b.md", urls: ["/articles/b/"] },
    { file: "articles/a.md", urls: ["/articles/new/", "/articles/old/"] },
    { file: "articles/c#1.warc", urls: ["/articles/c/"] },
  ];

  it("writes the files sorted, each URL list in its order, after a header", () => {
    const text = serialiseUrlRegistry(entries);
    expect(text.startsWith("# ")).toBe(true);
    expect(text.slice(text.indexOf("\narticles/") + 1)).toBe(
      "articles/a.md:\n  - /articles/new/\n  - /articles/old/\narticles/b.md:\n  - /articles/b/\narticles/c#1.warc:\n  - /articles/c/\n",
    );
  });

  it("gives the same bytes whatever order the entries come in, and reads back as written", () => {
    const text = serialiseUrlRegistry(entries);
    expect(serialiseUrlRegistry([...entries].reverse())).toBe(text);
    const read = parseUrlRegistry(FILE, text).entries ?? [];
    expect(serialiseUrlRegistry(read)).toBe(text);
    expect(read.map((e) => e.file)).toEqual(["articles/a.md", "articles/b.md", "articles/c#1.warc"]);
  });
});

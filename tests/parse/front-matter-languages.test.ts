import { describe, expect, it } from "vitest";
import { splitFrontMatter } from "../../src/parse/front-matter";
import { unclosedQuoteLine } from "../../src/parse/yaml-unclosed-quote";

const F = "content/articles/x.md";

describe("front matter in the languages Hugo writes", () => {
  it.each([
    // TOML between `+++` lines: keys, lists, and the body after the closing line.
    ['+++\ntitle = "Hi"\ntags = ["a", "b"]\n+++\nBody', { title: "Hi", tags: ["a", "b"] }, { title: 2, tags: 3 }, "Body", 5],
    // TOML dates come back as the ISO text written: a day, a local date-time, an offset.
    [
      "+++\ndate = 2022-11-03\nlastmod = 2022-11-03T14:05:00\nupdated = 2022-11-03T14:05:00+01:00\nz = 2022-11-03 14:05:00Z\n+++\n",
      { date: "2022-11-03", lastmod: "2022-11-03T14:05:00", updated: "2022-11-03T14:05:00+01:00", z: "2022-11-03T14:05:00Z" },
      { date: 2, lastmod: 3, updated: 4, z: 5 },
      "",
      7,
    ],
    // A fraction that is not zero is kept; dates inside lists are text too.
    [
      "+++\nd = 2022-11-03T14:05:00.5Z\nl = [2022-11-03]\n+++\n",
      { d: "2022-11-03T14:05:00.500Z", l: ["2022-11-03"] },
      { d: 2, l: 3 },
      "",
      5,
    ],
    // A table header sets its key at its line; keys inside it are not top-level.
    ['+++\ntitle = "T"\n[params]\ntitle = "inner"\n+++\n', { title: "T", params: { title: "inner" } }, { title: 2, params: 3 }, "", 6],
    // Quoted and dotted keys.
    ['+++\n"my key" = 1\nsite.name = "x"\n+++\n', { "my key": 1, site: { name: "x" } }, { "my key": 2, site: 3 }, "", 5],
    // JSON: the object opens the file and ends on a line that is `}` alone.
    [
      '{\n  "title": "Hi",\n  "tags": ["a"],\n  "params": { "x": 1 }\n}\nBody',
      { title: "Hi", tags: ["a"], params: { x: 1 } },
      { title: 2, tags: 3, params: 4 },
      "Body",
      6,
    ],
    ['{ "title": "Hi",\n  "date": "2022-11-03"\n}\n', { title: "Hi", date: "2022-11-03" }, { title: 1, date: 2 }, "", 4],
  ])("parses %j", (text, data, keyLines, body, bodyLine) => {
    const split = splitFrontMatter(F, text);
    expect(split.diagnostics).toEqual([]);
    expect(split.frontMatter?.data).toEqual(data);
    expect({ ...split.frontMatter?.keyLines }).toEqual(keyLines);
    expect(split.body).toBe(body);
    expect(split.bodyLine).toBe(bodyLine);
  });

  it.each([
    // A Liquid or Nunjucks tag, or a Hugo shortcode, opening a body is text, not JSON.
    ["{% include note.html %}\nBody"],
    ["{{< figure src=x >}}\n}\nBody"],
    // A brace alone with no closing `}` line is text that happens to start with a brace.
    ["{\nnot json at all\n"],
  ])("reads %j as a body without front matter", (text) => {
    const split = splitFrontMatter(F, text);
    expect(split).toEqual({ frontMatter: null, body: text, bodyLine: 1, diagnostics: [] });
  });

  it.each([
    // TOML errors at their file line and column.
    ['+++\ntitle = "ok"\nbad = \n+++\nBody', "front-matter-toml", 3, 7],
    ["+++\ntitle = Hello\n+++\n", "front-matter-toml", 2, 9],
    ['+++\ntitle = "a"\ntitle = "b"\n+++\n', "front-matter-toml", 3, 1],
    // An opening `+++` that never closes.
    ['+++\ntitle = "a"\nBody', "front-matter-unterminated", 1, 1],
    // JSON errors where the parser stopped, and a key written twice at its second line.
    ['{\n  "title": "Hi"\n  "date": "2022-11-03"\n}\nBody', "front-matter-json", 3, 3],
    ['{\n  "title": "Hi",\n  "title": "Again"\n}\n', "front-matter-json", 3, 1],
    ['{\n  "title": "Hi",\n}\n', "front-matter-json", 3, 1],
  ])("reports %j", (text, id, line, column) => {
    const split = splitFrontMatter(F, text);
    expect(split.frontMatter).toBeNull();
    expect(split.diagnostics).toEqual([expect.objectContaining({ id, line, column, severity: "error" })]);
  });

  it("names the key written twice in JSON", () => {
    const [d] = splitFrontMatter(F, '{\n  "title": "Hi",\n  "title": "Again"\n}\n').diagnostics;
    expect(d?.message).toBe("`title` is written twice; JSON would keep only the second.");
  });

  it("keeps `__proto__` in TOML and JSON as a key like any other, touching no prototype", () => {
    for (const text of ['+++\n__proto__ = { polluted = "yes" }\n+++\n', '{\n  "__proto__": { "polluted": "yes" }\n}\n']) {
      const split = splitFrontMatter(F, text);
      expect(Object.keys(split.frontMatter!.data)).toEqual(["__proto__"]);
      expect(Object.entries(split.frontMatter!.keyLines)).toEqual([["__proto__", 2]]);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    }
  });
});

describe("an unclosed YAML quote", () => {
  it.each([
    // Reported at the line where the quote opens, not at the closing `---`.
    ['---\ntitle: "Talks resume\ndate: 2022-11-03\nauthors: [A]\n---\nBody', 2],
    ["---\ntitle: ok\nsummary: 'It never ends\ndate: 2022-11-03\n---\nBody", 3],
    // Quotes that close, apostrophes inside words and quotes in comments are passed over.
    ["---\ntitle: Don't stop\nsource: \"A\"  # a \"comment\nsummary: 'It''s\ndate: x\n---\n", 4],
  ])("in %j is reported at line %i", (text, line) => {
    expect(splitFrontMatter(F, text).diagnostics).toEqual([expect.objectContaining({ id: "front-matter-yaml", line })]);
  });

  it.each([
    [["title: ok", 'summary: "cut', "date: 2020-01-01"], 1],
    [['title: "a \\" b"', "x: 'it''s'"], null],
    [["- 'open", "- closed'"], null],
    [['list: ["a", \'b', "c"], 0],
  ])("is found in %j at line %s", (lines, expected) => {
    expect(unclosedQuoteLine(lines)).toBe(expected);
  });
});

import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { afterEach, describe, expect, it } from "vitest";
import { SAFE_MATTER_OPTIONS, splitFrontMatter } from "../../src/parse/front-matter";
import { FIXTURES } from "../fixtures/temp-root";

const F = "content/articles/x.md";
const ids = (text: string) => splitFrontMatter(F, text).diagnostics.map((d) => [d.id, d.line, d.column]);

describe("splitFrontMatter", () => {
  it.each([
    // No leading `---`: the whole text is body, starting on line 1.
    ["Headline\n\nBody", null, "Headline\n\nBody", 1],
    // The usual case: data, and the body starts after the closing line.
    ["---\ntitle: Hi\n---\nBody", { title: "Hi" }, "Body", 4],
    // Dates stay strings (core schema): no UTC-midnight Date, no rollover of 31 February.
    ["---\ndate: 2023-02-31\n---\n", { date: "2023-02-31" }, "", 4],
    // Base-60 and octal lookalikes stay as written.
    ["---\ntime: 12:30\nzip: 01234\n---\nb", { time: "12:30", zip: 1234 }, "b", 5],
    // An empty block or a comment-only block means no fields.
    ["---\n---\nBody", {}, "Body", 3],
    ["---\n# nothing yet\n---\nBody", {}, "Body", 4],
    // `~` (YAML null) means no fields too.
    ["---\n~\n---\nBody", {}, "Body", 4],
    // Trailing blanks on a delimiter are invisible in editors, so they are allowed.
    ["--- \ntitle: Hi\n---\t\nBody", { title: "Hi" }, "Body", 4],
    // `----` is a rule, not a delimiter: no front matter.
    ["----\ntitle: Hi\n---\nBody", null, "----\ntitle: Hi\n---\nBody", 1],
  ])("splits %j", (text, data, body, bodyLine) => {
    const split = splitFrontMatter(F, text);
    expect(split.diagnostics).toEqual([]);
    expect(split.frontMatter?.data ?? null).toEqual(data);
    expect(split.body).toBe(body);
    expect(split.bodyLine).toBe(bodyLine);
  });

  it("closes only on an exact `---` line, unlike gray-matter's prefix match", () => {
    const split = splitFrontMatter(F, "---\ntitle: a\nsummary: |\n  --- more\n---\nBody");
    expect(split.frontMatter?.data).toEqual({ title: "a", summary: "--- more\n" });
    expect(split.body).toBe("Body");
  });

  it("records the lines of keys named like an object's own members, without touching any prototype", () => {
    const split = splitFrontMatter(F, "---\n__proto__:\n  polluted: yes\nconstructor: x\ntoString: 1\nhasOwnProperty: 2\n---\n");
    const keyLines = split.frontMatter!.keyLines;
    expect(Object.entries(keyLines)).toEqual([
      ["__proto__", 2],
      ["constructor", 4],
      ["toString", 5],
      ["hasOwnProperty", 6],
    ]);
    expect(Object.keys(split.frontMatter!.data)).toEqual(["__proto__", "constructor", "toString", "hasOwnProperty"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("records the file line of every top-level key", () => {
    const split = splitFrontMatter(F, '---\ntitle: A\n\n"date": 2024-01-01\nauthors:\n  - X\n# note\ntopics: [a]\n---\n');
    expect(split.frontMatter?.keyLines).toEqual({ title: 2, date: 4, authors: 5, topics: 8 });
  });

  it.each([
    // Unterminated: the opening line is the position.
    ["---\ntitle: Hi\nBody text", [["front-matter-unterminated", 1, 1]]],
    // Unclosed flow list: js-yaml's 0-based line of the YAML block is the 1-based file line
    // minus one, because the block starts with the newline after `---`.
    ["---\ntitle: a\ntopics: [x,\ndate: b\n---\n", [["front-matter-yaml", 5, 1]]],
    // Duplicate key, reported on the second occurrence (file line 3).
    ["---\ntitle: a\ntitle: b\n---\n", [["front-matter-yaml", 3, 1]]],
    // Bad indentation of a key on file line 3, at the colon js-yaml stops on.
    ["---\ntitle: a\n  date: b\n---\n", [["front-matter-yaml", 3, 7]]],
    // A list or a scalar is not a mapping.
    ["---\n- a\n- b\n---\n", [["front-matter-not-mapping", 2, undefined]]],
    ["---\njust a headline\n---\nBody", [["front-matter-not-mapping", 2, undefined]]],
  ])("reports %j", (text, expected) => {
    expect(ids(text)).toEqual(expected);
  });

  it("reports the YAML error of the invalid-yaml fixture at its file line", () => {
    const text = readFileSync(path.join(FIXTURES, "articles/bad/invalid-yaml.md"), "utf8");
    const [d] = splitFrontMatter(F, text).diagnostics;
    // The unclosed `[` on line 3 runs into the `date:` key; js-yaml notices at line 4.
    expect(d).toMatchObject({ id: "front-matter-yaml", severity: "error", line: 4 });
  });
});

describe("code in front matter", () => {
  const canaryFile = path.join(FIXTURES, "CANARY-RAN");
  const g = globalThis as { __archiveCanary?: unknown };
  afterEach(() => {
    delete g.__archiveCanary;
  });

  it.each([
    // Each of these makes stock gray-matter pick its eval-based engine.
    ["---js"],
    ["---javascript"],
    ["---JS"],
    ["--- js"],
    ["---coffee"],
    ["---json"],
  ])("refuses %s front matter without running it", (opening) => {
    const text = `${opening}\n{ title: (globalThis.__archiveCanary = "ran", "Owned") }\n---\nBody`;
    const split = splitFrontMatter(F, text);
    expect(split.frontMatter).toBeNull();
    expect(split.diagnostics.map((d) => [d.id, d.line])).toEqual([["front-matter-language-refused", 1]]);
    expect(g.__archiveCanary).toBeUndefined();
  });

  it("refuses the js fixture, whose code would set a global and write a file", () => {
    const text = readFileSync(path.join(FIXTURES, "articles/bad/js-front-matter.md"), "utf8");
    const split = splitFrontMatter(F, text);
    expect(split.diagnostics[0]?.id).toBe("front-matter-language-refused");
    expect(g.__archiveCanary).toBeUndefined();
    expect(existsSync(canaryFile)).toBe(false);
  });

  it.each([["js"], ["javascript"], ["coffee"], ["coffeescript"], ["toml"], ["json"]])(
    "the safe gray-matter options make the %s engine throw even if a tag got past the pre-check",
    (lang) => {
      const text = `---${lang}\n{ title: (globalThis.__archiveCanary = "ran", "Owned") }\n---\nBody`;
      expect(() => matter(text, SAFE_MATTER_OPTIONS)).toThrow(/not allowed/);
      expect(g.__archiveCanary).toBeUndefined();
    },
  );
});

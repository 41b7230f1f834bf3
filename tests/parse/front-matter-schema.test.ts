import { describe, expect, it } from "vitest";
import { splitFrontMatter } from "../../src/parse/front-matter";
import { checkDate, validateFrontMatter } from "../../src/parse/front-matter-schema";

const F = "content/articles/x.md";
const WINDOW = { minDate: "1800-01-01", maxDate: "2026-01-03" };

function validate(yaml: string, window = WINDOW) {
  const split = splitFrontMatter(F, `---\n${yaml}\n---\nBody`);
  if (!split.frontMatter) throw new Error(`fixture did not parse: ${JSON.stringify(split.diagnostics)}`);
  return validateFrontMatter(F, split.frontMatter, window);
}

describe("validateFrontMatter", () => {
  it("accepts every known key and normalises the dates", () => {
    const { fields, diagnostics } = validate(
      [
        "title: Talks resume",
        "date: 2023-09-20",
        "updated: 2023-09-21 14:05",
        "authors: [Ana Petrosyan]",
        "source: Example Wire",
        "topics: [diplomacy]",
        "slug: talks-resume",
        "summary: Short.",
        "draft: true",
      ].join("\n"),
    );
    expect(diagnostics).toEqual([]);
    expect(fields).toEqual({
      title: "Talks resume",
      date: "2023-09-20",
      updated: "2023-09-21T14:05",
      authors: ["Ana Petrosyan"],
      source: "Example Wire",
      topics: ["diplomacy"],
      slug: "talks-resume",
      summary: "Short.",
      draft: true,
    });
  });

  it.each([
    // A typo suggests the key it is closest to, on the key's own line.
    ["title: A\ntittle: B", "front-matter-unknown-key", 3, /`tittle` \(did you mean `title`\?\)/],
    ["dat: 2023-01-01", "front-matter-unknown-key", 2, /did you mean `date`/],
    // Nothing close: no suggestion rather than a wrong one.
    ["sluggish: x", "front-matter-unknown-key", 2, /^Unknown key `sluggish`\.$/],
    // A number where text is meant: say to quote it.
    ["title: 2023", "front-matter-type", 2, /title must be a string, not number 2023 — quote it/],
    ["source: true", "front-matter-type", 2, /quote it/],
    // A list where text is meant.
    ["title: [a, b]", "front-matter-type", 2, /title must be a string, not a list/],
    // A comma-separated string is not a list.
    ["authors: Jane Doe, John Roe", "front-matter-type", 2, /authors must be a list of names/],
    ["authors: [Jane, 3]", "front-matter-type", 2, /a list containing number 3/],
    ['draft: "no"', "front-matter-type", 2, /draft must be true or false, not the text "no"/],
    ["title:", "front-matter-type", 2, /title must be a string, not empty/],
    ['title: "  "', "front-matter-type", 2, /title must not be empty/],
    // Slugs are URL segments: no traversal, no uppercase, no spaces.
    ["slug: ../../etc", "invalid-slug", 2, /lowercase words joined by hyphens/],
    ["slug: Mass-Graves", "invalid-slug", 2, /Mass-Graves/],
    // Not a real day.
    ["date: 2023-02-31", "invalid-date", 2, /`2023-02-31` is not a real date/],
    ["updated: 2023-13-01", "invalid-date", 2, /updated/],
    ["date: 2023-9-20", "invalid-date", 2, /2023-9-20/],
    ["date: September 20, 2023", "invalid-date", 2, /YYYY-MM-DD/],
    // Day-first or month-first cannot be told apart.
    ["date: 03/04/2023", "ambiguous-date", 2, /day-first or month-first/],
    ["date: 3.4.23", "ambiguous-date", 2, /3\.4\.23/],
    // Implausible: before the minimum, or after now plus the grace days.
    ["date: 1066-10-14", "implausible-date", 2, /before the earliest accepted date 1800-01-01/],
    ["date: 2026-01-04", "implausible-date", 2, /in the future \(after 2026-01-03\)/],
    // A YAML number is not a date either.
    ["date: 20230920", "front-matter-type", 2, /date must be a date written YYYY-MM-DD/],
  ])("reports %j", (yaml, id, line, message) => {
    const { fields, diagnostics } = validate(yaml);
    expect(fields).toBeNull();
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ id, line, file: F, severity: "error" });
    expect(diagnostics[0]?.message).toMatch(message);
  });

  it("reports every problem in a block, not just the first", () => {
    const { diagnostics } = validate("tittle: A\ndate: 2023-02-31\ndraft: maybe");
    expect(diagnostics.map((d) => [d.id, d.line])).toEqual([
      ["front-matter-type", 4],
      ["front-matter-unknown-key", 2],
      ["invalid-date", 3],
    ]);
  });

  it("refuses a YAML alias bomb without expanding it", () => {
    // Twelve levels of nine: 9^12 (about 2.8e11) strings once expanded. The type and character
    // checks visit each shared node once; one that expanded the value could not finish, and the
    // test's timeout is what would catch it.
    const levels = ["a: &a [x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 12; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(", ")}]`);
    }
    const { fields, diagnostics } = validate([...levels, "authors: *l"].join("\n"));
    expect(fields).toBeNull();
    expect(diagnostics.map((d) => d.id)).toContain("front-matter-unknown-key");
    expect(diagnostics).toContainEqual(expect.objectContaining({ id: "front-matter-type", line: 14 }));
  });

  it("accepts the last plausible day and skips the future check without a reference time", () => {
    expect(validate("date: 2026-01-03").diagnostics).toEqual([]);
    expect(validate("date: 2099-01-01", { minDate: "1800-01-01" } as typeof WINDOW).diagnostics).toEqual([]);
  });
});

describe("checkDate", () => {
  it.each([
    // Each accepted form, normalised.
    ["2024-02-29", "2024-02-29"],
    ["2024-02-29T23:59", "2024-02-29T23:59"],
    ["2024-02-29 00:00", "2024-02-29T00:00"],
    ["1800-01-01", "1800-01-01"],
    // Hugo, Eleventy and CMS exports: RFC 3339 with Z or an offset.
    ["2024-03-05T14:00:00Z", "2024-03-05T14:00Z"],
    ["2024-03-05T14:00:00+05:30", "2024-03-05T14:00+05:30"],
    // YAML's space-separated timestamp, and Jekyll's with a space before the offset.
    ["2024-03-05 14:00:00", "2024-03-05T14:00"],
    ["2022-11-03 14:05:00 +0100", "2022-11-03T14:05+01:00"],
    ["2024-03-05 14:00:00 -04:00", "2024-03-05T14:00-04:00"],
  ])("accepts %s", (input, expected) => {
    expect(checkDate(F, "date", input, 2, WINDOW)).toBe(expected);
  });

  it.each([["2023-02-29"], ["2024-02-29T24:00"], ["2024-02-29T12:60"], ["2024-02-29T12:00+15:00"], ["2024-02-29Z"]])(
    "refuses %s as not a real date",
    (input) => {
      expect(checkDate(F, "date", input, 2, WINDOW)).toMatchObject({ id: "invalid-date" });
    },
  );

  it("checks the window against the day in the date's own offset", () => {
    // 2026-01-03 23:30 at -05:00 is already 2026-01-04 in UTC, yet its day is the last plausible one.
    expect(checkDate(F, "date", "2026-01-03T23:30:00-05:00", 2, WINDOW)).toBe("2026-01-03T23:30-05:00");
    expect(checkDate(F, "date", "2026-01-04T01:00:00+05:00", 2, WINDOW)).toMatchObject({ id: "implausible-date" });
  });

  it("accepts an unquoted YAML timestamp in front matter as written", () => {
    const { fields, diagnostics } = validate("date: 2024-03-05T14:00:00+05:30\nupdated: 2024-03-06 09:15:30 -0400");
    expect(diagnostics).toEqual([]);
    expect(fields).toMatchObject({ date: "2024-03-05T14:00+05:30", updated: "2024-03-06T09:15:30-04:00" });
  });
});

describe("front-matter keys named like an object's own members", () => {
  it.each(["__proto__", "constructor", "toString", "valueOf"])(
    "reports `%s` as an unknown key at its line, and sets nothing on any prototype",
    (key) => {
      const { fields, diagnostics } = validate(`title: A\n${key}:\n  polluted: yes`);
      expect(fields).toBeNull();
      expect(diagnostics).toMatchObject([{ id: "front-matter-unknown-key", line: 3, message: `Unknown key \`${key}\`.` }]);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty("polluted");
    },
  );
});

describe("characters that are never text, written as YAML escapes", () => {
  it.each([
    // Terminal escapes would reach <title> and <h1> as raw bytes.
    [
      "a control character and an ESC in the title",
      'title: "Ctrl \\x01\\x1b[31m red"',
      "control-character",
      2,
      "`title` holds control characters U+0001, U+001B (written as a YAML escape).",
    ],
    // Inside a list.
    [
      "a control character in an author",
      'title: A\nauthors: ["Ann \\x02 Lee"]',
      "control-character",
      3,
      "`authors` holds control character U+0002 (written as a YAML escape).",
    ],
    // C1 controls.
    [
      "a C1 control in the source",
      'title: A\nsource: "Wire\\x85"',
      "control-character",
      3,
      "`source` holds control character U+0085 (written as a YAML escape).",
    ],
    // Non-characters, in and beyond the Basic Multilingual Plane.
    [
      "non-characters in the summary",
      'title: A\nsummary: "a\\uFFFE b \\U0010FFFF"',
      "noncharacter",
      3,
      "`summary` holds non-characters U+FFFE, U+10FFFF (written as a YAML escape).",
    ],
    // Half a surrogate pair: Pagefind fails on it mid-build.
    [
      "a lone surrogate in the title",
      'title: "\\uD800"',
      "lone-surrogate",
      2,
      "`title` holds lone surrogate U+D800 (written as a YAML escape).",
    ],
    // In a topic: reported as that, not also as an unknown topic.
    [
      "a control character in a topic",
      'title: A\ntopics: ["a\\x07"]',
      "control-character",
      3,
      "`topics` holds control character U+0007 (written as a YAML escape).",
    ],
    // In an unknown key's name: reported with the character shown by its code point.
    [
      "a control character in a key",
      'title: A\n"ti\\x01tle": B',
      "control-character",
      3,
      "`ti<U+0001>tle` holds control character U+0001 (written as a YAML escape).",
    ],
  ])("refuses %s, at the key's line", (_name, yaml, id, line, message) => {
    const { fields, diagnostics } = validate(yaml);
    expect(fields).toBeNull();
    expect(diagnostics).toEqual([expect.objectContaining({ id, line, message, severity: "error" })]);
  });

  it("accepts tabs, newlines and escapes of ordinary characters", () => {
    const { fields, diagnostics } = validate('title: "Tab\\there"\nsummary: "Line one\\nline two \\u00e9 \\U0001F525"');
    expect(diagnostics).toEqual([]);
    expect(fields).toMatchObject({ title: "Tab\there", summary: "Line one\nline two é 🔥" });
  });
});

import { describe, expect, it } from "vitest";
import { MAX_PAGE_SIZE, parseSiteFile } from "../../src/parse/site-file";

const FILE = "content/site.yml";

describe("parseSiteFile", () => {
  it.each([
    // Every key, as an editor writes it.
    [
      "name: The Ledger\nlanguage: fr\ntimeZone: Europe/Paris\npageSize: 50\nearliestDate: 1900-01-01\n",
      { siteName: "The Ledger", language: "fr", timeZone: "Europe/Paris", pageSize: 50, minDate: "1900-01-01" },
    ],
    // An origin alone: served at the root.
    ["url: https://news.example.com\n", { siteUrl: "https://news.example.com", pathPrefix: "/" }],
    // The address's path is where the site is served; the trailing slash is optional.
    ["url: https://example.com/archive\n", { siteUrl: "https://example.com", pathPrefix: "/archive/" }],
    ["url: http://localhost:8080/a/b/\n", { siteUrl: "http://localhost:8080", pathPrefix: "/a/b/" }],
    // A language tag is written in its canonical case.
    ["language: pt-br\n", { language: "pt-BR" }],
    // An empty file, or only comments: every default applies.
    ["", {}],
    ["# nothing set yet\n", {}],
    // The largest page size allowed.
    [`pageSize: ${MAX_PAGE_SIZE}\n`, { pageSize: MAX_PAGE_SIZE }],
  ])("reads %j", (text, settings) => {
    const parsed = parseSiteFile(FILE, text);
    expect(parsed.diagnostics).toEqual([]);
    expect(parsed.settings).toEqual(settings);
    expect(parsed.urlSet).toBe(text.startsWith("url:"));
  });

  it.each([
    // A misspelt key suggests the nearest one.
    ["name: A\nnmae: B\n", 2, "Unknown key `nmae` (did you mean `name`?)"],
    ["siteUrl: https://x.org\n", 1, "Unknown key `siteUrl`"],
    // Wrong types, each with its line.
    ["pageSize: 2.5\n", 1, "`pageSize` must be a whole number, not `2.5`."],
    ["name: x\npageSize: twenty\n", 2, "`pageSize` must be a whole number, not the text `twenty`."],
    ["pageSize: 0\n", 1, "`pageSize` must be at least 1."],
    [`pageSize: ${MAX_PAGE_SIZE + 1}\n`, 1, `\`pageSize\` must be at most ${MAX_PAGE_SIZE}.`],
    ["name: 2024\n", 1, "`name` must be text, not `2024` — quote it."],
    ["name: ''\n", 1, "`name` must not be empty."],
    ["language: english language\n", 1, "`language` must be a language tag"],
    ["timeZone: Mars/Olympus\n", 1, "`timeZone` must be a time zone name"],
    // A fixed offset is not a time zone: it does not follow summer time.
    ["timeZone: +05:30\n", 1, "`timeZone` must be a time zone name"],
    ["earliestDate: 1900-02-30\n", 1, "`earliestDate` must be a real day written `YYYY-MM-DD`."],
    ["url: ftp://example.org/\n", 1, "`url` must be an `http://` or `https://` address."],
    ["url: example.org\n", 1, "`url` must be an absolute address"],
    ["url: https://example.org/?page=1\n", 1, "`url` must be an address without `?query`"],
    ["url: https://example.org/a%20b/\n", 1, "`url` must be an address whose path has only letters"],
    // Broken YAML is reported where the parser stopped.
    ["name: 'unclosed\npageSize: 20\n", 3, "Invalid YAML"],
    ["- name\n", 1, "must hold `key: value` lines"],
  ])("reports %j on line %i", (text, line, message) => {
    const [d, ...more] = parseSiteFile(FILE, text).diagnostics;
    expect(more).toEqual([]);
    expect(d).toMatchObject({ id: "settings-file-invalid", severity: "error", file: FILE, line });
    expect(d?.message).toContain(message);
  });

  it("keeps the valid keys of a file with an invalid one", () => {
    const parsed = parseSiteFile(FILE, "name: The Ledger\npageSize: -3\nlanguage: de\n");
    expect(parsed.settings).toEqual({ siteName: "The Ledger", language: "de" });
    expect(parsed.diagnostics.map((d) => d.line)).toEqual([2]);
  });
});

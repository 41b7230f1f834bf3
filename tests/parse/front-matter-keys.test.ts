import { describe, expect, it } from "vitest";
import { splitFrontMatter } from "../../src/parse/front-matter";
import { validateFrontMatter } from "../../src/parse/front-matter-schema";
import { FIELD_KEYS, FOREIGN_KEYS } from "../../src/parse/front-matter-keys";

const F = "content/articles/x.md";
const WINDOW = { minDate: "1800-01-01", maxDate: "2026-01-03" };

function validate(yaml: string) {
  const split = splitFrontMatter(F, `---\n${yaml}\n---\nBody`);
  if (!split.frontMatter) throw new Error(`fixture did not parse: ${JSON.stringify(split.diagnostics)}`);
  return validateFrontMatter(F, split.frontMatter, WINDOW);
}

describe("front-matter keys as other generators write them", () => {
  it.each([
    // author: one name, or a list (Jekyll, Hugo themes).
    ["author: Jane Doe", { authors: ["Jane Doe"] }, { authors: "author" }],
    ["author: [Jane Doe, John Roe]", { authors: ["Jane Doe", "John Roe"] }, { authors: "author" }],
    // authors as one name.
    ["authors: Jane Doe", { authors: ["Jane Doe"] }, { authors: "authors" }],
    // Both: authors first, each name once.
    ["author: John Roe\nauthors: [Jane Doe, John Roe]", { authors: ["Jane Doe", "John Roe"] }, { authors: "authors" }],
    // tags and categories as lists, merged in order, each once.
    ["tags: [diplomacy, talks]\ncategories: [talks, world]", { topics: ["diplomacy", "talks", "world"] }, { topics: "tags" }],
    // Jekyll's space-separated string.
    ["categories: news world", { topics: ["news", "world"] }, { topics: "categories" }],
    ["tags: diplomacy", { topics: ["diplomacy"] }, { topics: "tags" }],
    // category: one category, not split.
    ["category: World News", { topics: ["World News"] }, { topics: "category" }],
    // topics and tags together: topics first.
    ["tags: [b]\ntopics: [a]", { topics: ["a", "b"] }, { topics: "topics" }],
    // lastmod, modified, last_modified_at set updated.
    ["lastmod: 2023-09-21", { updated: "2023-09-21" }, { updated: "lastmod" }],
    ["modified: 2023-09-21 14:05", { updated: "2023-09-21T14:05" }, { updated: "modified" }],
    ["last_modified_at: 2023-09-21", { updated: "2023-09-21" }, { updated: "last_modified_at" }],
    // publishDate and pubdate set date (Hugo).
    ["publishDate: 2023-09-20", { date: "2023-09-20" }, { date: "publishDate" }],
    ["pubdate: 2023-09-20", { date: "2023-09-20" }, { date: "pubdate" }],
    // description and excerpt set summary.
    ["description: Short.", { summary: "Short." }, { summary: "description" }],
    ["excerpt: Short.", { summary: "Short." }, { summary: "excerpt" }],
    // published: false is a draft; published: true is not.
    ["published: false", { draft: true }, { draft: "published" }],
    ["published: true", { draft: false }, { draft: "published" }],
    // aliases and redirect_from: old paths, one or a list.
    ["aliases: [/2019/05/old/, /old.html]", { aliases: ["/2019/05/old/", "/old.html"] }, { aliases: "aliases" }],
    ["redirect_from: /news/old-title/", { aliases: ["/news/old-title/"] }, { aliases: "redirect_from" }],
    // Our own names stay as they are.
    ["slug: talks-resume", { slug: "talks-resume" }, { slug: "slug" }],
    // Any case, as Hugo reads keys; the key written is named.
    [
      "Title: A\nLastMod: 2023-09-21\npublishdate: 2023-09-20",
      { title: "A", updated: "2023-09-21", date: "2023-09-20" },
      { title: "Title", updated: "LastMod", date: "publishdate" },
    ],
  ])("reads %j", (yaml, fields, keyNames) => {
    const result = validate(yaml);
    expect(result.diagnostics).toEqual([]);
    expect(result.fields).toEqual(fields);
    expect(result.keyNames).toEqual(keyNames);
  });

  it("gives each field the line of the key that set it", () => {
    const { keyLines } = validate("title: A\nauthor: Jane Doe\nlastmod: 2023-01-02");
    expect({ ...keyLines }).toEqual({ title: 2, authors: 3, updated: 4 });
  });

  it.each([
    // The first key by precedence wins; the other is named at its own line.
    ["lastmod: 2023-09-22\nupdated: 2023-09-21", { updated: "2023-09-21" }, 2, /`lastmod` \("2023-09-22"\) disagrees with `updated`/],
    ["description: B\nsummary: A", { summary: "A" }, 2, /`description`/],
    ["draft: false\npublished: false", { draft: false }, 3, /`published` \(true\) disagrees with `draft` \(false\)/],
  ])("warns when two keys of one field disagree: %j", (yaml, fields, line, message) => {
    const { fields: got, diagnostics } = validate(yaml);
    expect(got).toEqual(fields);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ id: "front-matter-key-conflict", severity: "warning", line });
    expect(diagnostics[0]?.message).toMatch(message);
  });

  it("notes another generator's key written in any case", () => {
    expect(validate("title: A\nLayout: post").diagnostics).toEqual([expect.objectContaining({ id: "front-matter-key-ignored", line: 3 })]);
  });

  it("says nothing when two keys of one field agree", () => {
    expect(validate("lastmod: 2023-09-21\nupdated: 2023-09-21").diagnostics).toEqual([]);
  });

  it.each(Object.keys(FOREIGN_KEYS))("accepts `%s` with a note, as ignored", (key) => {
    const { fields, diagnostics } = validate(`title: A\n${key}: x`);
    expect(fields).toEqual({ title: "A" });
    expect(diagnostics).toEqual([expect.objectContaining({ id: "front-matter-key-ignored", severity: "note", line: 3 })]);
    expect(diagnostics[0]?.message).toContain(`\`${key}\``);
  });

  it.each([
    // A typo of ours still suggests the nearest key, a synonym included.
    ["autors: [A]", "front-matter-unknown-key", 2, /did you mean `authors`/],
    ["catgories: [a]", "front-matter-unknown-key", 2, /did you mean `categories`/],
    // Wrong types are reported under the key written.
    ["tags: 5", "front-matter-type", 2, /^tags must be a list of topics/],
    ["author: Doe, Jane", "front-matter-type", 2, /^author must be a list of names/],
    ['published: "no"', "front-matter-type", 2, /^published must be true or false/],
    ["lastmod: 2023-02-31", "invalid-date", 2, /^lastmod `2023-02-31`/],
    // Old addresses must be paths from the root.
    ["aliases: [old-title]", "invalid-alias", 2, /`old-title` is not a path/],
    ["aliases: [https://old.example/x/]", "invalid-alias", 2, /https:\/\/old.example\/x\//],
    ["redirect_from: [//evil.example/x]", "invalid-alias", 2, /redirect_from/],
    ["aliases: [/a/../../etc/]", "invalid-alias", 2, /\.\./],
    ["aliases: [/a?b=1]", "invalid-alias", 2, /\?/],
  ])("refuses %j", (yaml, id, line, message) => {
    const { fields, diagnostics } = validate(yaml);
    expect(fields).toBeNull();
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]).toMatchObject({ id, line, severity: "error" });
    expect(diagnostics[0]?.message).toMatch(message);
  });

  it("never lists one key as both a synonym and another generator's", () => {
    const synonyms = Object.values(FIELD_KEYS).flatMap((list) => list.map((s) => s.key));
    expect(synonyms.filter((key) => Object.hasOwn(FOREIGN_KEYS, key))).toEqual([]);
    expect(new Set(synonyms).size).toBe(synonyms.length);
  });
});

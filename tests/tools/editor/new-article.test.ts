import { load, CORE_SCHEMA } from "js-yaml";
import { describe, expect, it } from "vitest";
import type { FoundFields } from "../../../src/tools/editor/field-summary";
import { articleFileName, frontMatterFor } from "../../../src/tools/editor/new-article";

describe("articleFileName", () => {
  it.each([
    // The headline's slug names the file.
    ["Mayor Resigns!", "paste.txt", "mayor-resigns.txt"],
    // No headline found: the pasted file's own name, made URL-safe.
    [null, "My Notes (1).txt", "my-notes-1.txt"],
    // A headline with nothing to transliterate would give a hash; the pasted name reads better.
    ["北京新闻", "beijing.txt", "beijing.txt"],
    // Transliterated, never dropped.
    ["Über Straßen", "x.txt", "ueber-strassen.txt"],
  ])("names %j pasted as %j %j", (headline, input, expected) => {
    expect(articleFileName(headline, input)).toBe(expected);
  });
});

const at = (line: number, confidence: number) => ({ kind: "extracted", line, rule: "test", confidence }) as const;
const FOUND: FoundFields = {
  headline: 'Envoys "meet": talks #1 in Geneva',
  byline: "By Jane Doe",
  authors: ["Jane Doe"],
  published: "2024-01-10T14:23",
  updated: null,
  source: "Geneva Times",
  topics: ["diplomacy"],
  provenance: {
    headline: at(1, 1),
    byline: at(2, 0.95),
    authors: at(2, 0.95),
    published: at(2, 0.9),
    updated: { kind: "unknown", reason: "no updated date" },
    source: at(30, 0.6),
    topics: { kind: "inferred", rule: "topics:aliases" },
  },
};

describe("frontMatterFor", () => {
  const block = frontMatterFor(FOUND, "paste.txt");

  it.each([
    // Sure values are written, quoted so `:` and `#` survive.
    ['title: "Envoys \\"meet\\": talks #1 in Geneva"'],
    ['authors: ["Jane Doe"]'],
    // Dates stay plain calendar strings.
    ["date: 2024-01-10T14:23"],
    // Unsure values are comments to confirm.
    ['# source: "Geneva Times"  # unsure: confirm, then uncomment'],
    // Topics are assigned anyway; writing them would freeze today's guess.
    ["# topics: [diplomacy]  # assigned automatically; uncomment to fix this choice"],
    // The article waits for an editor.
    ["draft: true"],
  ])("writes the line %s", (line) => {
    expect(block.split("\n")).toContain(line);
  });

  it("leaves an unknown update date out and writes an unknown date as a comment saying what to add", () => {
    const none = frontMatterFor(
      { ...FOUND, published: null, provenance: { ...FOUND.provenance, published: { kind: "unknown", reason: "none" } } },
      "p.txt",
    );
    expect(none).toContain("# date: unknown — add YYYY-MM-DD");
    expect(none).not.toMatch(/updated/);
  });

  it("reads back as YAML holding exactly the sure values", () => {
    const yaml = block.split("\n").slice(1, -1).join("\n");
    expect(load(yaml, { schema: CORE_SCHEMA })).toEqual({
      title: FOUND.headline,
      authors: ["Jane Doe"],
      date: "2024-01-10T14:23",
      draft: true,
    });
  });
});

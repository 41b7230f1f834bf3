import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { COLLISION_SUFFIX_LENGTH, suffixedSlug } from "../../src/record/slug";
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from "../../src/util/slug-rules";

const hex = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, COLLISION_SUFFIX_LENGTH);

describe("suffixedSlug", () => {
  it("appends the first 8 hex digits of the SHA-256 of the file's path inside the content folder", () => {
    expect(suffixedSlug("investor-relations", "articles/a.txt")).toBe(`investor-relations-${hex("articles/a.txt")}`);
  });

  it("gives different files different slugs and the same file the same slug every time", () => {
    const a = suffixedSlug("investor-relations", "articles/a.txt");
    expect(suffixedSlug("investor-relations", "articles/b.txt")).not.toBe(a);
    expect(suffixedSlug("investor-relations", "articles/a.txt")).toBe(a);
  });

  it("gives a file name the same suffix whether the file system lists it composed or decomposed", () => {
    expect(suffixedSlug("news", "articles/cafe\u0301.txt")).toBe(suffixedSlug("news", "articles/caf\u00e9.txt"));
  });

  it.each([
    // Short enough: kept whole.
    ["a slug of 71 characters", "a".repeat(71), "a".repeat(71)],
    // Words: cut after the last whole word that leaves room for the suffix.
    ["a 79-character slug of words", `${"word-".repeat(15)}word`, `${"word-".repeat(13)}word`],
    // One word longer than the room: cut mid-word.
    ["one 80-character word", "x".repeat(80), "x".repeat(71)],
  ])("cuts %s so that the suffixed slug stays within the limit", (_what, base, kept) => {
    const slug = suffixedSlug(base, "articles/long.txt");
    expect(slug).toBe(`${kept}-${hex("articles/long.txt")}`);
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug).toMatch(SLUG_PATTERN);
  });

  it("throws when the base is not a slug", () => {
    expect(() => suffixedSlug("Not a slug", "articles/a.txt")).toThrow(/not a slug/);
  });
});

import { describe, expect, it } from "vitest";
import { createdTopics, topicDescription } from "../../src/topics/created-topics";
import { topicKey } from "../../src/topics/topic-key";
import { MAX_SLUG_LENGTH, SLUG_PATTERN } from "../../src/util/slug-rules";

describe("topicKey", () => {
  it.each([
    // Case and separators do not make two names.
    ["Peace Keeping", "peace-keeping"],
    ["peace-keeping", "peace-keeping"],
    ["PEACE_KEEPING", "peace-keeping"],
    ["  peace   keeping  ", "peace-keeping"],
    // Accents on Latin letters are dropped, never spelt out ("tuerkiye").
    ["Türkiye", "turkiye"],
    ["Crème Brûlée", "creme-brulee"],
    ["Łódź", "lodz"],
    // Other scripts are transliterated as article slugs are.
    ["Ελλάδα", "ellada"],
    // Full-width letters are the letters they stand for.
    ["ＵＮ", "un"],
  ])("keys %j as %j", (name, key) => {
    expect(topicKey(name)).toBe(key);
  });

  it("hashes a name with nothing to transliterate, the same for the same name", () => {
    const key = topicKey("北京");
    expect(key).toMatch(/^topic-[0-9a-f]{10}$/);
    expect(topicKey(" 北京 ")).toBe(key);
    expect(topicKey("上海")).not.toBe(key);
  });

  it("keeps a long name to the longest slug, cut at a word", () => {
    const key = topicKey("word ".repeat(40));
    expect(key.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(key).toMatch(SLUG_PATTERN);
    expect(key.endsWith("word")).toBe(true);
  });
});

describe("createdTopics", () => {
  const record = (file: string, ...names: [slug: string, label: string][]) => ({
    file,
    unlistedTopics: names.map(([slug, label]) => ({ slug, label })),
  });

  it("makes one topic per slug, labelled with the first spelling in file order, counting articles", () => {
    const created = createdTopics([
      record("content/articles/a.md", ["peace-keeping", "Peace Keeping"]),
      { file: "content/articles/b.md" },
      record("content/articles/c.md", ["peace-keeping", "peace keeping"], ["economy", "economy"]),
    ]);
    expect(created).toEqual([
      {
        topic: { slug: "economy", label: "economy", description: topicDescription("economy"), aliases: [] },
        articles: 1,
        firstFile: "content/articles/c.md",
      },
      {
        topic: { slug: "peace-keeping", label: "Peace Keeping", description: topicDescription("Peace Keeping"), aliases: [] },
        articles: 2,
        firstFile: "content/articles/a.md",
      },
    ]);
  });

  it("prefers a later spelling written as a label to an earlier one written as the slug", () => {
    const created = createdTopics([
      record("content/articles/a.md", ["peace-keeping", "peace-keeping"]),
      record("content/articles/b.md", ["peace-keeping", "Peace-Keeping"]),
      record("content/articles/c.md", ["peace-keeping", "Peace Keeping"]),
    ]);
    expect(created.map((c) => [c.topic.label, c.firstFile])).toEqual([["Peace-Keeping", "content/articles/a.md"]]);
  });

  it("creates nothing from records that name only listed topics", () => {
    expect(createdTopics([{ file: "a.md" }, record("b.md")])).toEqual([]);
  });
});

import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { articleFile, generateArchive, generateArticles, prng, topicsYaml } from "../../../src/tools/bench/generate";
import { parseTopics } from "../../../src/topics/load-topics";
import { extractRaw } from "../../../src/extract/extract";

describe("synthetic archive generator", () => {
  it("gives the same bytes for the same seed and size", () => {
    expect(generateArchive(50, 3)).toEqual(generateArchive(50, 3));
    expect(generateArchive(50, 4)).not.toEqual(generateArchive(50, 3));
  });

  it("keeps the bytes of a seed's archive, so figures of earlier runs stay comparable", () => {
    // Digests of the archives generated before the articles were drawn field by field.
    const digest = (count: number, seed: number): string => {
      const hash = createHash("sha256");
      for (const f of generateArchive(count, seed)) hash.update(`${f.path}\0${f.text}\0`);
      return hash.digest("hex");
    };
    expect(digest(3000, 1)).toBe("8b4bef50b1d424a0d776f7f747b6ed4e7484b330b0f2d7604b0685a4aaa42cda");
    expect(digest(200, 7)).toBe("afcbd04b796a9db7ab8065f2cf790a7ca25da7c6b397c85ced1dae0874167ac9");
  });

  it("gives each article's fields as its file says them", () => {
    const articles = generateArticles(60, 2);
    const topics = parseTopics("content/topics.yml", topicsYaml()).topics;
    for (const a of articles) {
      const { text } = articleFile(a);
      expect(text).toContain(a.headline);
      expect(text).toContain(a.format === "txt" ? `By ${a.authors.join(" and ")}` : `authors: [${a.authors.join(", ")}]`);
      expect(text).toContain(a.source);
      expect(text).toContain(a.format === "txt" ? a.dateLine : `date: ${a.date}`);
      for (const p of a.paragraphs) expect(text).toContain(p);
      for (const t of a.topics) expect(topics.find((known) => known.slug === t.slug)?.label).toBe(t.label);
      expect(new Set(a.topics.map((t) => t.slug)).size).toBe(a.topics.length);
    }
  });

  it("makes raw text and Markdown articles with unique paths", () => {
    const files = generateArchive(300, 1);
    expect(new Set(files.map((f) => f.path)).size).toBe(300);
    expect(files.some((f) => f.path.endsWith(".txt"))).toBe(true);
    expect(files.some((f) => f.path.endsWith(".md"))).toBe(true);
  });

  it("writes a taxonomy of sixty valid topics", () => {
    const { topics, diagnostics } = parseTopics("content/topics.yml", topicsYaml());
    expect(diagnostics).toEqual([]);
    expect(topics).toHaveLength(60);
  });

  it("writes raw pages the extractor reads fully", () => {
    const raw = generateArchive(40, 2).filter((f) => f.path.endsWith(".txt"));
    for (const f of raw) {
      const r = extractRaw(f.text);
      expect(r.headline.value).toMatch(/number \d+$/);
      expect(r.authors.value.length).toBeGreaterThan(0);
      expect(r.published.value).not.toBeNull();
      expect(r.body.length).toBeGreaterThanOrEqual(5);
    }
  });

  it("draws numbers in [0, 1) reproducibly", () => {
    const a = prng(9);
    const b = prng(9);
    const xs = Array.from({ length: 100 }, () => a());
    expect(xs).toEqual(Array.from({ length: 100 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

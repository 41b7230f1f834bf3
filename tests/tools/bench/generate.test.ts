import { describe, expect, it } from "vitest";
import { generateArchive, prng, topicsYaml } from "../../../src/tools/bench/generate";
import { parseTopics } from "../../../src/topics/load-topics";
import { extractRaw } from "../../../src/extract/extract";

describe("synthetic archive generator", () => {
  it("gives the same bytes for the same seed and size", () => {
    expect(generateArchive(50, 3)).toEqual(generateArchive(50, 3));
    expect(generateArchive(50, 4)).not.toEqual(generateArchive(50, 3));
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

import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseArticleText } from "../../src/ingest/parse-article";
import { parseTopics } from "../../src/topics/load-topics";
import { slugFromHeadline, slugKey } from "../../src/record/slug";
import { resolveSettings } from "../../src/config/settings";
import { FIXTURES } from "../fixtures/temp-root";
import { textSha256 } from "../../src/util/text-hash";

const settings = resolveSettings();
const { topics } = parseTopics("t", readFileSync(path.join(FIXTURES, "topics.yml"), "utf8"));
const now = new Date("2025-01-01T00:00:00Z");
const ctx = { topics, settings, now };
const fixture = (name: string) => readFileSync(path.join(FIXTURES, "articles", name), "utf8");
const parse = (file: string, text: string) => parseArticleText(file, text, ctx);

describe("Markdown records", () => {
  const { record, diagnostics } = parse("content/articles/good.md", fixture("good/markdown-article.md"));

  it("takes every field the editor set, with the key's line as provenance", () => {
    expect(record).toMatchObject({
      slug: "envoys-agree-next-round",
      format: "markdown",
      headline: "Envoys agree on the next round of talks",
      byline: null,
      authors: ["Ana Petrosyan", "Elnur Mammadov"],
      published: "2024-05-02",
      updated: "2024-05-03T09:30",
      source: "Example Wire",
      summary: "Negotiators set a date for the next meeting.",
      draft: false,
    });
    expect(record?.provenance.headline).toEqual({ kind: "front-matter", key: "title", line: 2 });
    expect(record?.provenance.updated).toEqual({ kind: "front-matter", key: "updated", line: 4 });
    expect(record?.provenance.slug).toEqual({ kind: "front-matter", key: "slug", line: 8 });
  });

  it("renders the body as sanitized HTML and warns about the dropped script", () => {
    expect(record?.body).toEqual([
      "Negotiators from both sides agreed on Thursday to meet again next month.",
      "The talks, held behind closed doors, focused on the text of a draft agreement.",
    ]);
    expect(record?.bodyHtml).toContain("<em>text</em>");
    expect(record?.bodyHtml).not.toContain("script");
    expect(diagnostics.map((d) => [d.id, d.line])).toEqual([["raw-html-dropped", 14]]);
    expect(record?.provenance.body).toMatchObject({ kind: "extracted", line: 10 });
  });

  it("assigns topics from aliases and says why", () => {
    // "talks" in the headline (diplomacy); "negotiators" only once in the body (not enough).
    expect(record?.topics).toEqual(["diplomacy"]);
    expect(record?.provenance.topics).toMatchObject({ kind: "inferred", rule: "topics:aliases" });
  });

  it("names the original text by its hash and never invents unknown fields", () => {
    const bare = parse("content/articles/bare.md", "---\ntitle: Only a title\n---\nOne paragraph of text here.");
    expect(bare.record).toMatchObject({
      published: null,
      updated: null,
      source: null,
      authors: [],
      summary: null,
      highlights: [],
      topics: [],
    });
    expect(bare.record?.originalSha256).toBe(textSha256("---\ntitle: Only a title\n---\nOne paragraph of text here."));
    for (const field of ["published", "updated", "source", "authors", "byline", "summary", "highlights", "topics"] as const) {
      expect(bare.record?.provenance[field].kind, field).toBe("unknown");
    }
  });
});

describe("raw-text records", () => {
  it("lets front matter override the extractor and keeps the extractor's other fields", () => {
    const { record, diagnostics } = parse("content/articles/raw.txt", fixture("good/raw-with-front-matter.txt"));
    expect(diagnostics).toEqual([]);
    expect(record).toMatchObject({
      format: "text",
      headline: "Villagers return to homes near the border",
      source: "Example Daily",
      published: "2024-06-01",
      slug: "villagers-return-to-homes-near-the-border",
    });
    expect(record?.provenance.source).toEqual({ kind: "front-matter", key: "source", line: 2 });
    // Extracted lines are file lines: the headline is on line 5, after the front matter.
    expect(record?.provenance.headline).toMatchObject({ kind: "extracted", line: 5 });
    expect(record?.body[0]).toMatch(/^Hundreds of families/);
  });

  it("gives a CRLF file the same record as its LF twin", () => {
    const lf = fixture("good/raw-with-front-matter.txt");
    const a = parse("content/articles/raw.txt", lf);
    const b = parse("content/articles/raw.txt", lf.replace(/\n/g, "\r\n"));
    expect(b).toEqual(a);
  });

  it("never turns Markdown syntax in raw text into markup", () => {
    const text =
      "Prices rise by 5% * 2 in # districts\n\nBy Jane Roe\n\nOfficials said *prices* would keep rising through the winter months, and that <b>nothing</b> could be done about it soon.\n";
    const { record } = parse("content/articles/raw.txt", text);
    expect(record?.bodyHtml).toContain("*prices*");
    expect(record?.bodyHtml).not.toContain("<em>");
    expect(record?.bodyHtml).not.toContain("<b>");
  });
});

describe("bad input to one file", () => {
  it.each([
    // Empty and whitespace-only files.
    ["empty.txt", "bad/empty.txt", "empty-file", 1],
    ["whitespace-only.txt", "bad/whitespace-only.txt", "empty-file", 1],
    // A page of site chrome only has no article body.
    ["chrome-only.txt", "bad/chrome-only.txt", "no-article-body", 1],
    // YAML errors name the file line.
    ["invalid-yaml.md", "bad/invalid-yaml.md", "front-matter-yaml", 4],
    // Code in front matter is refused, not run.
    ["js-front-matter.md", "bad/js-front-matter.md", "front-matter-language-refused", 1],
    // 31 February.
    ["feb-31.md", "bad/feb-31.md", "invalid-date", 3],
    // Misspelt key.
    ["unknown-key.md", "bad/unknown-key.md", "front-matter-unknown-key", 2],
    // Markdown needs a title.
    ["missing-title.md", "bad/missing-title.md", "missing-title", 1],
  ])("%s is an error naming the file and line", (name, source, id, line) => {
    const file = `content/articles/${name}`;
    const { record, diagnostics } = parse(file, fixture(source));
    expect(record).toBeNull();
    expect(diagnostics.find((d) => d.id === id)).toMatchObject({ severity: "error", file, line });
  });

  it("suggests the nearest known key and topic", () => {
    expect(parse("a.md", fixture("bad/unknown-key.md")).diagnostics[0]?.message).toContain("did you mean `title`");
    expect(parse("a.md", fixture("bad/unknown-topic.md")).diagnostics[0]?.message).toContain("did you mean `diplomacy`");
  });

  it("publishes a topic a typo away from a listed one as a new topic, with a warning on the `topics` line", () => {
    const { record, diagnostics } = parse("content/articles/a.md", fixture("bad/unknown-topic.md"));
    expect(record?.topics).toEqual(["diplomcy"]);
    expect(record?.unlistedTopics).toEqual([{ slug: "diplomcy", label: "diplomcy" }]);
    expect(diagnostics).toMatchObject([{ id: "unknown-topic", severity: "warning", line: 3 }]);
  });

  it("reports a raw file with no headline as missing-headline", () => {
    const text =
      "the body starts right away with a long lower-case sentence that reads like prose, and it goes on for a while.\n\nand then another long paragraph of prose follows here, again without anything that looks like a title.";
    const { diagnostics } = parse("content/articles/x.txt", text);
    expect(diagnostics.map((d) => d.id)).toContain("missing-headline");
  });

  it.each([
    // The date and the copyright line's publisher name the article well enough to place it.
    ["Published: 20 September 2023\n\n", "\n© 2023 Example Wire. All rights reserved.\n", "Untitled — Example Wire, 2023-09-20", 1],
    // Without a source, the date alone.
    ["September 20, 2023\n\n", "", "Untitled — 2023-09-20", 1],
  ])("publishes a dated raw text without a headline as %j…, marked as a placeholder", (before, after, headline, line) => {
    const text = `${before}the body starts right away with a long lower-case sentence that reads like prose, and it goes on for a while.\n\nand then another long paragraph of prose follows here, again without anything that looks like a title.\n${after}`;
    const { record, diagnostics } = parse("content/articles/x.txt", text);
    expect(record?.headline).toBe(headline);
    expect(record?.provenance.headline).toMatchObject({ kind: "inferred", rule: "headline:placeholder" });
    expect(diagnostics.map((d) => [d.id, d.severity, d.line])).toEqual([["headline-placeholder", "warning", line]]);
  });

  it("keeps a raw text without a headline unpublished when its `title:` is there but empty of letters", () => {
    const text =
      '---\ntitle: "\u200b"\ndate: 2023-09-20\n---\nthe body starts right away with a long lower-case sentence that reads like prose, and it goes on for a while.\n';
    expect(parse("content/articles/x.txt", text).diagnostics.map((d) => d.id)).toContain("missing-headline");
  });

  it("refuses a file that is not .txt or .md", () => {
    expect(parse("notes.docx", "Hello").diagnostics.map((d) => d.id)).toEqual(["unsupported-extension"]);
  });
});

describe("slugs", () => {
  it.each([
    // Punctuation and case are dropped; transliteration keeps Latin letters.
    ["Mayor Resigns!", "mayor-resigns"],
    ["Café Müller reopens", "cafe-mueller-reopens"],
    ["Азербайджан и Россия", "azerbaydzhan-i-rossiya"],
    // Long headlines are cut at a word boundary.
    ["word ".repeat(40), `${"word-".repeat(15)}word`],
  ])("slugifies %j", (headline, slug) => {
    expect(slugFromHeadline(headline)).toEqual({ slug, hashed: false });
  });

  it("falls back to a stable hash when nothing URL-safe is left, with a warning", () => {
    const a = slugFromHeadline("北京新闻");
    expect(a).toEqual({ slug: expect.stringMatching(/^article-[0-9a-f]{10}$/), hashed: true });
    expect(slugFromHeadline("北京新闻")).toEqual(a);
    expect(slugFromHeadline("上海新闻").slug).not.toBe(a.slug);
    const { record, diagnostics } = parse("content/articles/cjk.md", "---\ntitle: 北京新闻\n---\n今天的新闻。");
    expect(record?.slug).toBe(a.slug);
    expect(diagnostics.map((d) => [d.id, d.severity])).toEqual([["slug-hash-fallback", "warning"]]);
  });

  it("folds case and Unicode normalisation when comparing slugs", () => {
    expect(slugKey("CAFE\u0301")).toBe(slugKey("caf\u00e9"));
  });
});

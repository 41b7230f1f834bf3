/**
 * The page budgets, on a build of the seeds plus a 1,000-word Markdown article with
 * every field filled (authors, source, summary, topics shared with the seeds, so it has a
 * Related block): the article page stays under 40 kB, and no page but search carries a script
 * (structured data, `application/ld+json`, is data, not a script). The same build is checked with
 * html-validate, since that article fills every part of the article template.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/project-root";
import { listFileTree } from "../../src/util/file-tree";
import { builtHere, outcomeReport } from "../helpers/build-here";
import { validateSite } from "../helpers/html-validate";
import { tempDir } from "../helpers/run-build";

/** The limit for a 1,000-word article page, in bytes (kB as 1,000 bytes: the stricter reading). */
const ARTICLE_LIMIT = 40_000;
const WORDS = 1_000;
const SLUG = "council-weighs-harbour-bridge-repairs";

const SENTENCES = [
  "The city council met on Tuesday evening to weigh three plans for repairing the harbour bridge.",
  "Engineers told members that two of the supports had cracked during the winter storms.",
  "Shop owners on the waterfront asked for help during the months the bridge would stay closed.",
  "A spokesperson for the transport department said buses would use the northern crossing instead.",
  "Residents who attended the meeting questioned why earlier inspections had not found the damage.",
  "The mayor promised to publish the full engineering report before the next session of the council.",
];

/** Paragraphs of plain news prose, exactly `count` words long. */
function proseOf(count: number): string {
  const words: string[] = [];
  for (let i = 0; words.length < count; i++) words.push(...(SENTENCES[i % SENTENCES.length] ?? "").split(" "));
  const kept = words.slice(0, count);
  const paragraphs: string[] = [];
  for (let i = 0; i < kept.length; i += 80) paragraphs.push(kept.slice(i, i + 80).join(" "));
  return `${paragraphs.join("\n\n")}\n`;
}

const ARTICLE = [
  "---",
  "title: Council weighs harbour bridge repairs",
  "date: 2024-05-14T06:02:00+04:00",
  "authors: [Jane Doe, John Roe]",
  "source: The Example Times",
  "url: https://news.example.com/2024/05/14/harbour-bridge",
  "summary: The council heard three plans for the cracked harbour bridge and promised the engineers' report before its next session.",
  "topics: [azerbaijan, armenia, peacekeeping]",
  "---",
  "",
  proseOf(WORDS),
].join("\n");

describe("the page budgets", () => {
  let out: string;
  let pages: string[];

  beforeAll(async () => {
    const root = tempDir("page-budget");
    mkdirSync(join(root, "content/articles"), { recursive: true });
    cpSync(join(PROJECT_ROOT, "content/topics.yml"), join(root, "content/topics.yml"));
    cpSync(join(PROJECT_ROOT, "content/articles"), join(root, "content/articles"), { recursive: true });
    writeFileSync(join(root, "content/articles", `${SLUG}.md`), ARTICLE);
    out = join(root, "out");
    expect(outcomeReport(await builtHere({ root, out }))).not.toMatch(/ error /);
    pages = listFileTree(out).filter((f) => f.endsWith(".html"));
  });

  afterAll(async () => {
    if (out) await rm(join(out, ".."), { recursive: true, force: true });
  });

  it("writes the test article with exactly 1,000 words of body, and links it to related seeds", () => {
    expect(proseOf(WORDS).split(/\s+/).filter(Boolean)).toHaveLength(WORDS);
    const html = readFileSync(join(out, "articles", SLUG, "index.html"), "utf8");
    expect(html).toContain("Council weighs harbour bridge repairs");
    // The budget is measured with a Related block, as most articles have one: the pager links at
    // most two other articles (older, newer), so a third is a related one.
    const others = new Set([...html.matchAll(/href="\/articles\/([^/"]+)\/"/g)].map((m) => m[1]).filter((s) => s !== SLUG));
    expect(others.size).toBeGreaterThan(2);
  });

  it("keeps a 1,000-word article page under 40 kB", () => {
    const bytes = readFileSync(join(out, "articles", SLUG, "index.html")).byteLength;
    expect(bytes).toBeLessThan(ARTICLE_LIMIT);
  });

  it("passes html-validate on every page, the article with every field filled included", async () => {
    expect(await validateSite(out)).toEqual([]);
  });

  it("puts a script on no page but search (structured data aside)", () => {
    expect(pages.length).toBeGreaterThan(10);
    const scripted = pages.filter((page) => {
      const tags = readFileSync(join(out, page), "utf8").match(/<script\b[^>]*>/gi) ?? [];
      return tags.some((tag) => !/\stype="application\/ld\+json"/.test(tag));
    });
    expect(scripted).toEqual(["search/index.html"]);
  });
});

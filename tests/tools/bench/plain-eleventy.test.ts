import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import yaml from "js-yaml";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateArticles } from "../../../src/tools/bench/generate";
import {
  buildPlainEleventy,
  plainEleventyMarkdown,
  writePlainEleventySite,
  type PlainEleventyRun,
} from "../../../src/tools/bench/plain-eleventy";

describe("plainEleventyMarkdown", () => {
  it("writes each article's fields in front matter that YAML reads back as they were", () => {
    for (const article of generateArticles(40, 5)) {
      const [, front = "", body = ""] = plainEleventyMarkdown(article).split(/^---$/m);
      // An unquoted YAML date is read as a Date at midnight UTC: Eleventy reads it the same way.
      expect(yaml.load(front)).toEqual({
        title: article.headline,
        date: new Date(`${article.date}T00:00:00Z`),
        authors: article.authors,
        source: article.source,
        topics: article.topics.map((t) => t.label),
      });
      expect(body.trim().split("\n\n")).toEqual(article.paragraphs);
    }
  });
});

describe("the plain Eleventy site", () => {
  const articles = generateArticles(24, 3);
  let dir = "";
  let run: PlainEleventyRun;
  const page = (path: string): Promise<string> => readFile(join(dir, "_site", path, "index.html"), "utf8");

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "plain-eleventy-"));
    await writePlainEleventySite(dir, articles);
    run = await buildPlainEleventy(dir);
  }, 120_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("writes a page per article, per topic and per month, and a home page", async () => {
    expect(run.status, run.stderr).toBe(0);
    const topics = new Set(articles.flatMap((a) => a.topics.map((t) => t.slug)));
    const months = new Set(articles.map((a) => a.date.slice(0, 7)));
    expect((await readdir(join(dir, "_site/articles"))).length).toBe(articles.length);
    expect((await readdir(join(dir, "_site/archive"))).sort()).toEqual([...months].sort());
    expect((await readdir(join(dir, "_site/topics"))).length).toBe(topics.size);
    expect(run.files).toBe(articles.length + topics.size + months.size + 1);
  });

  it("renders an article's headline, byline, date, source, topic links and Markdown body", async () => {
    const article = articles[0]!;
    const html = await page(`articles/${article.id}`);
    expect(html).toContain(`<h1>${article.headline}</h1>`);
    expect(html).toContain(`By ${article.authors.join(", ")}`);
    expect(html).toContain(`<time datetime="${article.date}">${article.date}</time> · ${article.source}`);
    for (const topic of article.topics) expect(html).toContain(`href="/topics/${topic.slug}-`);
    expect(html).toContain(`<p>${article.paragraphs[0]}</p>`);
  });

  it("lists a topic's articles newest first and the latest articles on the home page", async () => {
    const topic = articles[0]!.topics[0]!;
    const folder = (await readdir(join(dir, "_site/topics"))).find((f) => f.startsWith(`${topic.slug}-`))!;
    const listed = [...(await page(`topics/${folder}`)).matchAll(/datetime="([\d-]+)"/g)].map((m) => m[1]);
    const expected = articles.filter((a) => a.topics.some((t) => t.slug === topic.slug)).map((a) => a.date);
    expect(listed).toEqual(expected.sort().reverse());
    const home = [...(await page("")).matchAll(/datetime="([\d-]+)"/g)].map((m) => m[1]);
    expect(home).toEqual(
      articles
        .map((a) => a.date)
        .sort()
        .reverse(),
    );
  });
});

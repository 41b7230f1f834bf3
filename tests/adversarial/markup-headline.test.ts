import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BuildOutcome } from "../../src/build/build-site";
import { slugFromHeadline } from "../../src/record/slug";
import { buildHere, outcomeReport } from "../helpers/build-here";
import { PARAGRAPHS } from "./corpus";
import { makeProject, type Project } from "./project";

/**
 * A raw-text headline made of characters that look like markup is plain text: the file builds,
 * and every page, feed, JSON-LD block and search record shows the text as written, escaped.
 */
const MARKUP_HEADLINE = `Why 3 < 5 & "x > y" matters: <script>alert(1)</script> isn't code`;

/** The characters templates escape, back to text, to check what a reader sees. */
const decode = (html: string) =>
  html
    .replace(/&lt;|&#x3C;|&#60;/gi, "<")
    .replace(/&gt;|&#x3E;|&#62;/gi, ">")
    .replace(/&quot;|&#34;|&#x22;/gi, '"')
    .replace(/&#39;|&#x27;|&apos;/gi, "'")
    .replace(/&amp;|&#x26;|&#38;/gi, "&");

describe("a .txt headline with markup-like characters", () => {
  let project: Project;
  let out: string;
  let outcome: BuildOutcome;
  let files: string[];
  beforeAll(async () => {
    project = await makeProject({
      "markup.txt": `${MARKUP_HEADLINE}\n\nBy Jane Roe\n\nSeptember 21, 2023\n\n${PARAGRAPHS[0]}\n\n${PARAGRAPHS[1]}\n`,
    });
    out = join(project.root, "_site");
    outcome = await buildHere({ root: project.root, out });
    files = readdirSync(out, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => relative(out, join(e.parentPath, e.name)).split(sep).join("/"));
  });
  afterAll(() => project.cleanup());

  const text = (file: string) => readFileSync(join(out, file), "utf8");
  const page = () => text(`articles/${slugFromHeadline(MARKUP_HEADLINE).slug}/index.html`);

  it("builds with the first line as the headline and no error", () => {
    expect(outcome.status, outcomeReport(outcome)).toBe("built");
    expect(outcomeReport(outcome)).not.toMatch(/ error /);
  });

  it("shows the headline literally in the article page's heading and title", () => {
    const html = page();
    expect(decode(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)?.[1] ?? "").trim()).toBe(MARKUP_HEADLINE);
    expect(decode(/<title>([\s\S]*?)<\/title>/.exec(html)?.[1] ?? "")).toContain(MARKUP_HEADLINE);
  });

  it("gives the headline as text in the JSON-LD block", () => {
    const block = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(page())?.[1] ?? "";
    expect(block).not.toMatch(/[<>]/);
    expect(JSON.parse(block).headline).toBe(MARKUP_HEADLINE);
  });

  it("gives the headline as text in the feed", () => {
    const feed = files.find((f) => /\.(?:xml|rss|atom)$/.test(f) && text(f).includes("<entry>")) ?? "feed.xml";
    expect(decode(text(feed))).toContain(`<title>${MARKUP_HEADLINE}</title>`);
  });

  it("puts no script element from the headline in any page or feed", () => {
    for (const file of files.filter((f) => /\.(?:html|xml|rss|atom)$/.test(f))) {
      expect(text(file), file).not.toContain("<script>alert");
    }
  });

  it("gives the headline to search as data: escaped in the indexed text, as text in the title", () => {
    const records = files
      .filter((f) => f.endsWith(".pf_fragment"))
      .map((f) => gunzipSync(readFileSync(join(out, f))).toString("utf8"))
      .filter((data) => data.includes("matters"))
      .map((data) => JSON.parse(data.slice("pagefind_dcd".length)) as { content: string; meta: { title: string } });
    expect(records).toHaveLength(1);
    // The indexed text is HTML (excerpts are shown as HTML); the title is shown as text.
    expect(records[0]!.content).not.toMatch(/[<>]/);
    expect(decode(records[0]!.content)).toContain(MARKUP_HEADLINE);
    expect(records[0]!.meta.title).toBe(MARKUP_HEADLINE);
  });

  it("keeps the headline as written in the JSON API", () => {
    const api = files.filter((f) => f.startsWith("api/") && f.endsWith(".json")).map(text);
    expect(api.some((json) => JSON.stringify(JSON.parse(json)).includes(JSON.stringify(MARKUP_HEADLINE)))).toBe(true);
  });
});

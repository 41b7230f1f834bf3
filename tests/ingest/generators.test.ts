import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingest, type IngestResult } from "../../src/ingest/ingest";
import { resolveSettings } from "../../src/config/settings";
import { generatorRoot } from "../helpers/generator-root";

// Content folders as Hugo, Jekyll and Eleventy keep them, copied into content/articles/ as
// they are (tests/fixtures/generators/). Dates use the forms every branch reads the same way.
const now = new Date("2026-01-01T00:00:00Z");
let cleanup = async (): Promise<void> => {};
let result: IngestResult;

beforeAll(async () => {
  const made = await generatorRoot();
  cleanup = made.cleanup;
  result = await ingest(resolveSettings({ includeDrafts: true }), made.root, { now });
});
afterAll(() => cleanup());

const A = "content/articles/";
const record = (file: string) => {
  const found = result.records.find((r) => r.file === `${A}${file}`);
  if (found === undefined)
    throw new Error(`no record for ${file}: ${JSON.stringify(result.diagnostics.filter((d) => d.file === `${A}${file}`))}`);
  return found;
};

describe("a Hugo, Jekyll and Eleventy content folder copied into content/articles/", () => {
  it("builds with no error and no warning", () => {
    const problems = result.diagnostics.filter((d) => d.severity !== "note" && d.id !== "draft-not-published");
    expect(problems).toEqual([]);
  });

  it.each([
    // Hugo YAML: author string, tags and categories, lastmod, description, slug, aliases.
    [
      "hugo/content/posts/envoys-meet.md",
      {
        headline: "Envoys meet again in Geneva",
        published: "2022-11-03",
        updated: "2022-11-05",
        authors: ["Ana Petrosyan"],
        topics: ["diplomacy", "peace-process"],
        summary: "A second round of talks.",
        slug: "envoys-meet-again",
        draft: false,
      },
    ],
    // Hugo TOML between `+++`: authors list, a [params] table ignored.
    [
      "hugo/content/posts/ceasefire-holds.md",
      {
        headline: "Ceasefire holds for a second week",
        published: "2022-11-10",
        updated: "2022-11-12",
        authors: ["Ana Petrosyan", "Mark Dovich"],
        topics: ["peace-process"],
        summary: "Both sides report no violations.",
      },
    ],
    // Hugo JSON front matter.
    [
      "hugo/content/posts/returns-begin.md",
      { headline: "Families begin to return", published: "2022-11-15", authors: ["Mark Dovich"], topics: ["displacement"] },
    ],
    // A Hugo page bundle's index.md.
    ["hugo/content/posts/talks-bundle/index.md", { headline: "Talks in pictures", published: "2022-11-20T14:05", topics: ["diplomacy"] }],
    // Jekyll: no date but the file name's, space-separated categories, author, `.markdown`.
    [
      "jekyll/_posts/2022-11-03-talks-resume.markdown",
      { headline: "Talks resume after a month", published: "2022-11-03", authors: ["Jane Doe"], topics: ["diplomacy", "peace-process"] },
    ],
    // Jekyll: front-matter date over the file name's, author list, category and tags, last_modified_at.
    [
      "jekyll/_posts/2022-11-04-refugees-return.md",
      {
        published: "2022-11-04T09:30",
        updated: "2022-11-06",
        authors: ["Jane Doe", "John Roe"],
        topics: ["diplomacy", "displacement"],
        draft: false,
      },
    ],
    // Jekyll drafts folder: a draft.
    ["jekyll/_drafts/an-idea.md", { headline: "An idea for a story", draft: true }],
    // Eleventy: tags list, description, layout and eleventyNavigation ignored.
    [
      "eleventy/blog/second-round.md",
      {
        headline: "The second round",
        published: "2022-11-21",
        topics: ["diplomacy", "peace-process"],
        summary: "What was agreed in the second round.",
      },
    ],
  ])("reads %s as written", (file, expected) => {
    expect(record(file)).toMatchObject(expected);
  });

  it("names the key written and the file name in provenance", () => {
    expect(record("hugo/content/posts/envoys-meet.md").provenance.authors).toEqual({ kind: "front-matter", key: "author", line: 6 });
    expect(record("hugo/content/posts/ceasefire-holds.md").provenance.updated).toEqual({ kind: "front-matter", key: "lastmod", line: 4 });
    expect(record("jekyll/_posts/2022-11-03-talks-resume.markdown").provenance.published).toEqual({
      kind: "inferred",
      rule: "file-name",
      detail: "2022-11-03-talks-resume.markdown",
    });
  });

  it("leaves section pages, data files and bundle images out, each with a note", () => {
    const notes = result.diagnostics.filter((d) => d.id === "file-not-article").map((d) => d.file);
    expect(notes).toEqual([
      `${A}eleventy/blog/blog.11tydata.json`,
      `${A}hugo/content/posts/_index.md`,
      `${A}hugo/content/posts/talks-bundle/cover.jpg`,
    ]);
    expect(notes.every((d) => d.startsWith(A))).toBe(true);
  });

  it("notes each key only another generator reads, at its line", () => {
    const ignored = result.diagnostics
      .filter((d) => d.id === "front-matter-key-ignored" && d.file.endsWith("envoys-meet.md"))
      .map((d) => [d.line, d.severity]);
    expect(ignored).toEqual([
      [13, "note"],
      [14, "note"],
    ]);
  });

  it("keeps template tags in bodies as text, escaped, never run", () => {
    const jekyll = record("jekyll/_posts/2022-11-03-talks-resume.markdown");
    expect(jekyll.body.join("\n")).toContain("{% include note.html %}");
    expect(jekyll.bodyHtml).toContain("{{ site.url }}");
    const hugo = record("hugo/content/posts/envoys-meet.md");
    expect(hugo.bodyHtml).toContain('{{&#x3C; figure src="/images/geneva.jpg" title="Geneva" >}}');
  });
});

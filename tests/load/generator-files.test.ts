import { afterEach, describe, expect, it } from "vitest";
import { generatorFileReason } from "../../src/load/generator-files";
import { listArticleFiles } from "../../src/load/list-files";
import { makeRoot } from "../fixtures/temp-root";

describe("generatorFileReason", () => {
  it.each([
    // Hugo section pages, in any article format.
    ["_index.md", "posts", [], /Hugo section page/],
    ["_index.markdown", "posts", [], /Hugo section page/],
    // Eleventy directory data files: by suffix, or named after their folder.
    ["posts.11tydata.json", "posts", [], /Eleventy directory data/],
    ["posts.11tydata.js", "blog", [], /Eleventy directory data/],
    ["blog.json", "blog", [], /Eleventy directory data/],
    // A page bundle's resources, beside its index.md.
    ["cover.jpg", "my-post", ["index.md"], /page bundle/],
    ["slides.pdf", "my-post", ["index.markdown"], /page bundle/],
    // The bundle's own page and articles beside it are articles.
    ["index.md", "my-post", ["index.md"], null],
    ["other.md", "my-post", ["index.md"], null],
    // An image with no bundle around it, or JSON named after nothing, is judged as any file.
    ["cover.jpg", "posts", [], null],
    ["data.json", "blog", [], null],
  ])("%s in %s/ → %s", (name, folder, siblings, expected) => {
    const reason = generatorFileReason(name, folder, new Set([name, ...siblings]));
    if (expected === null) expect(reason).toBeNull();
    else expect(reason).toMatch(expected);
  });
});

describe("listing a copied generator folder", () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0)) await c();
  });

  it("lists .markdown posts as articles and notes the other generator's files, dropping none silently", async () => {
    const made = await makeRoot({
      "_posts/2022-11-03-a.markdown": "---\ntitle: A\n---\nBody",
      "posts/_index.md": "---\ntitle: Posts\n---\n",
      "posts/bundle/index.md": "---\ntitle: B\n---\nBody",
      "posts/bundle/cover.jpg": "x",
      "posts/posts.json": "{}",
      "notes.docx": "x",
    });
    cleanups.push(made.cleanup);
    const listing = await listArticleFiles(made.root, "content/articles");
    expect(listing.articles).toEqual(["content/articles/_posts/2022-11-03-a.markdown", "content/articles/posts/bundle/index.md"]);
    expect(listing.diagnostics.map((d) => [d.file.replace("content/articles/", ""), d.id, d.severity])).toEqual([
      ["notes.docx", "unsupported-extension", "error"],
      ["posts/_index.md", "file-not-article", "note"],
      ["posts/bundle/cover.jpg", "file-not-article", "note"],
      ["posts/posts.json", "file-not-article", "note"],
    ]);
    expect(listing.seen).toHaveLength(6);
  });
});

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listFileTree } from "../../src/util/file-tree";
import { suffixedSlug } from "../../src/record/slug";
import { searchShards } from "../../src/site/search-shards";
import { makeRoot } from "../fixtures/temp-root";
import { builtHere, type Built } from "../helpers/build-here";
import { expectSameFolders, tempDirs } from "../helpers/folders";

// Scraped pages whose extracted headline is the same line of page chrome: nobody chose that
// slug, so every one of them is published, each under a suffix from its own path.
const CHROME = "Change the story's title, subtitle and visibility as needed";
const BASE = "change-the-storys-title-subtitle-and-visibility-as-needed";
const page = (day: number, text: string) => `${CHROME}\n\nBy Jane Roe\n\nSeptember ${day}, 2023\n\n${text}\n`;
const A = page(20, "The port authority said on Monday that container traffic rose for the third month in a row.");
const B = page(21, "The city council voted on Tuesday to close the old bridge to lorries while it is repaired.");
const C = page(22, "Farmers in the valley began the grape harvest two weeks early after a hot, dry summer.");

const temp = tempDirs();
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  await temp.remove();
  for (const c of cleanups) await c();
});

async function build(articles: Record<string, string>, name: string): Promise<{ built: Built; out: string }> {
  const made = await makeRoot(articles);
  cleanups.push(made.cleanup);
  const out = join(temp.make(name), "out");
  return { built: await builtHere({ root: made.root, out, env: { SITE_URL: "https://news.example.com" } }), out };
}

/** Every text file of the site (the search index's own files are compressed). */
const texts = (out: string) =>
  listFileTree(out)
    .filter((f) => /\.(html|xml|json|txt)$/.test(f) && !f.startsWith("pagefind/"))
    .map((f) => [f, readFileSync(join(out, f), "utf8")] as const);

describe("two raw-text pages whose headline is the same chrome line", () => {
  const slugA = suffixedSlug(BASE, "articles/a.txt");
  const slugB = suffixedSlug(BASE, "articles/b.txt");
  let first: Awaited<ReturnType<typeof build>>;
  beforeAll(async () => {
    first = await build({ "a.txt": A, "b.txt": B }, "collide-two");
  });

  it("publishes both under distinct suffixed URLs, with a warning on each naming the other", () => {
    expect(first.built.site.data.views.articles.map((a) => a.slug)).toEqual(expect.arrayContaining([slugA, slugB]));
    expect(first.built.site.data.stats.articles).toBe(2);
    const files = listFileTree(first.out);
    expect(files).toContain(`articles/${slugA}/index.html`);
    expect(files).toContain(`articles/${slugB}/index.html`);
    expect(files).not.toContain(`articles/${BASE}/index.html`);
    expect(first.built.ingest.diagnostics.map((d) => [d.file, d.id, d.severity])).toEqual([
      ["content/articles/a.txt", "slug-collision-suffixed", "warning"],
      ["content/articles/b.txt", "slug-collision-suffixed", "warning"],
    ]);
    expect(first.built.ingest.diagnostics[0]?.message).toContain(`content/articles/b.txt; this article is given \`${slugA}\``);
  });

  it("links to the suffixed URLs everywhere: lists, feeds, sitemap, export, search data", () => {
    const site = texts(first.out);
    const bare = site.filter(([, text]) => text.includes(`/articles/${BASE}/`)).map(([f]) => f);
    expect(bare).toEqual([]);
    for (const file of ["index.html", "sitemap.xml", "feed.xml", "archive/2023/09/index.html", "api/articles/2023.json"]) {
      const text = site.find(([f]) => f === file)?.[1] ?? "";
      expect(text, file).toContain(`/articles/${slugA}/`);
      expect(text, file).toContain(`/articles/${slugB}/`);
    }
    // The search index is made from the same records (its own files are compressed).
    const documents = searchShards(first.built.ingest.records, first.built.ingest.topics, "/", 100).flatMap((s) => s.documents());
    expect(documents.map((d) => d.url).sort()).toEqual([`/articles/${slugA}/`, `/articles/${slugB}/`].sort());
  });

  it("builds the same bytes from the same content, whatever order the files were written in", async () => {
    const again = await build({ "b.txt": B, "a.txt": A }, "collide-two-again");
    await expectSameFolders(first.out, again.out);
  });

  it("keeps both URLs when a third page with the same headline is added, which gets its own", async () => {
    const three = await build({ "a.txt": A, "b.txt": B, "c.txt": C }, "collide-three");
    const slugC = suffixedSlug(BASE, "articles/c.txt");
    expect(three.built.site.data.views.articles.map((a) => a.slug).sort()).toEqual([slugA, slugB, slugC].sort());
    expect(three.built.ingest.diagnostics.filter((d) => d.id === "slug-collision-suffixed")).toHaveLength(3);
  });

  it("gives the bare headline slug back to the page left alone when the others are removed", async () => {
    const alone = await build({ "a.txt": A }, "collide-alone");
    expect(alone.built.site.data.views.articles.map((a) => a.slug)).toEqual([BASE]);
    expect(alone.built.ingest.diagnostics).toEqual([]);
  });

  it("lets an editor keep the bare slug for one page by writing it as `slug:`; the other is suffixed", async () => {
    const pinned = await build({ "a.txt": `---\nslug: ${BASE}\n---\n${A}`, "b.txt": B }, "collide-pinned");
    expect(pinned.built.site.data.views.articles.map((a) => a.slug).sort()).toEqual([BASE, slugB].sort());
    expect(pinned.built.ingest.diagnostics.map((d) => [d.file, d.id])).toEqual([["content/articles/b.txt", "slug-collision-suffixed"]]);
  });
});

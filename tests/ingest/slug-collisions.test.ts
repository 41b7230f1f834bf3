import { describe, expect, it } from "vitest";
import { parseArticleText } from "../../src/ingest/parse-article";
import { resolveSlugCollisions } from "../../src/ingest/slug-collisions";
import { crossFileChecks } from "../../src/ingest/cross-file";
import { suffixedSlug } from "../../src/record/slug";
import { resolveSettings } from "../../src/config/settings";
import type { ArticleRecord } from "../../src/types";

const ctx = { topics: [], settings: resolveSettings(), now: new Date("2026-01-01T00:00:00Z") };
const CHROME = "Change the story's title, subtitle and visibility as needed";
const BASE = "change-the-storys-title-subtitle-and-visibility-as-needed";

/** A record for `content/articles/<name>`, its body made distinct by `n`. */
function article(name: string, n: number, frontMatter = ""): ArticleRecord {
  const body = `The port authority said on Monday that traffic rose for the ${n}th month in a row, helped by new routes.`;
  const text = frontMatter ? `---\n${frontMatter}\n---\n${body}\n` : `${CHROME}\n\n${body}\n`;
  const { record } = parseArticleText(`content/articles/${name}`, text, ctx);
  if (!record) throw new Error(`no record for ${name}`);
  return record;
}
const slugs = (records: readonly ArticleRecord[]) => records.map((r) => r.slug);

describe("resolveSlugCollisions", () => {
  it("leaves every record as it is when no two slugs are the same", () => {
    const records = [article("a.txt", 1), article("b.md", 2, "title: Port traffic rises")];
    const result = resolveSlugCollisions(records, "content");
    expect(result.records).toEqual(records);
    expect(result.records[0]).toBe(records[0]);
    expect(result.diagnostics).toEqual([]);
  });

  it("suffixes every headline slug two files share, each from its own path, with a warning naming the other", () => {
    const result = resolveSlugCollisions([article("a.txt", 1), article("b.txt", 2)], "content");
    expect(slugs(result.records)).toEqual([suffixedSlug(BASE, "articles/a.txt"), suffixedSlug(BASE, "articles/b.txt")]);
    expect(result.diagnostics.map((d) => [d.id, d.severity, d.file, d.line])).toEqual([
      ["slug-collision-suffixed", "warning", "content/articles/a.txt", 1],
      ["slug-collision-suffixed", "warning", "content/articles/b.txt", 1],
    ]);
    expect(result.diagnostics[0]?.message).toBe(
      `The headline makes the slug \`${BASE}\`, as in content/articles/b.txt; this article is given \`${result.records[0]?.slug}\` (\`/articles/${result.records[0]?.slug}/\`).`,
    );
    expect(result.records[0]?.provenance.slug).toEqual({
      kind: "inferred",
      rule: "slug:collision-suffix",
      detail: `${BASE} + SHA-256 of articles/a.txt`,
    });
  });

  it("gives each file the same slug whatever the order and whichever other files collide with it", () => {
    const [a, b, c] = [article("a.txt", 1), article("b.txt", 2), article("c.txt", 3)];
    const two = slugs(resolveSlugCollisions([a, b], "content").records);
    const three = slugs(resolveSlugCollisions([c, b, a], "content").records).reverse();
    expect(three.slice(0, 2)).toEqual(two);
    expect(new Set(three).size).toBe(3);
  });

  it("keeps an editor's `slug:` and suffixes the headline slug that collides with it", () => {
    const editor = article("chosen.md", 1, `title: Port traffic rises\nslug: ${BASE}`);
    const result = resolveSlugCollisions([article("a.txt", 2), editor], "content");
    expect(slugs(result.records)).toEqual([suffixedSlug(BASE, "articles/a.txt"), BASE]);
    expect(result.diagnostics.map((d) => [d.file, d.id])).toEqual([["content/articles/a.txt", "slug-collision-suffixed"]]);
    expect(result.diagnostics[0]?.message).toMatch(/as in content\/articles\/chosen\.md;/);
  });

  it("names three other files, then counts the rest", () => {
    const records = [1, 2, 3, 4, 5].map((n) => article(`${n}.txt`, n));
    const [first] = resolveSlugCollisions(records, "content").diagnostics;
    expect(first?.message).toMatch(/as in content\/articles\/2\.txt, content\/articles\/3\.txt, content\/articles\/4\.txt and 1 more;/);
  });

  it("returns the same suffixed record object for the same record, so the dev server keeps its page", () => {
    const records = [article("a.txt", 1), article("b.txt", 2)];
    expect(resolveSlugCollisions(records, "content").records[0]).toBe(resolveSlugCollisions(records, "content").records[0]);
  });
});

describe("crossFileChecks on slugs", () => {
  it("refuses a `slug:` two editors wrote, at the `slug:` line, and publishes the headline slug beside them", () => {
    const result = crossFileChecks(
      [article("a.md", 1, "title: One\nslug: port-traffic"), article("b.md", 2, "title: Two\nslug: port-traffic"), article("c.txt", 3)],
      "content",
    );
    expect(result.diagnostics.map((d) => [d.file, d.id, d.line])).toEqual([
      ["content/articles/a.md", "duplicate-slug", 3],
      ["content/articles/b.md", "duplicate-slug", 3],
    ]);
    expect([...result.rejected]).toEqual(["content/articles/a.md", "content/articles/b.md"]);
    expect(slugs(result.records)[2]).toBe(BASE);
  });
});

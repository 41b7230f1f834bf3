import { describe, expect, it } from "vitest";
import {
  aliasClaims,
  permanentUrls,
  registryClaims,
  unregisteredWarning,
  type LoadedRegistry,
  type UrlClaim,
} from "../../src/ingest/permanent-urls";
import { parseUrlRegistry } from "../../src/parse/url-registry";
import type { ArticleRecord } from "../../src/types";
import { makeRecord } from "../helpers/records";

const REGISTRY = "content/urls.yml";

/** A registry read from `text`, as the ingest reads `content/urls.yml`. */
function registry(text: string): LoadedRegistry {
  const { entries, diagnostics } = parseUrlRegistry(REGISTRY, text);
  expect(diagnostics).toEqual([]);
  return { file: REGISTRY, entries };
}

/** A published record of `content/articles/<name>` under `slug`. */
const article = (name: string, slug: string, extra: Partial<ArticleRecord> = {}) =>
  makeRecord({ slug, file: `content/articles/${name}`, ...extra });

function run(records: readonly ArticleRecord[], text: string, files = records.map((r) => r.file), extra: UrlClaim[] = []) {
  const loaded = registry(text);
  return permanentUrls(records, files, loaded, [...registryClaims(loaded, "content"), ...extra], "content");
}

describe("permanentUrls", () => {
  it("redirects a published article's old URL to its current one and registers the current one first", () => {
    const { urls, diagnostics } = run([article("a.md", "mayor-resigns")], "articles/a.md:\n  - /articles/mayor-resings/\n");
    expect(diagnostics).toEqual([]);
    expect(urls.redirects).toEqual([{ from: "/articles/mayor-resings/", to: "mayor-resigns" }]);
    expect(urls.unregistered).toEqual([["content/articles/a.md", "/articles/mayor-resigns/"]]);
    expect(urls.registryText).toContain("articles/a.md:\n  - /articles/mayor-resigns/\n  - /articles/mayor-resings/\n");
  });

  it("writes nothing when every published URL is registered as current", () => {
    const { urls, diagnostics } = run([article("a.md", "a")], "articles/a.md:\n  - /articles/a/\n  - /articles/older/\n");
    expect(diagnostics).toEqual([]);
    expect(urls.registryText).toBeNull();
    expect(urls.unregistered).toEqual([]);
    expect(urls.redirects).toEqual([{ from: "/articles/older/", to: "a" }]);
  });

  it("registers a new article, and puts a URL the article had before back first", () => {
    const { urls } = run([article("a.md", "first"), article("b.md", "b")], "articles/a.md:\n  - /articles/second/\n  - /articles/first/\n");
    expect(urls.registryText).toContain("articles/a.md:\n  - /articles/first/\n  - /articles/second/\narticles/b.md:\n  - /articles/b/\n");
    expect(urls.redirects).toEqual([{ from: "/articles/second/", to: "first" }]);
  });

  it("does not register a draft, which was never published", () => {
    const { urls } = run([article("a.md", "a", { draft: true })], "");
    expect(urls.registryText).toBeNull();
    expect(urls.unregistered).toEqual([]);
  });

  it("leaves a registered URL to the article now published there, with a warning on the registry's line", () => {
    const records = [article("a.md", "a-new"), article("b.md", "x")];
    const { urls, diagnostics } = run(records, "articles/a.md:\n  - /articles/a-new/\n  - /articles/x/\n");
    expect(urls.redirects).toEqual([]);
    expect(diagnostics.map((d) => [d.id, d.file, d.line])).toEqual([["url-taken", REGISTRY, 3]]);
    expect(diagnostics[0]?.message).toContain("content/articles/b.md is now published there");
  });

  it("refuses one old URL registered for two articles, naming both, and redirects it to neither", () => {
    const text = "articles/a.md:\n  - /articles/a/\n  - /articles/old/\narticles/b.md:\n  - /articles/b/\n  - /articles/old\n";
    const { urls, diagnostics } = run([article("a.md", "a"), article("b.md", "b")], text);
    expect(urls.redirects).toEqual([]);
    expect(diagnostics.map((d) => [d.id, d.severity, d.line])).toEqual([["url-claimed-twice", "error", 3]]);
    expect(diagnostics[0]?.message).toContain("content/articles/a.md and content/articles/b.md");
  });

  it("refuses an old URL that is a page of the site itself", () => {
    const { urls, diagnostics } = run([article("a.md", "a")], "articles/a.md:\n  - /articles/a/\n  - /topics/diplomacy/\n");
    expect(urls.redirects).toEqual([]);
    expect(diagnostics.map((d) => [d.id, d.severity, d.line])).toEqual([["url-path-reserved", "error", 3]]);
  });

  it("lets a deleted article's URLs answer 404, with one warning for its entry", () => {
    const { urls, diagnostics } = run(
      [article("b.md", "b")],
      "articles/a.md:\n  - /articles/a/\n  - /articles/a-old/\narticles/b.md:\n  - /articles/b/\n",
    );
    expect(urls.redirects).toEqual([]);
    expect(diagnostics.map((d) => [d.id, d.line])).toEqual([["url-article-missing", 2]]);
    expect(diagnostics[0]?.message).toContain("content/articles/a.md is no longer in the content folder");
    // The entry stays: the URLs are not handed to another article.
    expect(urls.registryText).toBeNull();
  });

  it("says a registered article that is still there is not published (a draft or an error)", () => {
    const { diagnostics } = run([], "articles/a.md:\n  - /articles/a/\n", ["content/articles/a.md"]);
    expect(diagnostics[0]?.message).toContain("content/articles/a.md is not published");
  });

  it("follows a moved file whose headline did not change: its old URLs redirect, its entry moves to the new path", () => {
    const records = [article("2024/a.md", "a")];
    const { urls, diagnostics } = run(records, "articles/a.md:\n  - /articles/a/\n  - /articles/a-typo/\n");
    expect(diagnostics).toEqual([]);
    expect(urls.redirects).toEqual([{ from: "/articles/a-typo/", to: "a" }]);
    expect(urls.registryText).toContain("articles/2024/a.md:\n  - /articles/a/\n  - /articles/a-typo/\n");
    expect(urls.registryText).not.toContain("articles/a.md:");
  });

  it("takes other claims (front matter aliases) through the same rules", () => {
    const alias = (path: string): UrlClaim => ({ path, file: "content/articles/a.md", stated: { file: "content/articles/a.md", line: 4 } });
    const { urls, diagnostics } = run([article("a.md", "a")], "", undefined, [alias("/2019/05/14/old/"), alias("/feed.xml")]);
    expect(urls.redirects).toEqual([{ from: "/2019/05/14/old/", to: "a" }]);
    expect(diagnostics.map((d) => [d.id, d.file, d.line])).toEqual([["url-path-reserved", "content/articles/a.md", 4]]);
  });

  it("reports an alias that another article's registry entry claims on the registry, naming both places", () => {
    const { claims } = aliasClaims("content/articles/b.md", ["/2019/old/"], { file: "content/articles/b.md", line: 4 });
    const { urls, diagnostics } = run(
      [article("a.md", "a"), article("b.md", "b")],
      "articles/a.md:\n  - /articles/a/\n  - /2019/old/\n",
      undefined,
      claims,
    );
    expect(urls.redirects).toEqual([]);
    expect(diagnostics.map((d) => [d.id, d.file, d.line])).toEqual([["url-claimed-twice", REGISTRY, 3]]);
    expect(diagnostics[0]?.message).toContain("content/urls.yml:3, content/articles/b.md:4");
  });

  it("never writes over an invalid registry", () => {
    const loaded: LoadedRegistry = { file: REGISTRY, entries: null };
    const { urls } = permanentUrls([article("a.md", "a")], ["content/articles/a.md"], loaded, [], "content");
    expect(urls.registryText).toBeNull();
  });
});

describe("unregisteredWarning", () => {
  it("is one warning on the registry naming the count and the first article, or nothing when all are registered", () => {
    const { urls } = run([article("a.md", "a"), article("b.md", "b")], "");
    const warnings = unregisteredWarning(urls);
    expect(warnings.map((d) => [d.id, d.severity, d.file])).toEqual([["urls-unregistered", "warning", REGISTRY]]);
    expect(warnings[0]?.message).toContain("2 published articles");
    expect(unregisteredWarning(run([article("a.md", "a")], "articles/a.md: /articles/a/\n").urls)).toEqual([]);
  });
});

describe("aliasClaims", () => {
  it("makes each valid alias a claim stated at the article's aliases line", () => {
    const { claims, diagnostics } = aliasClaims("content/articles/a.md", ["/2019/05/14/old/", "/posts/old.html"], {
      file: "content/articles/a.md",
      line: 4,
    });
    expect(diagnostics).toEqual([]);
    expect(claims).toEqual([
      { path: "/2019/05/14/old/", file: "content/articles/a.md", stated: { file: "content/articles/a.md", line: 4 } },
      { path: "/posts/old.html", file: "content/articles/a.md", stated: { file: "content/articles/a.md", line: 4 } },
    ]);
  });

  it.each([
    // a page the site makes itself
    ["/topics/diplomacy/", "own pages"],
    ["/feed.xml", "own pages"],
    // another site's address
    ["https://old.example/a/", "must start with `/`"],
  ])("refuses the alias %s as an error on the article", (alias, message) => {
    const { claims, diagnostics } = aliasClaims("content/articles/a.md", [alias], { file: "content/articles/a.md", line: 4 });
    expect(claims).toEqual([]);
    expect(diagnostics.map((d) => [d.id, d.severity, d.file, d.line])).toEqual([["invalid-alias", "error", "content/articles/a.md", 4]]);
    expect(diagnostics[0]?.message).toContain(message);
  });
});

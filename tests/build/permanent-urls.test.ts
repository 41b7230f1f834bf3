import { existsSync, readFileSync, statSync } from "node:fs";
import { cp, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listFileTree } from "../../src/util/file-tree";
import { makeRoot } from "../fixtures/temp-root";
import { buildHere, builtHere, type Built } from "../helpers/build-here";
import { expectSameFolders, tempDirs } from "../helpers/folders";
import { validateSite } from "../helpers/html-validate";
import { checkLinks } from "../helpers/link-check";

/** The site's address, as a deployment gives it: the builds here are about URLs, not about its absence. */
const SITE = { SITE_URL: "https://news.example.com" };

// A published headline corrected after publication: the typo's URL must keep working.
const article = (title: string) =>
  `---\ntitle: ${title}\ndate: 2024-03-05\nsource: The Courier\n---\n\nThe council met on Monday and the mayor said she would step down at the end of the month.\n`;
const OTHER = `---\ntitle: Bridge closed to lorries\ndate: 2024-03-06\n---\n\nThe old bridge closes to lorries while it is repaired, the council said on Tuesday.\n`;
const OLD = "/articles/mayor-resings/";
const NEW = "/articles/mayor-resigns/";

const temp = tempDirs();
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  await temp.remove();
  for (const c of cleanups) await c();
});

async function newRoot(articles: Record<string, string>): Promise<string> {
  const made = await makeRoot(articles);
  cleanups.push(made.cleanup);
  return made.root;
}

const registryOf = (root: string) => join(root, "content", "urls.yml");
const read = (out: string, file: string) => readFileSync(join(out, file), "utf8");

describe("a published headline corrected on an editor's machine", () => {
  let root: string;
  let first: Built;
  let second: Built;
  let out: string;
  beforeAll(async () => {
    root = await newRoot({ "a.md": article("Mayor resings"), "b.md": OTHER });
    first = await builtHere({ root, out: join(temp.make("registry-first"), "out"), env: SITE, urlRegistry: "update" });
    await writeFile(join(root, "content", "articles", "a.md"), article("Mayor resigns"));
    out = join(temp.make("registry-second"), "out");
    second = await builtHere({ root, out, env: SITE, urlRegistry: "update" });
  });

  it("registers every published URL after the first build", () => {
    expect(first.site.registered).toBe(2);
    const registry = readFileSync(registryOf(root), "utf8");
    expect(registry).toContain(`articles/a.md:\n  - ${NEW}\n  - ${OLD}\n`);
    expect(registry).toContain("articles/b.md:\n  - /articles/bridge-closed-to-lorries/\n");
  });

  it("serves a redirect page at the old URL: instant refresh, canonical to the new URL, a visible link, noindex", () => {
    const page = read(out, "articles/mayor-resings/index.html");
    expect(page).toContain(`<meta http-equiv="refresh" content="0; url=${NEW}">`);
    expect(page).toContain(`<link rel="canonical" href="https://news.example.com${NEW}">`);
    expect(page).toContain(`<a href="${NEW}">Mayor resigns</a>`);
    expect(page).toContain('<meta name="robots" content="noindex">');
    expect(page).not.toContain("<script");
    expect(existsSync(join(out, "articles/mayor-resigns/index.html"))).toBe(true);
  });

  it("writes the hosts' redirects file with a 301 line", () => {
    expect(read(out, "_redirects")).toBe(`${OLD} ${NEW} 301\n`);
  });

  it("keeps the old URL out of the sitemap, the feeds and the JSON export", () => {
    for (const file of ["sitemap.xml", "feed.xml", "api/articles/2024.json"]) expect(read(out, file), file).not.toContain(OLD);
    expect(second.site.data.views.articles.map((a) => a.url)).not.toContain(OLD);
  });

  it("passes the output checks, html-validate and the link check", async () => {
    expect(await validateSite(out)).toEqual([]);
    expect(await checkLinks(out)).toEqual([]);
  });

  it("does not write the registry again when nothing changed", async () => {
    const before = statSync(registryOf(root));
    const third = await builtHere({ root, out: join(temp.make("registry-third"), "out"), env: SITE, urlRegistry: "update" });
    const after = statSync(registryOf(root));
    expect(third.site.registered).toBe(0);
    // A write goes through a new file renamed into place: a new inode.
    expect([after.ino, after.mtimeMs]).toEqual([before.ino, before.mtimeMs]);
  });

  it("builds the same bytes from a fresh clone of the content in CI, writing nothing into it", async () => {
    const clone = await newRoot({});
    await cp(join(root, "content"), join(clone, "content"), { recursive: true });
    const registry = readFileSync(registryOf(clone));
    const cloneOut = join(temp.make("registry-clone"), "out");
    const built = await builtHere({ root: clone, out: cloneOut, env: SITE, urlRegistry: "frozen" });
    expect(built.ingest.diagnostics).toEqual([]);
    expect(readFileSync(registryOf(clone)).equals(registry)).toBe(true);
    await expectSameFolders(out, cloneOut);
  });
});

describe("a build in CI (the registry frozen)", () => {
  it("never creates or changes the registry and warns once about the URLs it lacks", async () => {
    const root = await newRoot({ "a.md": article("Mayor resigns"), "b.md": OTHER });
    const built = await builtHere({ root, out: join(temp.make("registry-frozen"), "out"), env: SITE, urlRegistry: "frozen" });
    expect(existsSync(registryOf(root))).toBe(false);
    expect(built.site.registered).toBe(0);
    expect(built.ingest.diagnostics.map((d) => [d.id, d.file])).toEqual([["urls-unregistered", "content/urls.yml"]]);
    expect(listFileTree(join(root, "content"))).toEqual(["articles/a.md", "articles/b.md", "topics.yml"]);
  });

  it("still redirects the old URLs the committed registry lists", async () => {
    const root = await newRoot({ "a.md": article("Mayor resigns") });
    await writeFile(registryOf(root), `articles/a.md:\n  - ${OLD}\n`);
    const out = join(temp.make("registry-frozen-old"), "out");
    await builtHere({ root, out, env: SITE, urlRegistry: "frozen" });
    expect(read(out, "_redirects")).toBe(`${OLD} ${NEW} 301\n`);
    expect(readFileSync(registryOf(root), "utf8")).toBe(`articles/a.md:\n  - ${OLD}\n`);
  });
});

describe("a registry that cannot be trusted", () => {
  it("stops the build as a site-level error when it is invalid, and is left as it was", async () => {
    const root = await newRoot({ "a.md": article("Mayor resigns") });
    await writeFile(registryOf(root), "articles/a.md:\n  - /articles/a/\n - broken\n");
    const outcome = await buildHere({ root, out: join(temp.make("registry-invalid"), "out"), env: SITE, urlRegistry: "update" });
    expect(outcome.status).toBe("content-errors");
    expect(readFileSync(registryOf(root), "utf8")).toBe("articles/a.md:\n  - /articles/a/\n - broken\n");
  });
});

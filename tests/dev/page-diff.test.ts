import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildSiteData } from "../../src/site/build-site-data";
import { diffPages, sameData } from "../../src/dev/page-diff";
import { onlyPages, pageUrls } from "../../src/site/site-pages";
import { PROJECT_ROOT } from "../../src/config/project-root";
import { resolveSettings } from "../../src/config/settings";
import { makeRecord, readOriginals, sampleRecords, TOPICS } from "../helpers/records";

const settings = resolveSettings();
const site = (records = sampleRecords(), s = settings) => buildSiteData(records, TOPICS, s, readOriginals);

describe("sameData", () => {
  it.each([
    // Primitives compare by value.
    ["same strings", "a", "a", true],
    ["different numbers", 1, 2, false],
    ["null and an object", null, {}, false],
    // Arrays compare element by element, in order.
    ["equal arrays", [1, ["x"]], [1, ["x"]], true],
    ["arrays of different length", [1], [1, 1], false],
    ["an array and an object", [], {}, false],
    // Objects compare by their own keys, whatever their order.
    ["objects with keys in another order", { a: 1, b: { c: null } }, { b: { c: null }, a: 1 }, true],
    ["an object with one more key", { a: 1 }, { a: 1, b: undefined }, false],
    ["objects with one different leaf", { a: { b: [1, 2] } }, { a: { b: [1, 3] } }, false],
  ])("%s", (_name, a, b, expected) => {
    expect(sameData(a, b)).toBe(expected);
  });
});

describe("diffPages", () => {
  it("lists no page when the data is built again from the same records", () => {
    expect(diffPages(site(), site())).toEqual({ added: [], changed: [], removed: [] });
  });

  it("lists every page as added before the first build", () => {
    const data = site();
    expect(diffPages(null, data).added).toEqual(pageUrls(data).sort());
  });

  it("lists an article's page and the pages that show its headline when the headline changes", () => {
    const records = sampleRecords();
    const edited = records.map((r, i) => (i === 0 ? { ...r, headline: `${r.headline}, corrected` } : r));
    const before = site(records);
    const after = site(edited);
    const changes = diffPages(before, after);
    const slug = records[0]?.slug as string;
    expect(changes.changed).toContain(`/articles/${slug}/`);
    expect(changes.added).toEqual([]);
    expect(changes.removed).toEqual([]);
    // Every changed page really differs, and every page not listed is the same.
    const views = new Map(Object.values(after.views).flatMap((list: readonly { url: string }[]) => list.map((v) => [v.url, v] as const)));
    const old = new Map(Object.values(before.views).flatMap((list: readonly { url: string }[]) => list.map((v) => [v.url, v] as const)));
    for (const [url, view] of views) expect(sameData(old.get(url), view), url).toBe(!changes.changed.includes(url));
  });

  it("lists a feed, an export part or the sitemap exactly when its text changes with an article", () => {
    const records = sampleRecords();
    const before = site(records);
    const text = (data: ReturnType<typeof site>) => new Map([...data.views.files, ...data.views.exports].map((f) => [f.url, f.text]));
    const edits = [
      (r: (typeof records)[number]) => ({ ...r, body: [...r.body, "A paragraph added in an edit."] }),
      (r: (typeof records)[number]) => ({ ...r, headline: `${r.headline}, corrected` }),
      (r: (typeof records)[number]) => ({ ...r, updated: "2025-12-31" }),
    ];
    for (const edit of edits) {
      const after = site(records.map((r, i) => (i === 0 ? edit(r) : r)));
      const changes = diffPages(before, after);
      const [old, now] = [text(before), text(after)];
      const differ = [...now].filter(([url, t]) => old.get(url) !== t).map(([url]) => url);
      expect(differ.length).toBeGreaterThan(0);
      // Listed exactly when the text differs: no file is missed, and none rewritten for nothing.
      expect(changes.changed.filter((url) => now.has(url))).toEqual(differ.sort());
    }
  });

  it("lists the pages of a new article as added and those of a deleted one as removed", () => {
    const records = sampleRecords();
    const added = makeRecord({ slug: "a-new-article", published: "2024-02-02", topics: ["armenia"] });
    const withNew = diffPages(site(records), site([...records, added]));
    expect(withNew.added).toEqual(expect.arrayContaining(["/articles/a-new-article/", "/articles/a-new-article/original.txt"]));
    const back = diffPages(site([...records, added]), site(records));
    expect(back.removed).toEqual(withNew.added);
  });

  it("lists every page as changed when a field every page prints changes", () => {
    const after = site(sampleRecords(), resolveSettings({ siteName: "Another Archive" }));
    expect(diffPages(site(), after).changed).toEqual(pageUrls(after).sort());
  });

  it("ignores the build summary's counts and the search shards, which no template prints", () => {
    const data = site();
    expect(diffPages(data, { ...data, stats: { ...data.stats, articles: data.stats.articles + 1 } }).changed).toEqual([]);
    expect(diffPages(data, { ...data, searchShards: [{ key: "other", folder: "/pagefind/other/" }] }).changed).toEqual([]);
    const templates = readdirSync(path.join(PROJECT_ROOT, "templates"), { recursive: true, encoding: "utf8" })
      .filter((f) => /\.(njk|ts)$/.test(f))
      .map((f) => readFileSync(path.join(PROJECT_ROOT, "templates", f), "utf8"));
    expect(templates.filter((text) => /\b(stats|searchShards)\b/.test(text))).toEqual([]);
  });
});

describe("onlyPages", () => {
  it("keeps only the pages asked for and every site-wide field", () => {
    const data = site();
    const kept = onlyPages(data, (url) => url === "/" || url === "/topics/armenia/");
    expect(pageUrls(kept).sort()).toEqual(["/", "/topics/armenia/"]);
    expect({ ...kept, views: null }).toEqual({ ...data, views: null });
  });
});

import { describe, expect, it } from "vitest";
import { diffPages } from "../../src/dev/page-diff";
import { buildSiteData, type SiteSettings } from "../../src/site/build-site-data";
import type { ArticleView, SiteData } from "../../src/site/site-data";
import { ViewCache } from "../../src/site/view-identity";
import type { Topic } from "../../src/types";
import { makeRecord, readOriginals, sampleRecords, TOPICS } from "../helpers/records";

const settings = { siteName: "Test Archive", pageSize: 2 };
const data = buildSiteData(sampleRecords(), TOPICS, settings, readOriginals);
const v = data.views;
const article = (slug: string) => v.articles.find((a) => a.slug === slug);

describe("buildSiteData", () => {
  it("orders articles newest first, undated last", () => {
    expect(v.articles.map((a) => a.slug).slice(0, 3)).toEqual(["events-cancelled", "diplomacy-note-5", "diplomacy-note-4"]);
    expect(v.articles.at(-1)?.slug).toBe("bodies-handed-over");
  });

  it("labels dates with their zone and gives <time datetime> the time with its offset", () => {
    expect(article("events-cancelled")?.published).toEqual({ datetime: "2025-06-29T14:23Z", label: "29 June 2025, 14:23 (UTC)" });
    expect(article("events-cancelled")?.updated).toEqual({ datetime: "2025-07-02T00:00Z", label: "2 July 2025, 00:00 (UTC)" });
  });

  it("leaves unknown fields null so the page can say so", () => {
    const a = article("bodies-handed-over");
    expect([a?.published, a?.updated]).toEqual([null, null]);
    expect(article("peacekeepers-killed")?.source).toBeNull();
    // A byline of just "By" is not an author.
    expect(article("peacekeepers-killed")?.byline).toBeNull();
  });

  it("links previous (older) and next (newer) by date", () => {
    const a = article("peacekeepers-killed");
    expect(a?.previous).toEqual({ href: "/articles/script-headline/", label: "<script>alert(1)</script> & friends" });
    expect(a?.next?.href).toBe("/articles/diplomacy-note-1/");
    expect(article("bodies-handed-over")?.previous).toBeNull();
  });

  it("gives article pages breadcrumbs to their month, or to the undated page", () => {
    expect(article("peacekeepers-killed")?.breadcrumbs.map((c) => c.href)).toEqual([
      "/",
      "/archive/",
      "/archive/2023/",
      "/archive/2023/09/",
    ]);
    expect(article("bodies-handed-over")?.breadcrumbs.at(-1)?.href).toBe("/archive/undated/");
  });

  it("paginates topic pages and counts across all pages", () => {
    const diplomacy = v.topicPages.filter((p) => p.url.startsWith("/topics/diplomacy/"));
    expect(diplomacy.map((p) => p.url)).toEqual([
      "/topics/diplomacy/",
      "/topics/diplomacy/page/2/",
      "/topics/diplomacy/page/3/",
      "/topics/diplomacy/page/4/",
    ]);
    expect(diplomacy.map((p) => p.items.length)).toEqual([2, 2, 2, 1]);
    expect(diplomacy.every((p) => p.count === 7 && p.countLabel === "7 articles")).toBe(true);
    expect(diplomacy[0]?.previousPage).toBeNull();
    expect(diplomacy[1]?.previousPage?.href).toBe("/topics/diplomacy/");
    expect(diplomacy[3]?.nextPage).toBeNull();
  });

  it("publishes no page, feed, index entry or sitemap entry for a topic no article has", () => {
    const everyUrl = [...Object.values(v).flatMap((list: readonly { url: string }[]) => list.map((p) => p.url))];
    expect(everyUrl.filter((url) => url.startsWith("/topics/unused/"))).toEqual([]);
    expect(v.home[0].topics.map((t) => t.label)).not.toContain("Unused topic");
    expect(v.topicsIndex[0].topics.map((t) => t.label)).not.toContain("Unused topic");
    expect(v.files.find((f) => f.url === "/sitemap.xml")?.text).not.toContain("/topics/unused/");
  });

  it("links each month to its neighbouring months across years", () => {
    const months = v.months
      .filter((m) => m.url.startsWith("/archive/"))
      .map((m) => [m.url, m.previousMonth?.href ?? null, m.nextMonth?.href ?? null]);
    expect(months[0]).toEqual(["/archive/2025/06/", "/archive/2024/05/", null]);
    expect(months.find((m) => m[0] === "/archive/2024/01/")).toEqual(["/archive/2024/01/", "/archive/2023/09/", "/archive/2024/02/"]);
    expect(months.at(-1)).toEqual(["/archive/2023/01/", null, "/archive/2023/09/"]);
  });

  it("counts years and their months", () => {
    expect(v.archiveIndex[0].years.map((y) => [y.label, y.count, y.months.map((m) => m.label)])).toEqual([
      ["2025", 1, ["June"]],
      ["2024", 5, ["May", "April", "March", "February", "January"]],
      ["2023", 2, ["September", "January"]],
    ]);
    expect(v.archiveIndex[0].undated).toEqual({ href: "/archive/undated/", label: "Undated", count: 1, countLabel: "1 article" });
  });

  it("summarises list items from highlights or the body", () => {
    const items = v.home[0].latest;
    expect(items.find((i) => i.slug === "events-cancelled")?.summary).toBe("Cultural events were cancelled.");
    expect(items.find((i) => i.slug === "diplomacy-note-5")?.summary).toBe("Body of diplomacy-note-5. It has two sentences.");
  });

  it("marks the current section in the navigation", () => {
    const current = (nav: readonly { label: string; current: boolean }[]) => nav.filter((n) => n.current).map((n) => n.label);
    expect(current(v.home[0].nav)).toEqual(["Home"]);
    expect(current(v.topicPages[0]?.nav ?? [])).toEqual(["Topics"]);
    expect(current(v.months[0]?.nav ?? [])).toEqual(["Archive"]);
    expect(current(v.articles[0]?.nav ?? [])).toEqual([]);
  });

  it("lets article pages share the navigation, topic links and breadcrumbs they have in common", () => {
    const diplomacy = v.articles.filter((a) => a.topics.length === 1 && a.topics[0]?.label === "Diplomacy");
    expect(diplomacy.length).toBeGreaterThan(1);
    const [first, second] = diplomacy;
    expect(second?.topics).toBe(first?.topics);
    expect(second?.nav).toBe(first?.nav);
    // Same month, same breadcrumbs; another month, other ones.
    const byMonth = new Map<string, (typeof v.articles)[number]>();
    for (const a of v.articles) {
      const month = a.published?.datetime.slice(0, 7) ?? "";
      const seen = byMonth.get(month);
      if (seen) expect(a.breadcrumbs).toBe(seen.breadcrumbs);
      byMonth.set(month, a);
    }
    expect(new Set(v.articles.map((a) => a.breadcrumbs)).size).toBe(byMonth.size);
    // Shared, yet each page still marks its own section.
    expect(v.topicPages[0]?.nav).not.toBe(first?.nav);
  });

  it("publishes the original text unchanged", () => {
    expect(v.originals.find((o) => o.url === "/articles/script-headline/original.txt")?.text).toBe(
      "<script>alert(1)</script> & friends\n\nA body with <b>tags</b> & ampersands.\n",
    );
  });

  it("computes the summary counts", () => {
    expect(data.stats).toEqual({ articles: 9, undated: 1, withoutSource: 2, withoutByline: 2, topicsUsed: 3 });
  });

  it("gives every page a unique URL", () => {
    const all = [v.home, v.articles, v.originals, v.topicsIndex, v.topicPages, v.archiveIndex, v.years, v.months, v.undated, v.notFound]
      .flat()
      .map((p) => p.url);
    expect(new Set(all).size).toBe(all.length);
  });

  it("is deterministic whatever the input order", () => {
    expect(buildSiteData([...sampleRecords()].reverse(), [...TOPICS].reverse(), settings, readOriginals)).toEqual(data);
  });

  it.each([
    ["a duplicate slug", [makeRecord({ slug: "a" }), makeRecord({ slug: "a", file: "content/articles/b.txt" })], /used by both/],
    ["an unknown topic", [makeRecord({ slug: "a", topics: ["nope"] })], /unknown topic/i],
  ])("throws on %s", (_case, records, message) => {
    expect(() => buildSiteData(records, TOPICS, settings, readOriginals)).toThrow(message);
  });
});

describe("buildSiteData: sources, authors, feeds and hosting", () => {
  it("links authors and sources to their pages, and unknown sources to their grouping", () => {
    const a = article("script-headline");
    expect(a?.authors.map((x) => [x.href, x.separator])).toEqual([
      ["/authors/kanako-mita/", ", "],
      ["/authors/sawako-utsumi/", " and "],
      ["/authors/lee-jay-walker/", ""],
    ]);
    expect(a?.source).toEqual({ href: "/sources/modern-tokyo-times/", label: "Modern Tokyo Times" });
    expect(article("peacekeepers-killed")?.source).toBeNull();
    expect(v.lists.map((l) => l.url)).toContain("/sources/unknown/");
    expect(v.sourcesIndex[0].unknown?.count).toBe(2);
  });

  it("lists related articles by shared topic, never the article itself", () => {
    const related = article("diplomacy-note-3")?.related.map((r) => r.slug) ?? [];
    expect(related).toHaveLength(5);
    expect(related).not.toContain("diplomacy-note-3");
    // The nearest in date come first among equally related ones.
    expect(related.slice(0, 2).sort()).toEqual(["diplomacy-note-2", "diplomacy-note-4"]);
  });

  it("works related articles out again when a topic or a date changes, not when only a body does", () => {
    const records = sampleRecords();
    const relatedOf = (list: typeof records, slug: string) =>
      buildSiteData(list, TOPICS, settings, readOriginals)
        .views.articles.find((a) => a.slug === slug)
        ?.related.map((r) => r.slug);
    const edit = (change: Partial<(typeof records)[number]>) =>
      records.map((r) => (r.slug === "diplomacy-note-3" ? { ...r, ...change } : r));
    const before = relatedOf(records, "diplomacy-note-3");
    expect(relatedOf(edit({ body: ["Another body, long enough to be one."] }), "diplomacy-note-3")).toEqual(before);
    const [moved, redated] = [
      relatedOf(edit({ topics: ["armenia"] }), "diplomacy-note-3"),
      relatedOf(edit({ published: "2019-05-05" }), "diplomacy-note-3"),
    ];
    // Each as a build from scratch gives it: the kept result is not used for changed input.
    const fresh = (list: typeof records) => relatedOf([...list].reverse(), "diplomacy-note-3");
    expect(moved).not.toEqual(before);
    expect(moved).toEqual(fresh(edit({ topics: ["armenia"] })));
    expect(redated).toEqual(fresh(edit({ published: "2019-05-05" })));
  });

  it("gives topic pages a per-year overview and their own feed", () => {
    const diplomacy = v.topicPages.find((p) => p.url === "/topics/diplomacy/");
    expect(diplomacy?.years.map((y) => [y.label, y.count])).toEqual([
      ["2025", 1],
      ["2024", 5],
    ]);
    expect(diplomacy?.years.map((y) => y.href)).toEqual(["/topics/diplomacy/2025/", "/topics/diplomacy/2024/"]);
    expect(diplomacy?.undated).toEqual({ href: "/topics/diplomacy/undated/", label: "Undated", count: 1, countLabel: "1 article" });
    expect(diplomacy?.feed.href).toBe("/topics/diplomacy/feed.xml");
  });

  it("gives each topic a page per year, per month of a year longer than one listing page, and of its undated articles", () => {
    const year = v.years.find((p) => p.url === "/topics/diplomacy/2024/");
    expect(year?.heading).toBe("Diplomacy, 2024");
    // Five articles in 2024 are more than one page of two: the year lists its months, not its articles.
    expect(year?.items).toEqual([]);
    expect(year?.months.map((m) => [m.label, m.count])).toEqual([
      ["May", 1],
      ["April", 1],
      ["March", 1],
      ["February", 1],
      ["January", 1],
    ]);
    expect(year?.breadcrumbs.map((c) => c.href)).toEqual(["/", "/topics/", "/topics/diplomacy/"]);
    expect(year?.previousYear).toBeNull();
    expect(year?.nextYear?.href).toBe("/topics/diplomacy/2025/");
    expect(year?.months.map((m) => m.href)[0]).toBe("/topics/diplomacy/2024/05/");
    // 2025 holds one article: listed on the year's page, with no month pages.
    const year2025 = v.years.find((p) => p.url === "/topics/diplomacy/2025/");
    expect([year2025?.months, year2025?.items.length]).toEqual([[], 1]);
    const topicMonths = v.months.filter((m) => m.url.startsWith("/topics/diplomacy/")).map((m) => m.url);
    expect(topicMonths.every((url) => url.startsWith("/topics/diplomacy/2024/"))).toBe(true);
    expect(v.undated.find((p) => p.url === "/topics/diplomacy/undated/")?.countLabel).toBe("1 article");
  });

  it("publishes a feed per topic, the JSON export, the sitemap and robots.txt", () => {
    const files = v.files.map((f) => f.url);
    expect(files).toEqual(expect.arrayContaining(["/feed.xml", "/topics/diplomacy/feed.xml", "/sitemap.xml", "/robots.txt"]));
    expect(files.filter((url) => url.startsWith("/api/"))).toEqual([]);
    expect(v.exports[0]?.url).toBe("/api/articles.json");
    expect(JSON.parse(v.exports[0]?.text ?? "").count).toBe(9);
  });

  it("splits the JSON export into one part per year and one for undated articles, listed by an index", () => {
    const text = (url: string): string => v.exports.find((f) => f.url === url)?.text ?? "";
    const index = JSON.parse(text("/api/articles.json")) as { count: number; parts: { year: string | null; count: number; url: string }[] };
    const parts = index.parts.map((p) => ({
      ...p,
      data: JSON.parse(text(new URL(p.url).pathname)) as {
        year: string | null;
        count: number;
        articles: { slug: string; published: string | null }[];
      },
    }));
    expect(index.parts.map((p) => p.year)).toEqual([...(v.archiveIndex[0]?.years.map((y) => y.label) ?? []), null]);
    expect(parts.reduce((n, p) => n + p.data.articles.length, 0)).toBe(index.count);
    for (const p of parts) {
      expect(p.data.year).toBe(p.year);
      expect(p.data.count).toBe(p.count);
      expect(p.data.articles.length).toBe(p.count);
      for (const a of p.data.articles) expect(a.published?.slice(0, 4) ?? null).toBe(p.year);
    }
    expect(new Set(parts.flatMap((p) => p.data.articles.map((a) => a.slug))).size).toBe(index.count);
  });

  it("prefixes every link but no permalink under a path prefix, and uses SITE_URL for absolute URLs", () => {
    const hosted = buildSiteData(
      sampleRecords(),
      TOPICS,
      { ...settings, pathPrefix: "/archive/", siteUrl: "https://news.example.net/" },
      readOriginals,
    );
    const a = hosted.views.articles.find((x) => x.slug === "script-headline");
    expect(a?.url).toBe("/articles/script-headline/");
    expect(a?.originalUrl).toBe("/archive/articles/script-headline/original.txt");
    expect(a?.nav.map((n) => n.href)).toEqual([
      "/archive/",
      "/archive/topics/",
      "/archive/archive/",
      "/archive/sources/",
      "/archive/authors/",
      "/archive/search/",
    ]);
    expect(a?.meta.canonicalUrl).toBe("https://news.example.net/archive/articles/script-headline/");
    expect(hosted.assets.stylesheet).toBe("/archive/assets/site.css");
    expect(hosted.stylesheetUrl).toBe("/assets/site.css");
  });
});

describe("buildSiteData with a cache kept from the build before, as the dev server has", () => {
  type Records = ReturnType<typeof sampleRecords>;
  type Edit = { records?: (list: Records) => Records; settings?: Partial<SiteSettings>; topics?: readonly Topic[] };
  const editFirst = (change: (r: Records[number]) => Partial<Records[number]>) => (list: Records) =>
    list.map((r, i) => (i === 0 ? { ...r, ...change(r) } : r));
  const texts = (d: SiteData) => [...d.views.files, ...d.views.exports].map((f) => [f.url, f.text]);

  it.each<[string, Edit]>([
    ["a headline edit", { records: editFirst((r) => ({ headline: `${r.headline}, corrected` })) }],
    ["a body edit", { records: editFirst((r) => ({ body: [...r.body, "One more paragraph."] })) }],
    ["a new publication date", { records: editFirst(() => ({ published: "2019-05-05" })) }],
    ["a new topic", { records: editFirst(() => ({ topics: ["armenia", "diplomacy"] })) }],
    ["an author spelled as another's name", { records: editFirst(() => ({ authors: ["ANA EXAMPLE"] })) }],
    ["a source given", { records: editFirst(() => ({ source: "CivilNet" })) }],
    [
      "an article added",
      {
        records: (list) => [
          ...list,
          makeRecord({ slug: "a-new-one", published: "2024-03-13", topics: ["diplomacy"], authors: ["Ana Example"] }),
        ],
      },
    ],
    ["an article deleted", { records: (list) => list.slice(1) }],
    ["a topic's label", { topics: TOPICS.map((t) => (t.slug === "diplomacy" ? { ...t, label: "Diplomacy and talks" } : t)) }],
    ["the site's name", { settings: { siteName: "Another Archive" } }],
    ["the path prefix", { settings: { pathPrefix: "/news/" } }],
    ["the site URL", { settings: { siteUrl: "https://news.example.net/" } }],
    ["the page size", { settings: { pageSize: 3 } }],
  ])("gives what a fresh build gives after %s, and the page comparison sees every change", (_name, edit) => {
    const cache = new ViewCache();
    const records = sampleRecords();
    const before = buildSiteData(records, TOPICS, settings, readOriginals, cache);
    const nextRecords = edit.records?.(records) ?? records;
    const nextSettings = { ...settings, ...edit.settings };
    const nextTopics = edit.topics ?? TOPICS;
    const kept = buildSiteData(nextRecords, nextTopics, nextSettings, readOriginals, cache);
    const fresh = buildSiteData(nextRecords, nextTopics, nextSettings, readOriginals);
    expect(kept).toEqual(fresh);
    expect(texts(kept)).toEqual(texts(fresh));
    // A view kept when it should not be is the very object of the build before: the comparison
    // would pass it as unchanged, and it would differ from the fresh build's.
    const changes = diffPages(before, kept);
    expect(changes).toEqual(diffPages(before, fresh));
    expect([...changes.added, ...changes.changed, ...changes.removed].length).toBeGreaterThan(0);
  });

  it("builds again only the edited article's page and the pages that show it", () => {
    const cache = new ViewCache();
    const records = sampleRecords();
    const before = buildSiteData(records, TOPICS, settings, readOriginals, cache);
    const edited = records.map((r) => (r.slug === "diplomacy-note-3" ? { ...r, body: [...r.body, "One more paragraph."] } : r));
    const after = buildSiteData(edited, TOPICS, settings, readOriginals, cache);
    const old = new Map(before.views.articles.map((a) => [a.slug, a]));
    const rebuilt = after.views.articles.filter((a) => old.get(a.slug) !== a).map((a) => a.slug);
    const shows = (a: ArticleView) =>
      [a.previous, a.next].some((l) => l?.href === "/articles/diplomacy-note-3/") || a.related.some((r) => r.slug === "diplomacy-note-3");
    expect(rebuilt).toContain("diplomacy-note-3");
    expect(rebuilt.sort()).toEqual(
      after.views.articles
        .filter((a) => a.slug === "diplomacy-note-3" || shows(a))
        .map((a) => a.slug)
        .sort(),
    );
    expect(rebuilt.length).toBeLessThan(after.views.articles.length);
  });
});

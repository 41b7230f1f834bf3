import { describe, expect, it } from "vitest";
import { buildSiteData } from "../../../src/site/build-site-data";
import type { ArticleRecord } from "../../../src/types";
import { makeRecord, readOriginals, TOPICS } from "../../helpers/records";

const settings = { siteName: "Test Archive", pageSize: 20 };
const NFD = (s: string): string => s.normalize("NFD");

/** Records by one author and one source each, named `a1`, `a2`… in the order given. */
function records(names: readonly { authors?: string[]; source?: string | null }[]): ArticleRecord[] {
  return names.map((n, i) =>
    makeRecord({
      slug: `a${i + 1}`,
      published: `2024-01-${String(i + 1).padStart(2, "0")}`,
      authors: n.authors ?? [],
      source: n.source ?? null,
    }),
  );
}

function site(list: readonly ArticleRecord[]) {
  const v = buildSiteData(list, TOPICS, settings, readOriginals).views;
  const pages = (prefix: string) =>
    v.lists.filter((l) => l.url.startsWith(prefix)).map((l) => ({ url: l.url, heading: l.heading, count: l.count }));
  return {
    authorPages: pages("/authors/"),
    sourcePages: pages("/sources/"),
    authorsIndex: v.authorsIndex[0]?.names.map((n) => [n.href, n.label, n.count]),
    sourcesIndex: v.sourcesIndex[0]?.names.map((n) => [n.href, n.label, n.count]),
    article: (slug: string) => v.articles.find((a) => a.slug === slug),
  };
}

describe("buildSiteData: author and source pages", () => {
  it("gives a name typed in NFC and in NFD one page", () => {
    const s = site(
      records([
        { authors: ["Zoë Café"], source: "Café Press" },
        { authors: [NFD("Zoë Café")], source: NFD("Café Press") },
      ]),
    );
    expect(s.authorPages).toEqual([{ url: "/authors/zoe-cafe/", heading: "Zoë Café", count: 2 }]);
    expect(s.sourcePages).toEqual([{ url: "/sources/cafe-press/", heading: "Café Press", count: 2 }]);
  });

  it("gives case and accent variants one page, shown in the most used spelling whatever the order of the files", () => {
    const list = records([
      { authors: ["ZOE CAFE"], source: "CAFE PRESS" },
      { authors: ["Zoë Café"], source: "Café Press" },
      { authors: [NFD("Zoë Café")], source: "café press" },
      { authors: ["zoe  cafe"], source: "Café Press" },
    ]);
    for (const order of [list, [...list].reverse()]) {
      const s = site(order);
      expect(s.authorPages).toEqual([{ url: "/authors/zoe-cafe/", heading: "Zoë Café", count: 4 }]);
      expect(s.authorsIndex).toEqual([["/authors/zoe-cafe/", "Zoë Café", 4]]);
      expect(s.sourcesIndex).toEqual([["/sources/cafe-press/", "Café Press", 4]]);
      // Each article keeps its own spelling in its byline and source link.
      expect(s.article("a1")?.authors.map((a) => [a.href, a.label])).toEqual([["/authors/zoe-cafe/", "ZOE CAFE"]]);
      expect(s.article("a1")?.source).toEqual({ href: "/sources/cafe-press/", label: "CAFE PRESS" });
    }
  });

  it("never moves a name's page when other names come or go", () => {
    const before = site(records([{ authors: ["ölaf ünal"], source: "Ölaf Press" }]));
    const after = site(
      records([
        { authors: ["ölaf ünal"], source: "Ölaf Press" },
        { authors: ["Ölaf Ünal", "Oelaf Uenal"], source: "Oelaf Press" },
        { authors: ["李 Ölaf Ünal", "Olaf-Unal"], source: "Olaf Press!" },
      ]),
    );
    expect(before.article("a1")?.authors[0]?.href).toBe("/authors/olaf-unal/");
    expect(after.article("a1")?.authors[0]?.href).toBe("/authors/olaf-unal/");
    expect(after.article("a1")?.source?.href).toBe(before.article("a1")?.source?.href);
    const urls = after.authorPages.map((p) => p.url);
    expect(new Set(urls).size).toBe(3);
    expect(urls).toEqual(expect.arrayContaining(["/authors/olaf-unal/", "/authors/oelaf-uenal/"]));
    expect(after.authorPages.find((p) => p.url === "/authors/olaf-unal/")?.count).toBe(3);
  });

  it("gives names in scripts with no transliteration pages of their own", () => {
    const s = site(records([{ authors: ["李伟"] }, { authors: ["王芳"] }, { authors: ["李 Wei"] }, { authors: ["Wei"] }]));
    const urls = s.authorPages.map((p) => p.url);
    expect(new Set(urls).size).toBe(4);
    expect(urls).toContain("/authors/wei/");
    expect(urls.filter((u) => /^\/authors\/name-[0-9a-f]{12}\/$/.test(u))).toHaveLength(2);
    expect(urls.filter((u) => /^\/authors\/wei-[0-9a-f]{12}\/$/.test(u))).toHaveLength(1);
  });

  it("keeps a source or author named Unknown or Page off the reserved pages", () => {
    const s = site(records([{ authors: ["Unknown"], source: "Unknown" }, { authors: ["Page"], source: "PAGE" }, { source: null }]));
    expect(s.sourcePages.find((p) => p.url === "/sources/unknown/")).toEqual({
      url: "/sources/unknown/",
      heading: "Source unknown",
      count: 1,
    });
    for (const p of [...s.sourcePages, ...s.authorPages].filter((x) => x.heading !== "Source unknown")) {
      expect(p.url).toMatch(/^\/(sources|authors)\/(unknown|page)-[0-9a-f]{12}\/$/);
    }
  });

  it("lists an article once on a name's page when its byline spells the name twice", () => {
    const s = site(records([{ authors: ["Zoë Café", "ZOE CAFE"] }]));
    // One use of each spelling: the tie goes to the first in code-unit order.
    expect(s.authorPages).toEqual([{ url: "/authors/zoe-cafe/", heading: "ZOE CAFE", count: 1 }]);
    expect(s.article("a1")?.authors.map((a) => a.label)).toEqual(["Zoë Café", "ZOE CAFE"]);
  });
});

describe("buildSiteData: authors as readers look them up", () => {
  const list = records([
    { authors: ["Zoe Adams"], source: "Wire" },
    { authors: ["Adam Zane", "Ben Example"], source: "Wire" },
    { authors: ["Ana Example"] },
  ]);
  const v = buildSiteData(list, TOPICS, settings, readOriginals).views;

  it("lists authors by family name, then given names", () => {
    expect(v.authorsIndex[0].names.map((n) => n.label)).toEqual(["Zoe Adams", "Ana Example", "Ben Example", "Adam Zane"]);
  });

  it("puts the authors in the navigation and under Home › Authors, not under Sources", () => {
    const index = v.authorsIndex[0];
    expect(index.breadcrumbs.map((c) => c.label)).toEqual(["Home"]);
    expect(index.nav.filter((n) => n.current).map((n) => n.label)).toEqual(["Authors"]);
    const author = v.lists.find((l) => l.url === "/authors/zoe-adams/");
    expect(author?.breadcrumbs.map((c) => c.label)).toEqual(["Home", "Authors"]);
    expect(author?.nav.filter((n) => n.current).map((n) => n.label)).toEqual(["Authors"]);
  });

  it("gives every source and author a feed of their own, advertised by their pages", () => {
    const feeds = v.files.map((f) => f.url).filter((url) => /^\/(?:sources|authors)\//.test(url));
    expect(feeds).toEqual([
      "/sources/wire/feed.xml",
      "/authors/zoe-adams/feed.xml",
      "/authors/ana-example/feed.xml",
      "/authors/ben-example/feed.xml",
      "/authors/adam-zane/feed.xml",
    ]);
    expect(v.lists.find((l) => l.url === "/authors/adam-zane/")?.feed.href).toBe("/authors/adam-zane/feed.xml");
    expect(v.lists.find((l) => l.url === "/sources/wire/")?.feed.href).toBe("/sources/wire/feed.xml");
    const wire = v.files.find((f) => f.url === "/sources/wire/feed.xml")?.text ?? "";
    expect(wire.match(/<entry>/g)?.length).toBe(2);
    expect(wire).toContain("<title>Wire: Test Archive</title>");
  });
});

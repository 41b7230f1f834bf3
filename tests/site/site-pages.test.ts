import { describe, expect, it } from "vitest";
import { lazyText } from "../../src/site/outputs/lazy-text";
import type { SiteData } from "../../src/site/site-data";
import { siteFingerprints, siteFingerprintsInTurns } from "../../src/site/site-pages";

/** A stand-in site: a frame field, and the given view lists. */
const site = (views: Record<string, unknown[]>, siteName = "Test"): SiteData =>
  ({ siteName, stats: { articles: views["articles"]?.length ?? 0 }, searchShards: [], views }) as unknown as SiteData;

describe("siteFingerprints", () => {
  const article = (headline: string) => ({ url: "/articles/a/", headline, body: ["One.", "Two."] });

  it("gives equal data equal fingerprints, and a changed view a new one for that page only", () => {
    const a = siteFingerprints(site({ home: [{ url: "/" }], articles: [article("A")] }));
    const b = siteFingerprints(site({ home: [{ url: "/" }], articles: [article("A")] }));
    const c = siteFingerprints(site({ home: [{ url: "/" }], articles: [article("B")] }));
    expect(b).toEqual(a);
    expect(c.pages.get("/")).toBe(a.pages.get("/"));
    expect(c.pages.get("/articles/a/")).not.toBe(a.pages.get("/articles/a/"));
    expect(c.frame).toBe(a.frame);
  });

  it("changes the frame with a site-wide field, not with the counts only the build prints", () => {
    const a = siteFingerprints(site({ articles: [article("A")] }));
    expect(siteFingerprints(site({ articles: [article("A")] }, "Other")).frame).not.toBe(a.frame);
    const counts = site({ articles: [article("A")] }) as unknown as { stats: unknown };
    counts.stats = { articles: 99 };
    expect(siteFingerprints(counts as unknown as SiteData).frame).toBe(a.frame);
  });

  it("tells apart the same view in another list, and a text file made from another source", () => {
    const view = { url: "/x/" };
    expect(siteFingerprints(site({ years: [view] })).pages.get("/x/")).not.toBe(
      siteFingerprints(site({ months: [view] })).pages.get("/x/"),
    );
    const text = (sha256: string) =>
      siteFingerprints(site({ originals: [lazyText("/a.txt", { sha256 }, () => "same text")] })).pages.get("/a.txt");
    expect(text("1")).not.toBe(text("2"));
    expect(text("1")).toBe(text("1"));
  });

  it("gives the same fingerprints when made in turns, letting other work run between them", async () => {
    const data = site({ home: [{ url: "/" }], years: Array.from({ length: 7 }, (_, i) => ({ url: `/${2000 + i}/`, count: i })) });
    let ran = false;
    setImmediate(() => {
      ran = true;
    });
    const inTurns = await siteFingerprintsInTurns(data, 2);
    // A task queued before ran before the fingerprints were done.
    expect(ran).toBe(true);
    expect(inTurns).toEqual(siteFingerprints(data));
    await expect(siteFingerprintsInTurns(site({ years: [{ url: "/x/" }], months: [{ url: "/x/" }] }))).rejects.toThrow(TypeError);
  });

  it("refuses two pages at one URL", () => {
    expect(() => siteFingerprints(site({ years: [{ url: "/x/" }], months: [{ url: "/x/" }] }))).toThrow(TypeError);
  });
});

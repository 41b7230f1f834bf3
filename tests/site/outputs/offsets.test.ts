import { describe, expect, it } from "vitest";
import { buildSiteData } from "../../../src/site/build-site-data";
import * as urls from "../../../src/site/urls";
import { makeRecord, readOriginals, TOPICS } from "../../helpers/records";

// Two articles stating their own offsets, one with a time and no offset, one with a day alone,
// in a site whose own zone is New York: every output must name the instant the article states.
const records = [
  makeRecord({ slug: "kolkata", published: "2024-03-05T14:00+05:30", topics: ["diplomacy"] }),
  makeRecord({ slug: "toronto", published: "2024-03-05T09:15-04:00", updated: "2024-03-06T08:00:30-04:00", topics: ["diplomacy"] }),
  makeRecord({ slug: "local", published: "2024-01-10T10:00" }),
  makeRecord({ slug: "day", published: "2024-01-09" }),
  // 23:30 at -04:00 on 31 March is 1 April in UTC.
  makeRecord({ slug: "month-end", published: "2024-03-31T23:30-04:00" }),
  // The only article of its topic, and undated: the topic's feed has no entry.
  makeRecord({ slug: "undated", published: null, topics: ["peacekeeping"] }),
];
const data = buildSiteData(records, TOPICS, { siteName: "T", pageSize: 20, timeZone: "America/New_York" }, readOriginals);
const file = (url: string): string => {
  const found = [...data.views.files, ...data.views.exports].find((f) => f.url === url);
  if (found === undefined) throw new Error(`no ${url}`);
  return found.text;
};
const jsonLd = (slug: string): Record<string, unknown> =>
  JSON.parse(data.views.articles.find((a) => a.slug === slug)?.jsonLd ?? "{}") as Record<string, unknown>;

describe("dates with offsets through every output", () => {
  it("gives Atom the written offset, and a day alone midnight in the site's zone", () => {
    const xml = file(urls.feedUrl());
    expect(xml).toContain("<published>2024-03-05T14:00:00+05:30</published>");
    expect(xml).toContain("<published>2024-03-05T09:15:00-04:00</published>");
    expect(xml).toContain("<updated>2024-03-06T08:00:30-04:00</updated>");
    expect(xml).toContain("<published>2024-01-10T10:00:00-05:00</published>");
    expect(xml).toContain("<published>2024-01-09T00:00:00-05:00</published>");
    // The feed's own updated is its newest change.
    expect(xml).toContain("  <updated>2024-03-31T23:30:00-04:00</updated>\n  <author>");
  });

  it("gives JSON-LD the written offset, and keeps a day a day", () => {
    expect(jsonLd("kolkata")["datePublished"]).toBe("2024-03-05T14:00:00+05:30");
    expect(jsonLd("toronto")).toMatchObject({ datePublished: "2024-03-05T09:15:00-04:00", dateModified: "2024-03-06T08:00:30-04:00" });
    expect(jsonLd("local")["datePublished"]).toBe("2024-01-10T10:00:00-05:00");
    expect(jsonLd("day")["datePublished"]).toBe("2024-01-09");
  });

  it("gives the sitemap each article's last change with its offset", () => {
    const xml = file(urls.sitemapUrl());
    expect(xml).toMatch(/articles\/kolkata\/<\/loc><lastmod>2024-03-05T14:00:00\+05:30<\/lastmod>/);
    expect(xml).toMatch(/articles\/toronto\/<\/loc><lastmod>2024-03-06T08:00:30-04:00<\/lastmod>/);
    expect(xml).toMatch(/articles\/day\/<\/loc><lastmod>2024-01-09<\/lastmod>/);
  });

  it("gives the JSON export the written offset", () => {
    const part = JSON.parse(file(urls.articlesJsonPartUrl("2024"))) as {
      articles: { slug: string; published: string; updated: string | null }[];
    };
    const bySlug = new Map(part.articles.map((a) => [a.slug, a]));
    expect(bySlug.get("kolkata")?.published).toBe("2024-03-05T14:00:00+05:30");
    expect(bySlug.get("toronto")).toMatchObject({ published: "2024-03-05T09:15:00-04:00", updated: "2024-03-06T08:00:30-04:00" });
    expect(bySlug.get("local")?.published).toBe("2024-01-10T10:00:00-05:00");
    expect(bySlug.get("day")?.published).toBe("2024-01-09");
  });

  it("shows the zone with the time on the article page", () => {
    const page = data.views.articles.find((a) => a.slug === "kolkata");
    expect(page?.published).toEqual({ datetime: "2024-03-05T14:00+05:30", label: "5 March 2024, 14:00 (UTC+05:30)" });
    expect(data.views.articles.find((a) => a.slug === "local")?.published?.label).toBe("10 January 2024, 10:00 (UTC-05:00)");
  });

  it("files each article under the day in its own offset", () => {
    const month = (m: string): string => JSON.stringify(data.views.months.find((v) => v.url === urls.monthUrl("2024", m)) ?? null);
    expect(month("03")).toContain("/articles/month-end/");
    expect(month("04")).toBe("null");
  });

  it("gives a feed with no dated article the site's newest change instead of 1970", () => {
    const xml = file(urls.topicFeedUrl("peacekeeping"));
    expect(xml).not.toContain("<entry>");
    expect(xml).not.toContain("1970");
    expect(xml).toContain("  <updated>2024-03-31T23:30:00-04:00</updated>");
  });
});

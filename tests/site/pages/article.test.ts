import { describe, expect, it } from "vitest";
import { buildSiteData } from "../../../src/site/build-site-data";
import type { Topic } from "../../../src/types";
import { makeRecord, readOriginals } from "../../helpers/records";

const topics: Topic[] = ["alpha", "beta", "gamma", "delta", "epsilon"].map((slug) => ({
  slug,
  label: slug.toUpperCase(),
  description: "",
  aliases: [],
}));

const records = [
  makeRecord({
    slug: "full",
    headline: "Everything known",
    authors: ["Jane Doe", "John Roe"],
    source: "The Example Times",
    published: "2024-05-14T06:02+04:00",
    summary: "A summary the body does not open with.",
    topics: ["alpha", "beta", "gamma", "delta", "epsilon"],
  }),
  makeRecord({ slug: "bare", headline: "Nothing known", topics: ["alpha"], summary: "Body of bare." }),
];
const v = buildSiteData(records, topics, { siteName: "Test Archive", pageSize: 10 }, readOriginals).views;
const article = (slug: string) => v.articles.find((a) => a.slug === slug);

describe("article pages", () => {
  it("give a byline line of authors, source and date with the time's zone", () => {
    const parts = article("full")?.bylineParts ?? [];
    expect(parts.map((p) => p.kind)).toEqual(["authors", "source", "date"]);
    expect(parts[0]?.kind === "authors" && parts[0].authors.map((a) => a.label + a.separator).join("")).toBe("Jane Doe and John Roe");
    expect(parts[2]?.kind === "date" && parts[2].date.label).toBe("14 May 2024, 06:02 (UTC+04:00)");
  });

  it("say everything unknown in one phrase", () => {
    expect(article("bare")?.bylineParts).toEqual([{ kind: "unknown", text: "Author, source and date unknown" }]);
  });

  it("set the editor's summary as the standfirst unless the body opens with it", () => {
    expect(article("full")?.standfirst).toBe("A summary the body does not open with.");
    expect(article("bare")?.standfirst).toBeNull();
  });

  it("show every topic on the article page but at most three chips in lists, counting the rest", () => {
    expect(article("full")?.topics).toHaveLength(5);
    const item = v.home[0].latest.find((i) => i.slug === "full");
    expect(item?.chips.map((c) => c.label)).toEqual(["ALPHA", "BETA", "GAMMA"]);
    expect(item?.moreTopics).toBe("+2 more");
    const related = article("bare")?.related.find((i) => i.slug === "full");
    expect(related?.chips).toHaveLength(3);
  });
});

import { describe, expect, it } from "vitest";
import { buildSiteData } from "../../../src/site/build-site-data";
import { makeRecord, readOriginals, TOPICS } from "../../helpers/records";

const records = [
  makeRecord({ slug: "a1", published: "2024-01-01", authors: ["Jane  Doe"], source: "The Paper", topics: [TOPICS[0]!.slug] }),
  makeRecord({ slug: "a2", published: "2024-01-02", authors: [], source: null, topics: [TOPICS[0]!.slug] }),
];

describe("the search box of topic, source and author pages", () => {
  it.each(["/", "/archive/"])("opens the search page (prefix %s) with the page's own filter", (pathPrefix) => {
    const v = buildSiteData(records, TOPICS, { siteName: "Test", pageSize: 20, pathPrefix }, readOriginals).views;
    const action = `${pathPrefix}search/`;
    const boxes = new Map(v.lists.map((l) => [l.url, l.searchWithin]));
    expect(boxes.get("/sources/the-paper/")).toEqual({
      action,
      filter: "source",
      value: "The Paper",
      label: "Search articles from The Paper",
    });
    expect(boxes.get("/sources/unknown/")).toEqual({
      action,
      filter: "source",
      value: "Source unknown",
      label: "Search articles from Source unknown",
    });
    expect(boxes.get("/authors/jane-doe/")).toEqual({ action, filter: "author", value: "Jane Doe", label: "Search articles by Jane Doe" });
    const topic = v.topicPages.find((t) => t.url === `/topics/${TOPICS[0]!.slug}/`);
    expect(topic?.searchWithin).toEqual({
      action,
      filter: "topic",
      value: TOPICS[0]!.label,
      label: `Search articles on ${TOPICS[0]!.label}`,
    });
  });
});

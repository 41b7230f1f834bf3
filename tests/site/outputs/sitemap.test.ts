import { describe, expect, it } from "vitest";
import { buildSiteData } from "../../../src/site/build-site-data";
import { newestChange } from "../../../src/site/outputs/sitemap";
import { makeRecord, readOriginals, TOPICS } from "../../helpers/records";

describe("newestChange", () => {
  it.each([
    ["no articles", [], null],
    ["only undated articles", [{ published: null, updated: null }], null],
    [
      "an update later than every publication",
      [
        { published: "2024-05-01", updated: "2024-06-02" },
        { published: "2024-05-20", updated: null },
      ],
      "2024-06-02",
    ],
    [
      "a later publication",
      [
        { published: "2024-05-01", updated: null },
        { published: "2024-05-20", updated: null },
      ],
      "2024-05-20",
    ],
    // 23:30 at -04:00 is 03:30 UTC the next day: later than 02:00 UTC that day.
    [
      "times compared as instants",
      [
        { published: "2024-03-31T23:30-04:00", updated: null },
        { published: "2024-04-01T02:00Z", updated: null },
      ],
      "2024-03-31T23:30-04:00",
    ],
  ] as const)("with %s gives %j", (_case, records, expected) => {
    expect(newestChange(records, "UTC")).toBe(expected);
  });
});

describe("the sitemap's listing pages", () => {
  const records = [
    makeRecord({ slug: "old", published: "2023-02-01", topics: ["armenia"] }),
    makeRecord({ slug: "new", published: "2024-05-01", updated: "2024-06-10", topics: ["diplomacy"] }),
    makeRecord({ slug: "undated", published: null, topics: ["peacekeeping"] }),
  ];
  const sitemap =
    buildSiteData(records, TOPICS, { siteName: "T", pageSize: 20 }, readOriginals).views.files.find((f) => f.url === "/sitemap.xml")
      ?.text ?? "";
  const lastmod = (path: string): string | null => {
    const entry = sitemap.split("\n").find((line) => line.includes(`<loc>https://example.org${path}</loc>`));
    if (entry === undefined) throw new Error(`no ${path} in the sitemap`);
    return /<lastmod>([^<]+)<\/lastmod>/.exec(entry)?.[1] ?? null;
  };

  it.each([
    ["/", "2024-06-10"],
    ["/topics/", "2024-06-10"],
    ["/topics/armenia/", "2023-02-01"],
    ["/topics/diplomacy/2024/", "2024-06-10"],
    ["/archive/2023/", "2023-02-01"],
    ["/archive/2023/02/", "2023-02-01"],
    ["/archive/undated/", null],
    ["/topics/peacekeeping/", null],
  ])("gives %s the last change of what it lists: %j", (path, expected) => {
    expect(lastmod(path)).toBe(expected);
  });
});

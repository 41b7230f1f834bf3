import { describe, expect, it } from "vitest";
import { bylineParts, type BylineFacts } from "../../../src/site/labels/byline-line";

const jane = { href: "/authors/jane-doe/", label: "Jane Doe", separator: " and " };
const john = { href: "/authors/john-roe/", label: "John Roe", separator: "" };
const times = { href: "/sources/the-example-times/", label: "The Example Times" };
const day = { datetime: "2024-05-14", label: "14 May 2024" };

const facts = (over: Partial<BylineFacts>): BylineFacts => ({ authors: [], byline: null, source: null, published: null, ...over });

describe("bylineParts", () => {
  it("lists authors, source and date in that order when all are known", () => {
    expect(bylineParts(facts({ authors: [jane, john], source: times, published: day }))).toEqual([
      { kind: "authors", authors: [jane, john] },
      { kind: "source", link: times },
      { kind: "date", date: day },
    ]);
  });

  it.each([
    // Each unknown is named once, in one phrase after what is known.
    [{ source: times, published: day }, ["source", "date", "unknown"], "Author unknown"],
    [{ authors: [jane], published: day }, ["authors", "date", "unknown"], "Source unknown"],
    [{ authors: [jane], source: times }, ["authors", "source", "unknown"], "Date unknown"],
    [{ published: day }, ["date", "unknown"], "Author and source unknown"],
    [{}, ["unknown"], "Author, source and date unknown"],
  ] as const)("says what is unknown once for %j", (over, kinds, phrase) => {
    const parts = bylineParts(facts(over));
    expect(parts.map((p) => p.kind)).toEqual(kinds);
    expect(parts.at(-1)).toEqual({ kind: "unknown", text: phrase });
  });

  it("shows the byline as written when no names were recognised in it", () => {
    expect(bylineParts(facts({ byline: " Staff reporter ", source: times, published: day }))[0]).toEqual({
      kind: "byline",
      text: "Staff reporter",
    });
  });

  it("counts a blank byline as an unknown author", () => {
    expect(bylineParts(facts({ byline: "  ", source: times, published: day })).at(-1)).toEqual({
      kind: "unknown",
      text: "Author unknown",
    });
  });
});

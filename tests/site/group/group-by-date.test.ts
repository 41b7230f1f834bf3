import { describe, expect, it } from "vitest";
import { groupByDate } from "../../../src/site/group/group-by-date";

const item = (slug: string, published: string | null) => ({ slug, published });

describe("groupByDate", () => {
  const items = [
    item("new-year", "2024-01-01"),
    item("old-year", "2023-12-31T23:59"),
    item("sep-b", "2023-09-20"),
    item("sep-a", "2023-09-20"),
    item("nodate-b", null),
    item("nodate-a", null),
  ];
  const groups = groupByDate(items);

  it("groups years and months newest first, by the string's own digits", () => {
    expect(groups.years.map((y) => [y.year, y.months.map((m) => m.month)])).toEqual([
      ["2024", ["01"]],
      ["2023", ["12", "09"]],
    ]);
  });

  it("keeps the last minute of a year in that year in every time zone", () => {
    expect(groups.years[1]?.months[0]?.items.map((i) => i.slug)).toEqual(["old-year"]);
  });

  it("orders items in a month newest first, then by slug", () => {
    expect(groups.years[1]?.months[1]?.items.map((i) => i.slug)).toEqual(["sep-a", "sep-b"]);
  });

  it("puts undated items apart, by slug", () => {
    expect(groups.undated.map((i) => i.slug)).toEqual(["nodate-a", "nodate-b"]);
  });

  it("files every dated item in exactly one month", () => {
    const inMonths = groups.years.flatMap((y) => y.months.flatMap((m) => m.items));
    expect(inMonths).toHaveLength(4);
    expect(groups.years.reduce((sum, y) => sum + y.items.length, 0)).toBe(4);
  });

  it("returns no years for no items", () => {
    expect(groupByDate([])).toEqual({ years: [], undated: [] });
  });
});

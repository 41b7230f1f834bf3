import { describe, expect, it } from "vitest";
import { neighboursByDate, newestFirstOf, sortNewestFirst } from "../../../src/site/order/sort";

const item = (slug: string, published: string | null) => ({ slug, published });

describe("sortNewestFirst", () => {
  it.each([
    ["newest first", [item("a", "2023-01-01"), item("b", "2024-01-01")], ["b", "a"]],
    ["same day: by slug", [item("b", "2024-01-01"), item("a", "2024-01-01")], ["a", "b"]],
    ["undated after dated, by slug", [item("z", null), item("y", null), item("a", "1900-01-01")], ["a", "y", "z"]],
    // A time of day on the same day sorts before the bare day (it is more specific, not earlier).
    ["time on the same day", [item("a", "2025-07-02"), item("b", "2025-07-02T00:00")], ["b", "a"]],
    ["later time first", [item("a", "2025-07-02T09:00"), item("b", "2025-07-02T18:30")], ["b", "a"]],
    // Two times with offsets by instant: 14:00+05:30 is 08:30 UTC, before 09:00Z.
    ["by instant", [item("a", "2024-03-05T14:00+05:30"), item("b", "2024-03-05T09:00Z")], ["b", "a"]],
    // Days first, each in its own offset: 23:30-04:00 on the 5th is the 6th in UTC but stays on the 5th.
    ["by the written day", [item("a", "2024-03-05T23:30-04:00"), item("b", "2024-03-06T01:00+05:30")], ["b", "a"]],
    ["a time before the bare day", [item("a", "2024-03-05"), item("b", "2024-03-05T00:00+14:00")], ["b", "a"]],
    // Equal instants written at different offsets: by slug.
    ["equal instants by slug", [item("b", "2024-03-05T14:00+05:30"), item("a", "2024-03-05T08:30Z")], ["a", "b"]],
  ])("orders %s", (_rule, input, expected) => {
    expect(sortNewestFirst(input).map((i) => i.slug)).toEqual(expected);
  });

  it("reads a time without an offset in the site's zone when comparing it with one that has an offset", () => {
    // 10:00 in Kolkata is 04:30 UTC, before 05:00Z; in UTC it would be after.
    const input = [item("a", "2024-03-05T10:00"), item("b", "2024-03-05T05:00Z")];
    expect(sortNewestFirst(input, "Asia/Kolkata").map((i) => i.slug)).toEqual(["b", "a"]);
    expect(sortNewestFirst(input, "UTC").map((i) => i.slug)).toEqual(["a", "b"]);
  });

  it("does not mutate its input", () => {
    const input = [item("a", "2023-01-01"), item("b", "2024-01-01")];
    sortNewestFirst(input);
    expect(input.map((i) => i.slug)).toEqual(["a", "b"]);
  });
});

describe("newestFirstOf", () => {
  it("sorts as sortNewestFirst, once per input array", () => {
    const input = [item("z", null), item("a", "2023-01-01"), item("b", "2024-01-01"), item("c", "2024-01-01")];
    const sorted = newestFirstOf(input);
    expect(sorted).toEqual(sortNewestFirst(input));
    expect(newestFirstOf(input)).toBe(sorted);
    const copy = [...input];
    expect(newestFirstOf(copy)).not.toBe(sorted);
    expect(newestFirstOf(copy)).toEqual(sorted);
    expect(input.map((i) => i.slug)).toEqual(["z", "a", "b", "c"]);
  });

  it("sorts as sortNewestFirst through rounds of items added, removed, redated, shuffled or repeated", () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 48271) % 2147483647;
      return seed / 2147483647;
    };
    const date = () =>
      random() < 0.1 ? null : `20${String(10 + Math.floor(random() * 15))}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`;
    let items = Array.from({ length: 300 }, (_, i) => item(`s${i}`, date()));
    for (let round = 0; round < 20; round++) {
      items = items
        .filter(() => random() > 0.05)
        .map((i) => (random() < 0.05 ? item(i.slug, date()) : i))
        .concat(Array.from({ length: 5 }, (_, k) => item(`n${round}-${k}`, date())))
        .sort(() => random() - 0.5);
      expect(newestFirstOf(items)).toEqual(sortNewestFirst(items));
    }
    const repeated = [item("a", "2020-01-01"), item("a", "2021-01-01"), item("b", null)];
    expect(newestFirstOf(repeated)).toEqual(sortNewestFirst(repeated));
  });
});

describe("neighboursByDate", () => {
  const items = [item("old", "2023-01-01"), item("mid", "2024-01-01"), item("new", "2025-01-01"), item("nodate", null)];
  const n = neighboursByDate(items);

  it.each([
    ["old", null, "mid"],
    ["mid", "old", "new"],
    ["new", "mid", null],
    // Undated articles have no place in the date order.
    ["nodate", null, null],
  ])("gives %s previous %s and next %s", (slug, previous, next) => {
    expect(n.get(slug)?.previous?.slug ?? null).toBe(previous);
    expect(n.get(slug)?.next?.slug ?? null).toBe(next);
  });
});

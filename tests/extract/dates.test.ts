import { describe, expect, it } from "vitest";
import { findDates } from "../../src/extract/dates";

describe("findDates", () => {
  it.each([
    // Month-name date after an empty byline.
    ["By | September 20, 2023", ["2023-09-20"], [null]],
    // Abbreviated month with a time keeps the wall-clock time.
    ["Jul 2, 2025, 12:00 AM", ["2025-07-02T00:00"], [null]],
    ["Jun 29, 2025, 2:23 PM", ["2025-06-29T14:23"], [null]],
    // Labels say which date is which.
    [
      "PUBLISHED: November 19, 2019 at 8:59 pm | UPDATED: November 19, 2019 at 10:16 pm",
      ["2019-11-19T20:59", "2019-11-19T22:16"],
      ["published", "updated"],
    ],
    // A time after a separator belongs to the date before it.
    ["November 18, 2019 | 4:10pm", ["2019-11-18T16:10"], [null]],
    // Day-first form.
    ["19 November 2019", ["2019-11-19"], [null]],
    // ISO timestamps.
    ["Posted 2019-11-19T10:00:00Z", ["2019-11-19T10:00"], ["published"]],
    // An unambiguous US numeric date.
    ["11/19/2019", ["2019-11-19"], [null]],
    // Dotted numeric dates are day-first.
    ["05.03.2021", ["2021-03-05"], [null]],
    ["19.11.2019, 08:57", ["2019-11-19T08:57"], [null]],
    // Day names, "GMT" and a last-modified label.
    ["Mon 18 Nov 2019 18.54 GMT Last modified on Mon 18 Nov 2019 18.56 GMT", ["2019-11-18T18:54", "2019-11-18T18:56"], [null, "updated"]],
  ])("reads %j", (line, values, labels) => {
    const got = findDates(line);
    expect(got.mentions.map((m) => m.value)).toEqual(values);
    expect(got.mentions.map((m) => m.label)).toEqual(labels);
  });

  it.each([
    // Relative dates are refused, never resolved against a clock.
    ["Posted 3 days ago"],
    ["Updated 14 hours ago"],
    // Ambiguous numeric dates are refused.
    ["03/04/2023"],
  ])("refuses %j", (line) => {
    const got = findDates(line);
    expect(got.mentions).toEqual([]);
    expect(got.refused.length).toBeGreaterThan(0);
  });

  it.each([["Feb 31, 2023"], ["The meeting on Tuesday"], ["In 2020 the war ended"]])("finds no date in %j", (line) => {
    expect(findDates(line).mentions).toEqual([]);
  });

  it("counts the words left beside the date", () => {
    expect(findDates("By | September 20, 2023").residualWords).toBe(1);
    expect(findDates("The ceasefire signed on September 20, 2023 held for three days").residualWords).toBeGreaterThan(4);
    expect(findDates("Posted 3 hours ago").residualWords).toBe(0);
    // No date expression at all: nothing to count beside.
    expect(findDates("Share this article").residualWords).toBeNull();
  });
});

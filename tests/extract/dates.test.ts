import { describe, expect, it } from "vitest";
import { findDates } from "../../src/extract/dates";
import { extractRaw } from "../../src/extract/extract";
import { toLines } from "../../src/extract/lines";
import { listingDateLines, numericDateOrder, pageMentions } from "../../src/extract/page-dates";
import { dayOf } from "../../src/parse/calendar";

const HEADLINE = "Council agrees bridge repair budget";
const P = (n: number) =>
  `Paragraph ${n}: the regional council met on Tuesday and agreed a budget for repairs to the river bridge, which has been closed to lorries since the spring floods.`;
const page = (...lines: string[]) => lines.join("\n\n");
/** The published and updated days of a small page with `dateLine` under its headline. */
const daysUnderHeadline = (dateLine: string, ...rest: string[]) => {
  const r = extractRaw(page("Home | News | Sport", HEADLINE, dateLine, P(1), P(2), P(3), ...rest));
  return [r.published.value && dayOf(r.published.value), r.updated.value && dayOf(r.updated.value)];
};

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
    // Dotted numeric dates are ambiguous like slashed ones unless a number is above 12.
    ["05.03.2021", [], []],
    ["25.03.2021", ["2021-03-25"], [null]],
    ["19.11.2019, 08:57", ["2019-11-19T08:57"], [null]],
    // Day names, "GMT" and a last-modified label.
    ["Mon 18 Nov 2019 18.54 GMT Last modified on Mon 18 Nov 2019 18.56 GMT", ["2019-11-18T18:54Z", "2019-11-18T18:56Z"], [null, "updated"]],
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

describe("date lines under a headline", () => {
  it.each([
    // Time before the date, with a zone and a weekday, under an update label.
    ["Updated 3:14 PM EST, Tue March 5, 2024", null, "2024-03-05"],
    // Time before a dotted month abbreviation.
    ["Published 11:02 AM ET Mar. 5, 2024", "2024-03-05", null],
    // Date, slash, then the time.
    ["Posted: Mar 5, 2024 / 11:02 AM EST", "2024-03-05", null],
    // "at" between date and time, dotted meridiem, zone.
    ["March 5, 2024 at 3:14 p.m. ET", "2024-03-05", null],
    // Day-first with a bullet before the time.
    ["5 March 2024 • 14:02 GMT", "2024-03-05", null],
    // Short weekday, dotted 24-hour time.
    ["Tue 5 Mar 2024 14.02 GMT", "2024-03-05", null],
    // ISO timestamp.
    ["2024-03-05T14:02:00Z", "2024-03-05", null],
    // Dotted numeric dates are ambiguous like slashed ones unless a number is above 12. also with a time after them.
    ["25.03.2024 14:02", "2024-03-25", null],
    // Dotted abbreviation, comma, time.
    ["Mar. 5, 2024, 3:14 p.m.", "2024-03-05", null],
    // Long weekday, time glued to PM.
    ["Tuesday, March 5, 2024 3:14PM", "2024-03-05", null],
    // "Last updated on": an update date alone is not the publication date.
    ["Last updated on March 5, 2024", null, "2024-03-05"],
    // "First published on" with a weekday.
    ["First published on Tue 5 Mar 2024", "2024-03-05", null],
    // Both labels on one line, split by a pipe.
    ["Published 3:14 PM EST, Tue March 5, 2024 | Updated 5:00 PM EST, Wed March 6, 2024", "2024-03-05", "2024-03-06"],
    // Update first, then the publication: the label nearest each date says which.
    ["Updated: 14:02 GMT, 6 March 2024 Published: 10:00 GMT, 5 March 2024", "2024-03-05", "2024-03-06"],
    // "Posted at … and last updated …".
    ["Posted at 11:02 AM, Mar 5, 2024 and last updated 1:00 PM, Mar 6, 2024", "2024-03-05", "2024-03-06"],
    // A byline and the date in segments.
    ["By Ana Lopez | March 5, 2024 at 3:14 p.m. ET", "2024-03-05", null],
    ["By Ana Lopez • Published 11:02 AM ET Mar. 5, 2024", "2024-03-05", null],
    // Date first, then byline and reading time.
    ["March 5, 2024 | By Ana Lopez | 3 min read", "2024-03-05", null],
    // Ordinal day.
    ["Published on 5th March 2024", "2024-03-05", null],
    ["Posted Tuesday, March 5th, 2024 at 11:02 am", "2024-03-05", null],
    // RFC 2822 style.
    ["Tue, 5 Mar 2024 14:02:00 +0000", "2024-03-05", null],
    ["Published: Tuesday 5 March 2024 2:02pm", "2024-03-05", null],
    ["05 Mar 2024 | 2:02 pm", "2024-03-05", null],
    ["Date: 2024-03-05", "2024-03-05", null],
    // Capitals.
    ["PUBLISHED 5 MAR 2024", "2024-03-05", null],
    // No comma.
    ["Mar 5 2024", "2024-03-05", null],
    // Time, middle dot, date.
    ["3:14 PM · Mar 5, 2024", "2024-03-05", null],
    // Reading time after a middle dot.
    ["March 5, 2024 · 4 min read", "2024-03-05", null],
    // Unlabelled then labelled update.
    ["5 March 2024 | Updated 6 March 2024", "2024-03-05", "2024-03-06"],
    // A name just before the date.
    ["Ana Lopez March 5, 2024", "2024-03-05", null],
    // An author credit against the date, with a comment link: post meta, not prose.
    ["March 5, 2024 by Ana Lopez Post a Comment", "2024-03-05", null],
    ["Avatar photo by Ana C. Lopez March 5, 2024 | 6:03 pm", "2024-03-05", null],
    // A meridiem glued to the next date by the page dump.
    ["March 5, 2024 | 6:03 pmMarch 5, 2024 | 6:03 pm", "2024-03-05", null],
    // A month-first date with a number above 12 cannot be read the other way.
    ["Posted 11:02 AM EST 03/15/2024", "2024-03-15", null],
  ])("reads %j", (line, published, updated) => {
    expect(daysUnderHeadline(line)).toEqual([published, updated]);
  });

  it.each([
    // Both numbers could be the month, and nothing on the page settles it.
    ["05/03/2024"],
    ["05.03.2024 14:02"],
    ["11.03.17 in Gadgetry"],
    ["Posted 11:02 AM EST 03/05/2024"],
    ["Published 05-03-2024"],
    // Relative dates are never resolved against a clock.
    ["5 hours ago"],
    ["Updated yesterday at 3:14 PM"],
    // A year alone, a month and year, a time alone, a price.
    ["2024"],
    ["March 2024"],
    ["3:14 PM EST"],
    ["Price: $5.03 | 2024 model"],
  ])("gives no date for %j", (line) => {
    expect(daysUnderHeadline(line)).toEqual([null, null]);
  });

  it("reads an ambiguous numeric date in the order the page's other dates show", () => {
    // 14/04 can only be day-first, so 12/04 is 12 April on this page.
    expect(daysUnderHeadline("12/04/2024 by Ana Lopez 2 Comments", "Bo Chen", "14/04/2024 at 3:00 pm")).toEqual(["2024-04-12", null]);
    // 04/14 can only be month-first, so 12/04 is 4 December.
    expect(daysUnderHeadline("12/04/2024 by Ana Lopez 2 Comments", "Bo Chen", "04/14/2024 at 3:00 pm")).toEqual(["2024-12-04", null]);
    // A page showing both orders settles nothing.
    expect(daysUnderHeadline("12/04/2024", "14/04/2024 at 3:00 pm", "04/14/2024 at 3:00 pm")).toEqual([null, null]);
  });

  it("takes no date from a comment thread around the headline", () => {
    const comments = ["Ann Example June 28, 2023 at 10:25 pm", "Bo Chen July 6, 2023 at 6:57 pm", "Cy Diaz July 23, 2023 at 3:20 pm"];
    const r = extractRaw(page(comments[0]!, "Great read.", HEADLINE, comments[1]!, P(1), comments[2]!, P(2), P(3)));
    expect(r.published.value).toBeNull();
    expect(r.updated.value).toBeNull();
  });

  it("takes a published label far from the headline when it is the page's only one", () => {
    const far = page(
      "Posted: Mar 5, 2024 / 11:02 AM EST",
      ...Array.from({ length: 12 }, (_, i) => `Menu item ${i}`),
      HEADLINE,
      P(1),
      P(2),
      P(3),
    );
    expect(extractRaw(far).published.value).toBe("2024-03-05T11:02-05:00");
    // Labels that disagree are teasers' dates: none is the article's.
    const teasers = page(
      "Posted: Mar 5, 2024",
      "Posted: Mar 9, 2024",
      ...Array.from({ length: 12 }, (_, i) => `Menu item ${i}`),
      HEADLINE,
      P(1),
      P(2),
      P(3),
    );
    expect(extractRaw(teasers).published.value).toBeNull();
  });
});

describe("page-wide date evidence", () => {
  it.each([
    [["14/04/2020 at 3:00 pm", "12/04/2020"], "day-first"],
    [["04/14/2020", "12/04/2020"], "month-first"],
    [["14-04-2020", "04/14/2020"], null],
    [["12/04/2020", "05.03.2021", "2020-11-19"], null],
  ] as const)("reads the numeric order of %j as %s", (texts, order) => {
    expect(numericDateOrder(toLines(texts.join("\n")))).toBe(order);
  });

  it("reads ambiguous dates in a settled order and keeps refusing them otherwise", () => {
    const found = findDates("05/03/2024");
    expect(found.mentions).toEqual([]);
    expect(pageMentions(found, "day-first").map((m) => m.value)).toEqual(["2024-03-05"]);
    expect(pageMentions(found, "month-first").map((m) => m.value)).toEqual(["2024-05-03"]);
    expect(pageMentions(found, null)).toEqual([]);
  });

  it("finds a listing in short date lines of one shape on different days, and not in a header", () => {
    const lines = toLines(
      ["Ann May 1, 2020 at 1:00 pm", "Bo May 2, 2020 at 2:00 pm", "Cy May 3, 2020 at 3:00 pm", "x", "Published May 4, 2020"].join("\n"),
    );
    expect([...listingDateLines(lines)]).toEqual([0, 1, 2]);
    // The same day twice (published and updated on one day) is not a listing.
    expect([...listingDateLines(toLines(["May 1, 2020", "May 1, 2020", "May 2, 2020"].join("\n")))]).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { dateLabel, formatDate, formatMonth, formatMonthName } from "../../../src/site/labels/format-date";

// Run by hand under TZ=America/Los_Angeles and TZ=Pacific/Kiritimati too: labels must not move.
describe("formatDate", () => {
  it.each([
    ["2023-09-20", "20 September 2023"],
    // Midnight stays on its own day in every zone.
    ["2025-07-02T00:00", "2 July 2025, 00:00 (UTC)"],
    ["2025-06-29T14:23", "29 June 2025, 14:23 (UTC)"],
    // The first and last days of a year are where a zone shift would show.
    ["2024-01-01", "1 January 2024"],
    ["2023-12-31T23:59", "31 December 2023, 23:59 (UTC)"],
    // The offset the article states is shown as written; seconds only when not zero.
    ["2024-03-05T14:00+05:30", "5 March 2024, 14:00 (UTC+05:30)"],
    ["2024-03-05T14:00:07-04:00", "5 March 2024, 14:00:07 (UTC-04:00)"],
    ["2024-03-05T23:30Z", "5 March 2024, 23:30 (UTC)"],
    ["2024-02-29", "29 February 2024"],
  ])("labels %s as %s", (input, expected) => {
    expect(formatDate(input)).toBe(expected);
  });

  it.each(["2023-9-20", "20 September 2023", "2023-09-20T1:00", ""])("throws on %j", (input) => {
    expect(() => formatDate(input)).toThrow(TypeError);
  });
});

describe("dateLabel", () => {
  it("pairs the calendar string with its label", () => {
    expect(dateLabel("2023-09-20")).toEqual({ datetime: "2023-09-20", label: "20 September 2023" });
  });
  it.each([
    // A stated offset wins over the site's zone.
    ["2024-03-05T14:00+05:30", "America/New_York", "2024-03-05T14:00+05:30", "5 March 2024, 14:00 (UTC+05:30)"],
    // Without one, the site's zone names the time, with its offset on that day (summer time here).
    ["2024-07-05T14:00", "America/New_York", "2024-07-05T14:00-04:00", "5 July 2024, 14:00 (UTC-04:00)"],
    ["2024-01-05T14:00", "America/New_York", "2024-01-05T14:00-05:00", "5 January 2024, 14:00 (UTC-05:00)"],
    // A day alone has no zone to show.
    ["2024-03-05", "Asia/Kolkata", "2024-03-05", "5 March 2024"],
  ])("labels %s in the site zone %s with datetime %s", (date, timeZone, datetime, label) => {
    expect(dateLabel(date, timeZone)).toEqual({ datetime, label });
  });
  it("returns null for an unknown date", () => {
    expect(dateLabel(null)).toBeNull();
  });
});

describe("month labels", () => {
  it.each([
    ["2023", "09", "September 2023"],
    ["2024", "01", "January 2024"],
    ["2024", "12", "December 2024"],
  ])("labels %s-%s as %s", (year, month, expected) => {
    expect(formatMonth(year, month)).toBe(expected);
  });
  it("names a month alone", () => {
    expect(formatMonthName("02")).toBe("February");
  });
});

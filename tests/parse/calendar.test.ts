import { describe, expect, it } from "vitest";
import { calendarFromParts, calendarParts, dayOf, normaliseOffset, parseIsoCalendar } from "../../src/parse/calendar";

describe("parseIsoCalendar", () => {
  it.each([
    // A day alone stays a day.
    ["2024-03-05", "2024-03-05"],
    // ISO 8601 without seconds, with zero seconds (dropped) and with seconds (kept).
    ["2024-03-05T14:00", "2024-03-05T14:00"],
    ["2024-03-05T14:00:00", "2024-03-05T14:00"],
    ["2024-03-05T14:00:07", "2024-03-05T14:00:07"],
    // A fraction of a second is dropped.
    ["2024-03-05T14:00:00.123", "2024-03-05T14:00"],
    ["2024-03-05T14:00:07,5Z", "2024-03-05T14:00:07Z"],
    // Offsets kept as stated, normalised to Z or ±HH:MM.
    ["2024-03-05T14:00:00Z", "2024-03-05T14:00Z"],
    ["2024-03-05T14:00+05:30", "2024-03-05T14:00+05:30"],
    ["2024-03-05T14:00:00-0400", "2024-03-05T14:00-04:00"],
    ["2024-03-05T14:00:00+00:00", "2024-03-05T14:00+00:00"],
    // RFC 3339's -00:00 (local offset unknown, time in UTC).
    ["2024-03-05T14:00:00-00:00", "2024-03-05T14:00Z"],
    // RFC 3339 allows lower-case t and z.
    ["2024-03-05t14:00:00z", "2024-03-05T14:00Z"],
    // YAML's space instead of T, and its one-digit hour and offset.
    ["2024-03-05 14:00", "2024-03-05T14:00"],
    ["2024-03-05 14:00:00", "2024-03-05T14:00"],
    ["2001-12-14 21:59:43.10 -5", "2001-12-14T21:59:43-05:00"],
    ["2001-12-15 2:59:43.10", "2001-12-15T02:59:43"],
    // Jekyll's timestamp, and the colon form after a space.
    ["2022-11-03 14:05:00 +0100", "2022-11-03T14:05+01:00"],
    ["2024-03-05 14:00:00 -04:00", "2024-03-05T14:00-04:00"],
    // The largest offsets in use.
    ["2024-03-05T14:00+14:00", "2024-03-05T14:00+14:00"],
    ["2024-03-05T14:00-12:00", "2024-03-05T14:00-12:00"],
    // Surrounding spaces do not matter.
    ["  2024-03-05  ", "2024-03-05"],
  ])("reads %s as %s", (input, expected) => {
    expect(parseIsoCalendar(input)).toBe(expected);
  });

  it.each([
    // No rollover: these days do not exist.
    ["2023-02-29"],
    ["2023-02-31"],
    ["2023-13-01"],
    ["2023-00-10"],
    // One-digit month or day is not ISO.
    ["2023-9-20"],
    // Hour 24, minute 60, second 60.
    ["2024-03-05T24:00"],
    ["2024-03-05T12:60"],
    ["2024-03-05T12:00:60"],
    // Offsets beyond ±14:00 or with impossible minutes.
    ["2024-03-05T14:00+14:30"],
    ["2024-03-05T14:00-15:00"],
    ["2024-03-05T14:00+05:75"],
    // An offset needs a time; an hour alone is not a time.
    ["2024-03-05Z"],
    ["2024-03-05T14"],
    // Not ISO at all.
    ["20240305"],
    ["March 5, 2024"],
    ["2024-03-05T14:00 GMT"],
    [""],
  ])("refuses %s", (input) => {
    expect(parseIsoCalendar(input)).toBeNull();
  });

  it("files a date under the day in its own offset", () => {
    // 23:30 at -04:00 is the next day in UTC; the archive keeps the day the article states.
    expect(dayOf(parseIsoCalendar("2024-03-05T23:30:00-04:00")!)).toBe("2024-03-05");
    expect(dayOf(parseIsoCalendar("2024-03-06T01:00:00+05:30")!)).toBe("2024-03-06");
  });
});

describe("normaliseOffset", () => {
  it.each([
    ["Z", "Z"],
    ["z", "Z"],
    ["+0530", "+05:30"],
    ["+05", "+05:00"],
    ["-4", "-04:00"],
    ["-00:00", "Z"],
    ["+14:01", null],
    ["+5:3", null],
  ])("writes %s as %s", (input, expected) => {
    expect(normaliseOffset(input)).toBe(expected);
  });
});

describe("calendarFromParts", () => {
  it("adds seconds only when not zero and the offset as given", () => {
    expect(calendarFromParts(2025, 7, 2, 14, 5, { second: 0, offset: "+04:00" })).toBe("2025-07-02T14:05+04:00");
    expect(calendarFromParts(2025, 7, 2, 14, 5, { second: 9 })).toBe("2025-07-02T14:05:09");
  });

  it("refuses a day that does not exist", () => {
    expect(calendarFromParts(2025, 2, 29)).toBeNull();
  });
});

describe("calendarParts", () => {
  it("splits a stored calendar string into its numbers", () => {
    expect(calendarParts("2024-03-05T14:00:07-04:00")).toEqual({
      year: 2024,
      month: 3,
      day: 5,
      time: { hour: 14, minute: 0, second: 7 },
      offset: "-04:00",
      offsetMinutes: -240,
    });
    expect(calendarParts("2024-03-05")).toMatchObject({ time: null, offset: null, offsetMinutes: null });
  });

  it("throws on a string that is not a stored calendar date", () => {
    expect(() => calendarParts("2024-03-05 14:00")).toThrow(TypeError);
  });
});

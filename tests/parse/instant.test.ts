import { describe, expect, it } from "vitest";
import { datedValue, instantMs, lastChange, offsetMinutes, offsetText, rfc3339, shownOffset } from "../../src/parse/instant";

describe("rfc3339", () => {
  it.each([
    // A stated offset is kept whatever the site's zone.
    ["2024-03-05T14:00+05:30", "America/New_York", "2024-03-05T14:00:00+05:30"],
    ["2024-03-05T14:00-04:00", "Asia/Kolkata", "2024-03-05T14:00:00-04:00"],
    ["2024-03-05T14:00:07Z", "Asia/Kolkata", "2024-03-05T14:00:07Z"],
    ["2024-03-05T14:00+00:00", "UTC", "2024-03-05T14:00:00+00:00"],
    // No offset: the site's zone on that day, summer time included.
    ["2024-03-05T14:00", "UTC", "2024-03-05T14:00:00Z"],
    ["2024-03-05T14:00", "Asia/Kolkata", "2024-03-05T14:00:00+05:30"],
    ["2024-07-05T14:00", "America/New_York", "2024-07-05T14:00:00-04:00"],
    ["2024-01-05T14:00", "America/New_York", "2024-01-05T14:00:00-05:00"],
    // A day alone is midnight in the site's zone.
    ["2024-03-05", "UTC", "2024-03-05T00:00:00Z"],
    ["2024-07-01", "Europe/Paris", "2024-07-01T00:00:00+02:00"],
  ])("writes %s in the site zone %s as %s", (date, timeZone, expected) => {
    expect(rfc3339(date, timeZone)).toBe(expected);
  });
});

describe("instantMs", () => {
  it.each([
    ["2024-03-05T14:00+05:30", "UTC", Date.UTC(2024, 2, 5, 8, 30)],
    ["2024-03-05T23:30-04:00", "Asia/Kolkata", Date.UTC(2024, 2, 6, 3, 30)],
    ["2024-03-05T14:00", "Asia/Kolkata", Date.UTC(2024, 2, 5, 8, 30)],
    ["2024-03-05", "America/New_York", Date.UTC(2024, 2, 5, 5)],
    // The hour after a summer-time change is read with the new offset.
    ["2024-03-10T03:30", "America/New_York", Date.UTC(2024, 2, 10, 7, 30)],
    // Years before 100 are not mistaken for 19xx.
    ["0099-01-01T00:00Z", "UTC", -59042995200000],
  ])("reads %s in %s as its instant", (date, timeZone, expected) => {
    expect(instantMs(date, timeZone)).toBe(expected);
  });

  it("gives a time skipped by a summer-time change one of the zone's two offsets", () => {
    expect([-300, -240]).toContain(offsetMinutes("2024-03-10T02:30", "America/New_York"));
  });
});

describe("offsets", () => {
  it.each([
    [0, "Z"],
    [330, "+05:30"],
    [-240, "-04:00"],
    [-570, "-09:30"],
  ])("writes %i minutes as %s", (minutes, expected) => {
    expect(offsetText(minutes)).toBe(expected);
  });

  it("shows the stated offset as written, else the site zone's", () => {
    expect(shownOffset("2024-03-05T14:00+00:00", "Asia/Kolkata")).toBe("+00:00");
    expect(shownOffset("2024-03-05T14:00", "Asia/Kolkata")).toBe("+05:30");
  });
});

describe("datedValue", () => {
  it("keeps a day a day and gives a time its offset", () => {
    expect(datedValue("2024-03-05", "Asia/Kolkata")).toBe("2024-03-05");
    expect(datedValue("2024-03-05T14:00", "Asia/Kolkata")).toBe("2024-03-05T14:00:00+05:30");
  });
});

describe("lastChange", () => {
  it.each([
    // Compared as instants: 09:00Z is after 14:00+05:30 (08:30Z) though its text sorts first.
    ["2024-03-05T14:00+05:30", "2024-03-05T09:00Z", "2024-03-05T09:00Z"],
    ["2024-03-05T14:00+05:30", "2024-03-05T08:00Z", "2024-03-05T14:00+05:30"],
    // An update equal to the publication keeps the publication.
    ["2024-03-05T14:00+05:30", "2024-03-05T08:30Z", "2024-03-05T14:00+05:30"],
    [null, "2024-03-05", "2024-03-05"],
    ["2024-03-05", null, "2024-03-05"],
  ])("picks the later of %s and %s", (published, updated, expected) => {
    expect(lastChange(published, updated, "UTC")).toBe(expected);
  });
});

import { describe, expect, it } from "vitest";
import { statedDate } from "../../src/html/statement-values";

const WINDOW = { minDate: "1900-01-01", maxDate: "2100-01-01" };

describe("statedDate keeps the offset a page states", () => {
  it.each([
    // meta article:published_time and JSON-LD forms.
    ["2019-11-19T23:30:00-08:00", "2019-11-19T23:30-08:00"],
    ["2024-05-14T06:02:00+05:30", "2024-05-14T06:02+05:30"],
    ["2024-05-14T06:02:00+0400", "2024-05-14T06:02+04:00"],
    ["2024-05-14T06:02:00.000Z", "2024-05-14T06:02Z"],
    // No offset stated: the wall time alone, read later in the site's zone.
    ["2024-05-14 06:02", "2024-05-14T06:02"],
    ["2024-05-14", "2024-05-14"],
    // An offset no zone has is not kept.
    ["2024-05-14T06:02:00+25:00", "2024-05-14T06:02"],
  ])("reads %s as %s", (value, expected) => {
    expect(statedDate(value, WINDOW)).toBe(expected);
  });
});

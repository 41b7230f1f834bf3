import { describe, expect, it } from "vitest";
import { findDates } from "../../src/extract/dates";
import { extractRaw } from "../../src/extract/extract";
import { zoneAfterTime } from "../../src/extract/stated-zone";

describe("zones printed after a time in a date line", () => {
  it.each([
    // A numeric offset after GMT or UTC, in any of the ways pages print it.
    ["May 14, 2024 6:02 AM GMT+4", "2024-05-14T06:02+04:00"],
    ["May 14, 2024 06:02 (GMT+04:00)", "2024-05-14T06:02+04:00"],
    ["14 May 2024, 18:30 UTC+05:30", "2024-05-14T18:30+05:30"],
    ["14 May 2024, 18:30 GMT−3", "2024-05-14T18:30-03:00"],
    // UTC and GMT alone.
    ["Published 14 May 2024, 14:00 UTC", "2024-05-14T14:00Z"],
    // Fixed abbreviations from the table.
    ["March 5, 2024 at 10:30 a.m. EDT", "2024-03-05T10:30-04:00"],
    ["5 March 2024 14:00 CET", "2024-03-05T14:00+01:00"],
    ["5 July 2024 14:00 CEST", "2024-07-05T14:00+02:00"],
    // A region's time takes the offset of that day: standard in January, summer in July.
    ["January 5, 2024 10:30 a.m. ET", "2024-01-05T10:30-05:00"],
    ["July 5, 2024 10:30 a.m. ET", "2024-07-05T10:30-04:00"],
    ["July 5, 2024 10:30 a.m. PT", "2024-07-05T10:30-07:00"],
    // A time printed before its date keeps its zone too.
    ["3:14 PM EST · Mar 5, 2024", "2024-03-05T15:14-05:00"],
    ["Mar 5, 2024 | 4:10pm EST", "2024-03-05T16:10-05:00"],
    // No zone printed: the wall time alone.
    ["Mar 5, 2024 | 4:10pm", "2024-03-05T16:10"],
    // Lower-case "et" is a word, not Eastern Time.
    ["5 March 2024, 14:00 et cetera", "2024-03-05T14:00"],
  ])("reads %j as %s", (line, value) => {
    expect(findDates(line).mentions.map((m) => m.value)).toEqual([value]);
  });

  it.each(["IST", "CST", "BST"])("leaves the offset off for %s, which names several zones, and says so", (zone) => {
    const [mention] = findDates(`March 5, 2024 10:30 ${zone}`).mentions;
    expect(mention?.value).toBe("2024-03-05T10:30");
    expect(mention?.zoneNote).toMatch(new RegExp(`${zone}.*several`));
  });

  it("puts the note about an ambiguous zone in the date's provenance", () => {
    const text = [
      "Council agrees bridge repair budget",
      "Published March 5, 2024 10:30 IST",
      "A paragraph of the article body long enough to be prose, with several words in it.",
    ].join("\n\n");
    const published = extractRaw(text).published;
    expect(published.value).toBe("2024-03-05T10:30");
    expect(published.provenance).toMatchObject({ kind: "extracted", detail: expect.stringMatching(/IST/) });
  });

  it("refuses an offset beyond ±14:00", () => {
    expect(zoneAfterTime("10:30 GMT+15", "2024-03-05T10:30")).toBeNull();
  });
});

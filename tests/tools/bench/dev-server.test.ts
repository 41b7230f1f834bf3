import { describe, expect, it } from "vitest";
import { devServerSummary } from "../../../src/tools/bench/dev-server";

describe("devServerSummary", () => {
  it.each([
    {
      // An odd count: the middle edit is the median; pages as a range when they differ.
      seconds: [0.5, 0.35, 0.41],
      pages: [4, 6, 4],
      line: "dev server: start 8.8 s; one-article edit median 0.41 s (0.35–0.50 s over 3 edits, 4–6 pages rewritten); unchanged save 0.06 s (0 pages)",
    },
    {
      // An even count: the lower of the two middle edits; one page count when they agree.
      seconds: [0.9, 0.2, 0.4, 0.3],
      pages: [4, 4, 4, 4],
      line: "dev server: start 8.8 s; one-article edit median 0.30 s (0.20–0.90 s over 4 edits, 4 pages rewritten); unchanged save 0.06 s (0 pages)",
    },
  ])("gives the start-up, the edits' median and range and the unchanged save in one line", ({ seconds, pages, line }) => {
    const edits = seconds.map((s, i) => ({ seconds: s, pages: pages[i]! }));
    expect(devServerSummary({ startSeconds: 8.8, edits, unchanged: { seconds: 0.06, pages: 0 } })).toBe(line);
  });
});

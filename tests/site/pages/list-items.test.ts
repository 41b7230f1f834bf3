import { describe, expect, it } from "vitest";
import { MAX_LIST_CHIPS, moreTopicsLabel } from "../../../src/site/pages/list-items";

describe("moreTopicsLabel", () => {
  it.each([
    [0, null],
    [MAX_LIST_CHIPS, null],
    [MAX_LIST_CHIPS + 1, "+1 more"],
    [10, `+${10 - MAX_LIST_CHIPS} more`],
  ])("for %i topics says %j", (count, expected) => {
    expect(moreTopicsLabel(count)).toBe(expected);
  });

  it("shows at most three chips in a list", () => {
    expect(MAX_LIST_CHIPS).toBe(3);
  });
});

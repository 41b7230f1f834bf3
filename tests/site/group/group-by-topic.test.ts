import { describe, expect, it } from "vitest";
import { groupByTopic } from "../../../src/site/group/group-by-topic";
import { TOPICS } from "../../helpers/records";

const item = (slug: string, published: string | null, topics: string[]) => ({ slug, published, topics });

describe("groupByTopic", () => {
  const groups = groupByTopic(
    [
      item("a", "2023-01-01", ["diplomacy"]),
      item("b", "2024-01-01", ["diplomacy", "armenia"]),
      // A repeated topic counts once.
      item("c", null, ["armenia", "armenia"]),
    ],
    TOPICS,
  );
  const bySlug = Object.fromEntries(groups.map((g) => [g.topic.slug, g.items.map((i) => i.slug)]));

  it("orders topics by label", () => {
    expect(groups.map((g) => g.topic.label)).toEqual(["Armenia", "Diplomacy", "Peacekeeping", "Unused topic"]);
  });

  it.each([
    ["diplomacy", ["b", "a"]],
    ["armenia", ["b", "c"]],
    // Topics without articles keep a group so their page exists.
    ["unused", []],
  ])("lists %s newest first", (slug, expected) => {
    expect(bySlug[slug]).toEqual(expected);
  });

  it("throws on a topic that is not in the taxonomy", () => {
    expect(() => groupByTopic([item("x", null, ["nope"])], TOPICS)).toThrow(/unknown topic `nope`/);
  });
});

import { describe, expect, it } from "vitest";
import { nameSlugs } from "../../src/archive/name-slugs";

describe("nameSlugs", () => {
  it("gives each distinct name its own slug, in a stable order", () => {
    expect([...nameSlugs(["Civil Net", "CivilNet", "Civil-Net", "Civil Net"])]).toEqual([
      ["Civil Net", "civil-net"],
      ["Civil-Net", "civil-net-2"],
      ["CivilNet", "civil-net-3"],
    ]);
  });

  it("keeps reserved slugs free and names empty slugs", () => {
    expect(nameSlugs(["Unknown", "日本"], ["unknown"])).toEqual(new Map([["Unknown", "unknown-2"], ["日本", "name"]]));
  });
});

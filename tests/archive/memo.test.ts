import { describe, expect, it } from "vitest";
import { sharedByKey } from "../../src/archive/memo";

describe("sharedByKey", () => {
  it("makes one value per key, on first use, and hands out that same value after", () => {
    const made: string[] = [];
    const links = sharedByKey((slug) => {
      made.push(slug);
      return { href: `/topics/${slug}/` };
    });
    const a = links("economy");
    expect(links("economy")).toBe(a);
    expect(links("health")).not.toBe(a);
    expect(links("health")).toEqual({ href: "/topics/health/" });
    expect(made).toEqual(["economy", "health"]);
  });
});

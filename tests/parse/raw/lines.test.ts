import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalize } from "../../../src/parse/raw/lines";

describe("normalize", () => {
  it("folds case, quotes, dashes, whitespace and compatibility forms", () => {
    expect(normalize("  Mayor\u00a0Resigns —\t‘Enough’  ")).toBe("mayor resigns - 'enough'");
    expect(normalize("`Quoted` “twice”")).toBe("'quoted' \"twice\"");
    expect(normalize("ﬁnal ①")).toBe("final 1");
  });

  it("gives plain ASCII text the same result whichever path it takes", () => {
    // A trailing "é" sends a text down the full path (NFKC and the foldings); plain printable
    // ASCII takes the short one. Both must agree on the ASCII part.
    const ascii = fc.stringMatching(/^[\x20-\x7e]{0,60}$/).map((s) => s.trim()).filter((s) => s !== "");
    fc.assert(
      fc.property(ascii, (text) => {
        expect(`${normalize(text)} é`).toBe(normalize(`${text} é`));
      }),
    );
  });
});

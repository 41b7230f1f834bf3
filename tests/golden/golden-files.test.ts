import { readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { tempDirs } from "../helpers/folders";
import { compareGolden, stableJson } from "../helpers/golden";

const temp = tempDirs();
afterAll(temp.remove);

describe("stableJson", () => {
  it.each([
    // Keys in code-unit order at every depth, whatever order they were built in.
    [{ b: 1, a: { d: 2, c: 3 } }, '{\n  "a": {\n    "c": 3,\n    "d": 2\n  },\n  "b": 1\n}\n'],
    // Arrays keep their order: it is data (body paragraphs, removed lines).
    [{ list: [{ z: 1, y: 2 }, 3] }, '{\n  "list": [\n    {\n      "y": 2,\n      "z": 1\n    },\n    3\n  ]\n}\n'],
    // Upper case before lower case: code units, not the locale.
    [{ b: 0, B: 0 }, '{\n  "B": 0,\n  "b": 0\n}\n'],
    [null, "null\n"],
  ])("prints %j with sorted keys and a final newline", (value, text) => {
    expect(stableJson(value)).toBe(text);
  });
});

describe("compareGolden", () => {
  it("finds a stored file with the same bytes the same, and leaves it untouched when updating", () => {
    const file = join(temp.make("golden-same"), "page.html");
    writeFileSync(file, "<p>é</p>\n");
    const before = statSync(file).mtimeMs;
    expect(compareGolden(file, "<p>é</p>\n", false)).toEqual({ kind: "same" });
    expect(compareGolden(file, "<p>é</p>\n", true)).toEqual({ kind: "same" });
    expect(statSync(file).mtimeMs).toBe(before);
  });

  it("reports a missing file with the command that writes it", () => {
    const file = join(temp.make("golden-missing"), "record.json");
    const comparison = compareGolden(file, "{}\n", false);
    expect(comparison).toEqual({ kind: "missing", message: expect.stringContaining("UPDATE_GOLDEN=1 npx vitest run tests/golden") });
  });

  it("reports a different file with what is stored, so the failure shows the diff", () => {
    const file = join(temp.make("golden-different"), "page.html");
    writeFileSync(file, "<p>old</p>\n");
    expect(compareGolden(file, "<p>new</p>\n", false)).toEqual({
      kind: "different",
      stored: "<p>old</p>\n",
      message: expect.stringMatching(/differs from what the build makes.*UPDATE_GOLDEN=1/),
    });
  });

  it("tells a difference in bytes alone: a stored byte-order mark is not ignored", () => {
    const file = join(temp.make("golden-bom"), "page.html");
    writeFileSync(file, "\uFEFF<p>x</p>\n");
    expect(compareGolden(file, "<p>x</p>\n", false)).toMatchObject({ kind: "different", stored: "\uFEFF<p>x</p>\n" });
  });

  it("rewrites a missing or different file when updating", () => {
    const dir = temp.make("golden-update");
    const missing = join(dir, "case", "record.json");
    const different = join(dir, "page.html");
    writeFileSync(different, "old\n");
    expect(compareGolden(missing, "{}\n", true)).toEqual({ kind: "written" });
    expect(compareGolden(different, "new\n", true)).toEqual({ kind: "written" });
    expect([readFileSync(missing, "utf8"), readFileSync(different, "utf8")]).toEqual(["{}\n", "new\n"]);
  });
});

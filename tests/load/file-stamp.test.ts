import { statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { fileStamp, joinStamps, RACY_WINDOW_MS } from "../../src/load/file-stamp";
import { tempDirs } from "../helpers/folders";

const temp = tempDirs();
afterAll(temp.remove);

describe("fileStamp", () => {
  const dir = temp.make("file-stamp");
  const file = join(dir, "a.txt");
  writeFileSync(file, "some bytes\n");
  /** The file's last change (its change time: writing it set both), in ms. */
  const changed = Math.max(statSync(file).mtimeMs, statSync(file).ctimeMs);

  it.each([
    // Taken in the same instant as the write: a rewrite could keep the same times.
    ["taken as the file changed", 0, true],
    ["taken just inside the window", RACY_WINDOW_MS - 1, true],
    ["taken once the window has passed", RACY_WINDOW_MS + 1, false],
    ["taken an hour later", 3_600_000, false],
  ])("is racy only within the window after the file last changed: %s", (_, after, racy) => {
    expect(fileStamp(file, changed + after).racy).toBe(racy);
  });

  it("changes with the size, and stays the same while the file is untouched", () => {
    const f = join(dir, "b.txt");
    writeFileSync(f, "one\n");
    const before = fileStamp(f, Date.now()).key;
    expect(fileStamp(f, Date.now()).key).toBe(before);
    writeFileSync(f, "one two\n");
    expect(fileStamp(f, Date.now()).key).not.toBe(before);
  });

  it("stamps a missing path and a link (not what it points to) with stamps of their own", () => {
    const link = join(dir, "link.txt");
    symlinkSync(file, link);
    expect(fileStamp(join(dir, "missing.txt"), Date.now())).toEqual({ key: "-", racy: false });
    expect(fileStamp(link, Date.now()).key).toMatch(/^l/);
    expect(fileStamp(file, Date.now()).key).toMatch(/^f11:/);
  });
});

describe("joinStamps", () => {
  it("holds every key and is racy when any part is", () => {
    const joined = joinStamps([
      { key: "f1:2:3:4", racy: false },
      { key: "-", racy: true },
    ]);
    expect(joined).toEqual({ key: "f1:2:3:4|-", racy: true });
    expect(joinStamps([{ key: "x", racy: false }]).racy).toBe(false);
  });
});

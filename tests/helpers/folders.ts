import { readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { expect } from "vitest";
import { listFileTree } from "../../src/util/file-tree";
import { tempDir } from "./run-build";

/** Expect folders `a` and `b` to hold the same files with the same bytes. */
export async function expectSameFolders(a: string, b: string): Promise<void> {
  const files = listFileTree(a);
  expect(listFileTree(b)).toEqual(files);
  for (const f of files) expect(readFileSync(join(b, f)).equals(readFileSync(join(a, f))), f).toBe(true);
}

/** Temporary folders for one test file: `make(name)` creates one, `remove()` deletes them all. */
export function tempDirs(): { make: (name: string) => string; remove: () => Promise<void> } {
  const made: string[] = [];
  return {
    make: (name) => {
      const d = tempDir(name);
      made.push(d);
      return d;
    },
    remove: async () => {
      for (const d of made) await rm(d, { recursive: true, force: true });
    },
  };
}

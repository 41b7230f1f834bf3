import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listFileTree } from "../../src/util/file-tree";
import { runBuild, tempDir } from "../helpers/run-build";

// Dates are calendar days, never the machine's local time: the same content must give the
// same bytes whether CI runs in UTC, a laptop in California (UTC-8/-7) or Kiritimati (UTC+14,
// the first place a new day starts).
const ZONES = ["UTC", "America/Los_Angeles", "Pacific/Kiritimati"] as const;
const FIXTURE = "tests/fixtures/site/good";

/** sha256 of every file under `dir`, by path. */
async function hashes(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const file of listFileTree(dir))
    out[file] = createHash("sha256")
      .update(readFileSync(join(dir, file)))
      .digest("hex");
  return out;
}

describe.each([
  ["the real content", []],
  ["the fixture site", ["--root", FIXTURE]],
] as const)("building %s in three time zones", (_name, args) => {
  const parent = tempDir("tz");
  const sites: Record<string, Record<string, string>> = {};
  beforeAll(async () => {
    for (const tz of ZONES) {
      const out = join(parent, tz.replace("/", "-"));
      const run = runBuild([...args, "--out", out], { TZ: tz });
      expect(run.status, run.stderr).toBe(0);
      sites[tz] = await hashes(out);
    }
  });
  afterAll(() => rm(parent, { recursive: true, force: true }));

  it("writes a non-trivial site", () => {
    expect(Object.keys(sites["UTC"]!).length).toBeGreaterThan(10);
  });

  it.each(ZONES.slice(1))("gives byte-identical files under TZ=%s as under TZ=UTC", (tz) => {
    expect(sites[tz]).toEqual(sites["UTC"]);
  });
});

import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/project-root";

// Dates never pass through the machine's zone: the probe must print the same bytes whatever
// TZ the process runs in. New York is behind UTC with summer time; Kolkata is ahead by a
// half hour, where a day boundary or an offset read from the host would show.
function probe(tz: string): string {
  const run = spawnSync(process.execPath, ["--import", "tsx", join(PROJECT_ROOT, "tests/helpers/date-probe.ts")], {
    cwd: PROJECT_ROOT,
    encoding: "utf8",
    env: { ...process.env, TZ: tz },
  });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout;
}

describe("dates under the machine's time zone", () => {
  const utc = probe("UTC");

  it("prints something to compare", () => {
    expect(JSON.parse(utc)).toMatchObject({
      parsed: ["2024-03-05", "2024-03-05T14:00", "2024-03-05T23:30-04:00", "2022-11-03T14:05+01:00", "2024-03-10T02:30"],
    });
  });

  it.each(["America/New_York", "Asia/Kolkata"])("gives the same dates, instants, labels and outputs under TZ=%s", (tz) => {
    expect(probe(tz)).toBe(utc);
  });
});

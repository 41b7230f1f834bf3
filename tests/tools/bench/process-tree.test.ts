import { describe, expect, it } from "vitest";
import { runSampled, treeResidentSets } from "../../../src/tools/bench/process-tree";

describe.skipIf(process.platform !== "linux")("process tree memory sampling", () => {
  it("finds this process's resident set", () => {
    const [own] = treeResidentSets(process.pid);
    const rssKiB = process.memoryUsage().rss / 1024;
    expect(own).toBeGreaterThan(rssKiB / 2);
    expect(own).toBeLessThan(rssKiB * 2);
  });

  it("counts a grandchild that holds memory: the peak total exceeds the largest single process", async () => {
    // The child starts a grandchild holding ~200 MiB and holds ~100 MiB itself, both for a while.
    const hold = (mib: number) => `const b = Buffer.alloc(${mib} * 2 ** 20, 1); setTimeout(() => b.length, 1500);`;
    const script = `const { spawn } = require("node:child_process"); spawn(process.execPath, ["-e", ${JSON.stringify(hold(200))}], { stdio: "inherit" }); ${hold(100)}`;
    const run = await runSampled(process.execPath, ["-e", script], { cwd: process.cwd(), intervalMs: 50 });
    expect(run.status).toBe(0);
    expect(run.peakProcessMiB).toBeGreaterThan(200);
    expect(run.peakTotalMiB).toBeGreaterThan(300);
  });
});

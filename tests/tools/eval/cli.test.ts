import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, "../../..");
const TSX = join(ROOT, "node_modules/.bin/tsx");
const evaluate = (...args: string[]) =>
  run(TSX, ["src/cli/eval.ts", ...args], { cwd: ROOT, env: { ...process.env, SOURCE_DATE_EPOCH: "1795000000" } });

const PAGE = [
  "Skip to content",
  "Council approves the new river bridge",
  "By Jane Doe",
  "March 4, 2025",
  "The council voted on Monday to approve a new bridge across the river, ending a ten-year debate.",
  "Work on the bridge will start in the spring and should take two years.",
  "Leave a Reply",
  "",
].join("\n");

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "eval-"));
  writeFileSync(join(dir, "bridge.txt"), PAGE);
  writeFileSync(
    join(dir, "bridge.json"),
    JSON.stringify({
      headline: "Council approves the new river bridge",
      authors: ["Jane Doe"],
      published: "2025-03-04",
      source: "Harbour Gazette",
      body: "The council voted on Monday to approve a new bridge across the river, ending a ten-year debate.\nWork on the bridge will start in the spring and should take two years.",
      truth_fields: ["headline", "authors", "published", "source", "body"],
    }),
  );
  // Not UTF-8: unreadable, so it counts as failed and all wrong.
  writeFileSync(join(dir, "broken.txt"), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x0a]));
  writeFileSync(
    join(dir, "broken.json"),
    JSON.stringify({ headline: "Caf\u00E9", published: null, truth_fields: ["headline", "published"] }),
  );
  // No truth: skipped.
  writeFileSync(join(dir, "unlabelled.txt"), PAGE);
});

describe("npm run eval", () => {
  it("scores every labelled case in process and ends with the score line", async () => {
    const { stdout } = await evaluate(dir);
    const lines = stdout.trim().split("\n");
    expect(lines[0]).toMatch(/^cases: 2 {2}failed \(crash\/timeout\/bad JSON\): 1 {2}schema warnings: 0 {2}mean time: \d+ ms$/);
    expect(lines).toContain("failures:");
    expect(lines.at(-2)).toMatch(/^time: mean \d+\.\d ms, max \d+\.\d ms per article \(in process\)$/);
    expect(lines.at(-1)).toBe("score: headline 0.50 authors 1.00 date 0.50 (wrong 0.00) source 0.00 body-F1 1.00 (n=2, failed 1)");
  });

  it("keeps only matching cases, prints each on stderr and writes a JSON report", async () => {
    const out = join(dir, "report.json");
    const { stdout, stderr } = await evaluate(dir, "--only", "bri", "--verbose", "--out", out);
    expect(stdout.trim().split("\n").at(-1)).toBe(
      "score: headline 1.00 authors 1.00 date 1.00 (wrong 0.00) source 0.00 body-F1 1.00 (n=1, failed 0)",
    );
    expect(stderr).toMatch(/^bridge {29}headline=1\.00 authors=1\.00 published=1\.00 source=0\.00 body=1\.00$/m);
    const report = JSON.parse(readFileSync(out, "utf8"));
    expect(report).toHaveLength(1);
    expect(report[0]).toMatchObject({ name: "bridge", failure: null, scores: { headline: 1, body: 1 }, pred: { authors: ["Jane Doe"] } });
  });

  it("exits 2 without a folder or without cases", async () => {
    await expect(evaluate()).rejects.toMatchObject({ code: 2 });
    await expect(evaluate(dir, "--only", "nothing-matches")).rejects.toMatchObject({ code: 2 });
  });

  it("pins the scores with --write-baseline and passes the gate against them", async () => {
    const file = join(dir, "baseline.json");
    await evaluate(dir, "--only", "bri", "--write-baseline", file);
    const baseline = JSON.parse(readFileSync(file, "utf8"));
    expect(baseline).toEqual({
      cases: 1,
      tolerance: 0.01,
      scores: { headline: 1, authors: 1, published: 1, publishedWrong: 0, source: 0, body: 1 },
    });
    const { stdout } = await evaluate(dir, "--only", "bri", "--baseline", file);
    expect(stdout).toMatch(/^gate: headline {7}1\.0000 {2}baseline 1\.0000 {2}ok$/m);
  });

  it("fails the gate (exit 1) when a field falls more than the tolerance below its baseline, or wrong dates rise", async () => {
    const file = join(dir, "raised.json");
    const scores = { headline: 1, authors: 1, published: 1, publishedWrong: 0, source: 0.011, body: 1 };
    writeFileSync(file, JSON.stringify({ cases: 1, tolerance: 0.01, scores }));
    const failed = await evaluate(dir, "--only", "bri", "--baseline", file).catch((e: { code: number; stdout: string }) => e);
    expect(failed).toMatchObject({ code: 1 });
    expect((failed as { stdout: string }).stdout).toMatch(/^gate: source {9}0\.0000 {2}baseline 0\.0110 {2}FAIL \(worse by 0\.0110\)$/m);
    // Within the tolerance: passes.
    writeFileSync(file, JSON.stringify({ cases: 1, tolerance: 0.01, scores: { ...scores, source: 0.01 } }));
    await expect(evaluate(dir, "--only", "bri", "--baseline", file)).resolves.toBeDefined();
  });

  it("fails the gate when the devset has a different number of cases than the baseline", async () => {
    const file = join(dir, "other.json");
    const scores = { headline: 0, authors: 0, published: 0, publishedWrong: 1, source: 0, body: 0 };
    writeFileSync(file, JSON.stringify({ cases: 5, tolerance: 0.01, scores }));
    await expect(evaluate(dir, "--only", "bri", "--baseline", file)).rejects.toMatchObject({ code: 1 });
  });
});

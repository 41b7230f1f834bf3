import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/project-root";
import { rootWithCases } from "../tools/editor/mistake-root";

function runCheck(args: readonly string[]) {
  const r = spawnSync(process.execPath, ["--import", "tsx", join(PROJECT_ROOT, "src/cli/check.ts"), ...args], {
    cwd: PROJECT_ROOT,
    encoding: "utf8",
    env: { ...process.env, SOURCE_DATE_EPOCH: "1798761600", TZ: "UTC" },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  await Promise.all(cleanups.map((c) => c()));
});

describe("npm run check", () => {
  it("passes the real content and says what the extractor found in each raw file", () => {
    const run = runCheck([]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^content\/articles\/000_20bb23d7441ab6bf\.txt$/m);
    expect(run.stdout).toMatch(/^ {2}headline {3}Azerbaijan Accused of Killing/m);
    expect(run.stdout).toMatch(/^ {2}published {2}2023-09-20 +extracted, line 3$/m);
    expect(run.stdout).toMatch(/to confirm or add in front matter: authors, source/);
    expect(run.stdout).toMatch(/Checked 5 files: 5 would be published, 0 errors, 0 warnings — ready to build\./);
  });

  it("exits 1 and lists every problem of every file when there is an error", async () => {
    const { root, cleanup } = await rootWithCases("misspelt-key", "impossible-date", "draft");
    cleanups.push(cleanup);
    const run = runCheck(["--root", root, "--problems-only"]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      "content/articles/tittle.md:2:1: error front-matter-unknown-key: Unknown key `tittle` (did you mean `title`?).",
    );
    expect(run.stdout).toContain("content/articles/feb-31.md:3:1: error invalid-date:");
    expect(run.stdout).toContain("content/articles/unfinished.md: warning draft-not-published:");
    expect(run.stdout).toContain("Checked 3 files: 0 would be published, 2 errors, 1 warning");
    expect(run.stdout).not.toContain("What the extractor found");
  });

  it("exits 0 on warnings alone", async () => {
    const { root, cleanup } = await rootWithCases("draft");
    cleanups.push(cleanup);
    expect(runCheck(["--root", root]).status).toBe(0);
  });

  it("exits 2 on an unknown option", () => {
    const run = runCheck(["--frobnicate"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("usage: npm run check");
  });
});

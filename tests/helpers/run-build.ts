import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PROJECT_ROOT } from "../../src/config/project-root";

/** What a run of a command (`src/cli/build.ts`, `src/cli/check.ts`) printed and returned. */
export interface BuildRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** A fresh temporary folder for a test's output. */
export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `${prefix}-`));
}

/**
 * Run the build command in a child process, as `npm run build` does, with a fixed clock and
 * time zone so runs are comparable. For tests of the command itself (its exit status, what it
 * prints, the process's time zone); other tests build in-process with `buildHere`.
 * @example runBuild(["--root", "tests/fixtures/site/good", "--out", dir])
 */
export function runBuild(args: readonly string[], env: Readonly<Record<string, string>> = {}): BuildRun {
  // Each build parses afresh unless the test is about the parse cache (and names its folder).
  const cache = args.includes("--cache-dir") ? [] : ["--no-cache"];
  return runCommand("src/cli/build.ts", [...args, ...cache], env);
}

/**
 * Run `npm run check` in a child process, with the clock and time zone of {@link runBuild}.
 * @example runCheck(["--root", root, "--problems-only"])
 */
export function runCheck(args: readonly string[], env: Readonly<Record<string, string>> = {}): BuildRun {
  return runCommand("src/cli/check.ts", args, env);
}

/** Run one of the commands of `src/cli/` from the project root. */
function runCommand(script: string, args: readonly string[], env: Readonly<Record<string, string>>): BuildRun {
  const result = spawnSync(process.execPath, ["--import", "tsx", join(PROJECT_ROOT, script), ...args], {
    cwd: PROJECT_ROOT,
    encoding: "utf8",
    // Workflow commands only when a test asks for them, also when the suite runs under GitHub Actions;
    // the site's address only when a test gives it (empty is unset), whatever the suite's environment;
    // and, as in CI, nothing written into a content folder (committed fixtures among them).
    env: {
      ...process.env,
      GITHUB_ACTIONS: "",
      CI: "true",
      SITE_URL: "",
      PATH_PREFIX: "",
      SOURCE_DATE_EPOCH: "1798761600",
      TZ: "UTC",
      ...env,
    },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * The few environment variables the site reads, interpreted in one place. Callers at the
 * edges (`.eleventy.ts`, `src/cli/`) pass `process.env` in; nothing below them reads it.
 */

/** Environment variables as Node exposes them. */
export type Environment = Readonly<Record<string, string | undefined>>;

/**
 * "Today" for date plausibility checks only: `SOURCE_DATE_EPOCH` (seconds) when set, so a
 * build can be repeated exactly, else the clock. Never used to date an article.
 * @throws TypeError when `SOURCE_DATE_EPOCH` is set but is not a non-negative integer.
 * @example buildNow({ SOURCE_DATE_EPOCH: "0" }).toISOString() //=> "1970-01-01T00:00:00.000Z"
 */
export function buildNow(env: Environment, clock: () => Date = () => new Date()): Date {
  const epoch = env["SOURCE_DATE_EPOCH"];
  if (epoch === undefined || epoch === "") return clock();
  if (!/^\d+$/.test(epoch)) throw new TypeError(`SOURCE_DATE_EPOCH must be whole seconds, got \`${epoch}\``);
  return new Date(Number(epoch) * 1000);
}

/**
 * Whether Eleventy runs its dev server or watcher (`ELEVENTY_RUN_MODE`, set by Eleventy):
 * drafts are shown and content errors are reported without stopping the server.
 */
export function isDevRun(env: Environment): boolean {
  const mode = env["ELEVENTY_RUN_MODE"];
  return mode === "serve" || mode === "watch";
}

/**
 * Whether the command runs in a GitHub Actions job (`GITHUB_ACTIONS=true`, set by the runner):
 * diagnostics are then also printed as workflow commands, which GitHub shows on the commit.
 * @example isGitHubActions({ GITHUB_ACTIONS: "true" }) //=> true
 */
export function isGitHubActions(env: Environment): boolean {
  return env["GITHUB_ACTIONS"] === "true";
}

/**
 * Whether the command runs in continuous integration (`CI`, set by GitHub Actions, GitLab CI
 * and most CI services, to anything but `false` or `0`): the build then never writes into
 * the content folder (the registry of published URLs is read, not updated).
 * @example isContinuousIntegration({ CI: "true" }) //=> true
 */
export function isContinuousIntegration(env: Environment): boolean {
  const ci = env["CI"];
  return ci !== undefined && ci !== "" && ci !== "false" && ci !== "0";
}

/**
 * The hosting settings from `SITE_URL` (origin for absolute links) and `PATH_PREFIX` (subpath
 * the site is served under). Unset or empty variables are left out so the defaults apply;
 * values are checked when the site data is built.
 * @example urlSettings({ PATH_PREFIX: "/archive/" }) //=> { pathPrefix: "/archive/" }
 */
export function urlSettings(env: Environment): { siteUrl?: string; pathPrefix?: string } {
  const siteUrl = env["SITE_URL"];
  const pathPrefix = env["PATH_PREFIX"];
  return {
    ...(siteUrl === undefined || siteUrl === "" ? {} : { siteUrl }),
    ...(pathPrefix === undefined || pathPrefix === "" ? {} : { pathPrefix }),
  };
}

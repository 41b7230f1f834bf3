import { resolve } from "node:path";
import { buildSite, type BuildOutcome } from "../../src/build/build-site";
import { PUBLISH, STRICT } from "../../src/build/content-policy";
import { buildNow } from "../../src/config/environment";
import { PROJECT_ROOT } from "../../src/config/project-root";
import { loadSettings } from "../../src/ingest/load-settings";
import { formatDiagnostic } from "../../src/diagnostics/messages";
import type { BuildShard } from "../../src/site/shard";

/** The test clock: "today" of every build unless a test moves it (as `runBuild` sets `SOURCE_DATE_EPOCH`). */
export const TEST_EPOCH = "1798761600";

/** The build command's options, as a test gives them to {@link buildHere}. */
export interface HereOptions {
  /** Project root holding the content folder, relative to the project or absolute (default: this project). */
  readonly root?: string | undefined;
  /** Output folder (absolute). */
  readonly out: string;
  /** `--drafts` */
  readonly drafts?: boolean | undefined;
  /** `--page-size` */
  readonly pageSize?: number | undefined;
  /** `--search-shard-size` */
  readonly searchShardSize?: number | undefined;
  /** `--render-batch-size` */
  readonly renderBatchSize?: number | undefined;
  /** `--render-workers` */
  readonly renderWorkers?: number | undefined;
  /** `--strict`: any content error stops the build. */
  readonly strict?: boolean | undefined;
  /** `--cache-dir`; without it no cache is read or written (as `runBuild` passes `--no-cache`). */
  readonly cacheDir?: string | undefined;
  /** The registry of published URLs: `update` as on an editor's machine, `frozen` as with `CI` set; default `read`. */
  readonly urlRegistry?: "update" | "frozen" | "read" | undefined;
  /** `--shard k/n`: only that part of the pages and of the search index. */
  readonly shard?: BuildShard | undefined;
  /**
   * `SITE_URL`, `PATH_PREFIX` and `SOURCE_DATE_EPOCH` (default {@link TEST_EPOCH}), read as the
   * build command reads them (with the root's `content/site.yml`, through `loadSettings`).
   */
  readonly env?: Readonly<Record<string, string>> | undefined;
}

/** A build that wrote its site. */
export type Built = Extract<BuildOutcome, { status: "built" }>;

/**
 * Build a site in this process, with the options and environment `npm run build` would be given,
 * through the same use case the command runs (`buildSite`). Eleventy resolves its input against
 * the working directory, which vitest sets to the project root.
 * @throws Error when the working directory is not the project root, or when the build throws.
 * @example const outcome = await buildHere({ root: "tests/fixtures/site/good", out, pageSize: 2 })
 */
export async function buildHere(options: HereOptions): Promise<BuildOutcome> {
  if (process.cwd() !== resolve(PROJECT_ROOT)) throw new Error(`buildHere runs from the project root, not ${process.cwd()}`);
  const env = { SOURCE_DATE_EPOCH: TEST_EPOCH, ...options.env };
  const root = resolve(PROJECT_ROOT, options.root ?? ".");
  const { settings, diagnostics } = loadSettings(root, {
    env,
    overrides: {
      includeDrafts: options.drafts ?? false,
      ...(options.pageSize === undefined ? {} : { pageSize: options.pageSize }),
      ...(options.searchShardSize === undefined ? {} : { searchShardSize: options.searchShardSize }),
    },
    production: true,
  });
  return buildSite({
    root,
    outDir: options.out,
    settings,
    settingsDiagnostics: diagnostics,
    now: buildNow(env),
    cacheDir: options.cacheDir ?? null,
    batchPages: options.renderBatchSize,
    renderWorkers: options.renderWorkers,
    policy: options.strict === true ? STRICT : PUBLISH,
    urlRegistry: options.urlRegistry,
    shard: options.shard,
  });
}

/**
 * {@link buildHere}, expecting the site to be built.
 * @throws Error holding the refusal, the content errors or the verification's problems otherwise.
 * @example const { site } = await builtHere({ out, searchShardSize: 2 })
 */
export async function builtHere(options: HereOptions): Promise<Built> {
  const outcome = await buildHere(options);
  if (outcome.status === "built") return outcome;
  throw new Error(`expected the site to be built, but the build ended "${outcome.status}":\n${outcomeReport(outcome)}`);
}

/**
 * What the build command prints to stderr about an outcome: the refusal, or the problems of the
 * written site and every diagnostic, one a line, in the command's format.
 * @example expect(outcomeReport(outcome)).toContain("draft-note.md:4:1: warning draft-not-published:")
 */
export function outcomeReport(outcome: BuildOutcome): string {
  if (outcome.status === "refused") return outcome.message;
  const problems = outcome.status === "failed" ? outcome.problems : [];
  return [...problems, ...outcome.ingest.diagnostics.map(formatDiagnostic)].join("\n");
}

import type { IngestResult } from "../ingest/ingest";
import { quarantine } from "../ingest/quarantine";
import type { Diagnostic } from "../types";

/**
 * How a run treats drafts and content errors, decided here once for every way the site is
 * built (the build command, the dev server, the plain Eleventy command).
 */
export interface ContentPolicy {
  /** Whether `draft: true` articles are on the site. */
  readonly includeDrafts: boolean;
  /**
   * Which content errors stop the build (nothing is written):
   * - `any`: every error (`--strict`, for CI that refuses a site with any doubtful file);
   * - `site`: only site-level errors (see `quarantine`); a file with an error is left out of the
   *   site and named in the summary;
   * - `none`: nothing; files with errors are left out until fixed (a preview).
   */
  readonly stopOn: "any" | "site" | "none";
}

/** The public site: drafts left out, files with errors quarantined, a site-level error stops the build. */
export const PUBLISH: ContentPolicy = Object.freeze({ includeDrafts: false, stopOn: "site" });

/** The public site under `--strict`: drafts left out, any content error stops the build and nothing is written. */
export const STRICT: ContentPolicy = Object.freeze({ includeDrafts: false, stopOn: "any" });

/** A preview (the dev server, `eleventy --serve`): drafts shown, files with errors left out until fixed. */
export const PREVIEW: ContentPolicy = Object.freeze({ includeDrafts: true, stopOn: "none" });

/** The errors among an ingest's diagnostics. */
export function contentErrors(result: Pick<IngestResult, "diagnostics">): Diagnostic[] {
  return result.diagnostics.filter((d) => d.severity === "error");
}

/**
 * The errors that stop a build under `policy` (empty when it may go on).
 * @example stoppingErrors(PUBLISH, ingestResult) //=> [] when only single files have errors
 */
export function stoppingErrors(policy: ContentPolicy, result: Pick<IngestResult, "files" | "diagnostics">): readonly Diagnostic[] {
  if (policy.stopOn === "none") return [];
  return policy.stopOn === "any" ? contentErrors(result) : quarantine(result).siteErrors;
}

/** Whether `result` may be built under `policy`. */
export function mayBuild(policy: ContentPolicy, result: Pick<IngestResult, "files" | "diagnostics">): boolean {
  return stoppingErrors(policy, result).length === 0;
}

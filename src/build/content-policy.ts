import type { IngestResult } from "../ingest/ingest";
import type { Diagnostic } from "../types";

/**
 * How a run treats drafts and content errors, decided here once for every way the site is
 * built (the build command, the dev server, the plain Eleventy command).
 */
export interface ContentPolicy {
  /** Whether `draft: true` articles are on the site. */
  readonly includeDrafts: boolean;
  /** Whether a content error stops the build (otherwise the files with errors are left out until fixed). */
  readonly errorsStopBuild: boolean;
}

/** The public site: drafts left out, any content error stops the build and nothing is written. */
export const PUBLISH: ContentPolicy = Object.freeze({ includeDrafts: false, errorsStopBuild: true });

/** A preview (the dev server, `eleventy --serve`): drafts shown, files with errors left out until fixed. */
export const PREVIEW: ContentPolicy = Object.freeze({ includeDrafts: true, errorsStopBuild: false });

/** The errors among an ingest's diagnostics. */
export function contentErrors(result: Pick<IngestResult, "diagnostics">): Diagnostic[] {
  return result.diagnostics.filter((d) => d.severity === "error");
}

/** Whether `result` may be built under `policy`. */
export function mayBuild(policy: ContentPolicy, result: Pick<IngestResult, "diagnostics">): boolean {
  return !policy.errorsStopBuild || contentErrors(result).length === 0;
}

import { buildSiteData } from "../site/build-site-data";
import type { SiteData } from "../site/site-data";
import { formatDiagnostic } from "../diagnostics/messages";
import { buildNow, isDevRun, type Environment } from "../config/environment";
import { originalsFromDisk } from "../load/original-bytes";
import { ingest } from "../ingest/ingest";
import { loadSettings } from "../ingest/load-settings";
import { PREVIEW, PUBLISH, stoppingErrors } from "./content-policy";

/**
 * Site data for Eleventy when it runs without the build command or the dev server (the plain
 * Eleventy CLI): ingest `content/`, print every diagnostic, and build the site data, under the
 * same policy as the build command (`PUBLISH`) or, in a dev run (`eleventy --serve`), as the dev
 * server (`PREVIEW`).
 * @param env `process.env` of the Eleventy process.
 * @param root the project root holding the content folder.
 * @throws Error when a one-off build meets a site-level content error (a file with an error is
 *   only left out), so Eleventy exits non-zero.
 */
export async function siteDataForEleventy(env: Environment, root: string): Promise<SiteData> {
  const policy = isDevRun(env) ? PREVIEW : PUBLISH;
  const { settings, diagnostics } = loadSettings(root, {
    env,
    overrides: { includeDrafts: policy.includeDrafts },
    production: policy !== PREVIEW,
  });
  const result = await ingest(settings, root, { now: buildNow(env), settingsDiagnostics: diagnostics });
  for (const d of result.diagnostics) console.error(formatDiagnostic(d));
  const stopping = stoppingErrors(policy, result);
  if (stopping.length > 0) throw new Error(`${stopping.length} site-level content error(s); see the messages above`);
  return buildSiteData(result.records, result.topics, settings, originalsFromDisk(root, settings), undefined, result.urls.redirects);
}

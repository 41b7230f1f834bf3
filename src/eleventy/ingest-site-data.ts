import { buildSiteData } from "../site/build-site-data";
import type { SiteData } from "../site/site-data";
import type { ArchiveSettings } from "../settings";
import type { Diagnostic } from "../types";
import { resolveSettings } from "../settings";
import { buildNow, isDevRun, urlSettings, type Environment } from "./environment";

/**
 * Site data for Eleventy when it runs without the build command or the dev server (the plain
 * Eleventy CLI): ingest `content/`, print every diagnostic, and build the site data.
 *
 * In a dev run (`eleventy --serve`), drafts are included and content errors are printed but not fatal (the files
 * with errors are left out until fixed). In a one-off build, any error throws so Eleventy
 * exits non-zero, as `npm run build` does.
 *
 * @param env `process.env` of the Eleventy process.
 * @param root the project root holding the content folder.
 * @throws Error when a one-off build meets a content error.
 */
export async function ingestSiteData(env: Environment, root: string): Promise<SiteData> {
  // Imported lazily so Eleventy can load its config (and render data handed over by the
  // build command) without pulling in the whole ingestion pipeline.
  const { ingest } = await import("../pipeline/ingest");
  const { formatDiagnostic } = await import("../diagnostics/messages");
  const { originalTextFromDisk } = await import("../load/original-text");
  const dev = isDevRun(env);
  const settings: ArchiveSettings = resolveSettings({ includeDrafts: dev, ...urlSettings(env) });
  const result = await ingest(settings, root, { now: buildNow(env) });
  for (const d of result.diagnostics as readonly Diagnostic[]) console.error(formatDiagnostic(d));
  const errors = result.diagnostics.filter((d: Diagnostic) => d.severity === "error").length;
  if (errors > 0 && !dev) throw new Error(`${errors} content error(s); see the messages above`);
  return buildSiteData(result.records, result.topics, settings, originalTextFromDisk(root, settings));
}

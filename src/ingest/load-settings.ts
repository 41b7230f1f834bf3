import { lstatSync } from "node:fs";
import path from "node:path";
import { urlSettings, type Environment } from "../config/environment";
import { DEFAULT_SETTINGS, resolveSettings, type ArchiveSettings } from "../config/settings";
import { report } from "../diagnostics/messages";
import { linkOnPath } from "../load/list-files";
import { readArticleFileSync } from "../load/read-file";
import { parseSiteFile, SITE_FILE, type SiteFileSettings } from "../parse/site-file";
import type { Diagnostic } from "../types";

/** Where a run's settings come from, besides the settings file. */
export interface SettingsSources {
  /** The environment (`SITE_URL`, `PATH_PREFIX`); a variable set and not empty wins over the file. */
  readonly env: Environment;
  /** What the command line and the run decide (`--page-size`, drafts, the content folder): wins over both. */
  readonly overrides?: Partial<ArchiveSettings> | undefined;
  /**
   * Whether the run makes the public site (`npm run build`, `npm run check`): then a site
   * address set nowhere is a warning. A preview (the dev server) is read locally, so it is not.
   */
  readonly production: boolean;
}

/** A run's settings, and the problems of the settings file. */
export interface LoadedSettings {
  readonly settings: ArchiveSettings;
  /** `settings-file-invalid` errors and the `site-url-unset` warning, reported with the content's. */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * The one way every command reads its settings: the defaults, then `content/site.yml`, then the
 * environment variables, then the command's own options, each over the one before. A missing
 * settings file means the defaults; an invalid key keeps its default and is an error (one the
 * build stops on, like an invalid taxonomy: a site with the wrong address or name would be wrong
 * on every page).
 * @param root the project root holding the content folder
 * @example loadSettings(root, { env: process.env, overrides: { includeDrafts: true }, production: false }).settings.siteName
 */
export function loadSettings(root: string, sources: SettingsSources): LoadedSettings {
  const contentDir = sources.overrides?.contentDir ?? DEFAULT_SETTINGS.contentDir;
  const display = path.posix.join(contentDir, SITE_FILE);
  const file = readSiteFile(root, display);
  const env = urlSettings(sources.env);
  const settings = resolveSettings({ ...file.settings, ...env, ...sources.overrides });
  const diagnostics = [...file.diagnostics];
  if (sources.production && !file.urlSet && env.siteUrl === undefined) {
    const message = `Neither \`url\` in ${display} nor \`SITE_URL\` gives the site's address; feeds, the sitemap, canonical links and structured data use the placeholder ${DEFAULT_SETTINGS.siteUrl}.`;
    diagnostics.push(report("site-url-unset", display, message));
  }
  return { settings, diagnostics };
}

/** The settings file's settings, or none when there is no file. */
function readSiteFile(root: string, display: string): SiteFileSettings {
  const none: SiteFileSettings = { settings: {}, urlSet: false, diagnostics: [] };
  const link = linkOnPath(root, display);
  if (link !== null) {
    const message = `\`${link}\` is a symbolic link; the settings are read only from a real file, so the defaults apply.`;
    return { ...none, diagnostics: [report("symlink-refused", display, message)] };
  }
  try {
    lstatSync(path.join(root, display));
  } catch {
    // The file is optional: without it every setting keeps its default.
    return none;
  }
  const read = readArticleFileSync(path.join(root, display), display, DEFAULT_SETTINGS);
  if (read.text === null) return { ...none, diagnostics: read.diagnostics };
  const parsed = parseSiteFile(display, read.text);
  return { ...parsed, diagnostics: [...read.diagnostics, ...parsed.diagnostics] };
}

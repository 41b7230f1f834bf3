import { lstatSync } from "node:fs";
import { rm, rmdir } from "node:fs/promises";
import path from "node:path";
import { type Changes, touchedBy } from "./changes";

export { changesIn, type Changes } from "./changes";
import { buildSiteData } from "../site/build-site-data";
import { ViewCache } from "../site/view-identity";
import type { SiteData } from "../site/site-data";
import { formatDiagnostic } from "../diagnostics/messages";
import { RENDER_BATCH_PAGES, renderAllPages, renderPages, type WrittenPage } from "../render/render-site";
import { buildSite, type UrlRegistryMode } from "../build/build-site";
import { PREVIEW } from "../build/content-policy";
import { BuildCaches } from "../cache/build-caches";
import { OutputFolderError } from "../output/staged-output";
import type { FileListing } from "../load/list-files";
import { byCodeUnits } from "../util/compare";
import { assembleIngest, listContent, loadTopics, withFrozenUrls, type IngestResult } from "../ingest/ingest";
import { registryReader, saveUrlRegistry } from "../ingest/url-registry-file";
import type { Redirect, UrlClaim } from "../ingest/permanent-urls";
import type { ArchiveSettings } from "../config/settings";
import { TOPICS_FILE } from "../topics/load-topics";
import type { LoadedSettings } from "../ingest/load-settings";
import { SITE_FILE } from "../parse/site-file";
import type { ArticleRecord, Diagnostic, Topic } from "../types";
import { diffPages } from "./page-diff";
import { onlyPages, pageUrls } from "../site/site-pages";
import { articleUrl } from "../site/urls";
import { ParseCache } from "../ingest/parse-cache";
import { containerFile } from "../load/list-files";
import { originalsFromDisk } from "../load/original-bytes";

/** Where a dev session reads and writes, and how. */
export interface DevSessionOptions {
  /** Absolute project root holding the content folder. */
  readonly root: string;
  /** Absolute output folder; the first build writes every page and deletes what no page wrote (the search index aside), then only changed pages are written. */
  readonly outDir: string;
  /** Archive settings (drafts are normally included in a dev session). */
  readonly settings: ArchiveSettings;
  /** The settings file's problems when `settings` were read (`loadSettings`), reported with the content's. */
  readonly settingsDiagnostics?: readonly Diagnostic[];
  /**
   * Reads the settings again; called when the settings file (`content/site.yml`) changed, and
   * the whole site is then built with what it returns. Without it the settings never change.
   */
  readonly reloadSettings?: () => LoadedSettings;
  /** "Today" for the future-date check, asked at every build. */
  readonly now: () => Date;
  /** Most pages per Eleventy run when every page is rendered (default `RENDER_BATCH_PAGES`). */
  readonly batchPages?: number;
  /**
   * The folder of the build's caches (see `npm run build -- --cache-dir`): the first build then
   * parses only files changed since the cache was saved, and renders only the pages that differ
   * from the last build into the output folder that saved its list of pages. Without it the
   * first build parses and renders everything.
   */
  readonly cacheDir?: string;
  /** The registry of published URLs: `update` registers new URLs after each build (see `BuildOptions.urlRegistry`); default `read`. */
  readonly urlRegistry?: UrlRegistryMode;
}

/** What one build of a dev session did. */
export interface BuildReport {
  /** URLs of the pages written (new or changed), in code-unit order. */
  readonly written: readonly string[];
  /** URLs of the pages whose files were deleted. */
  readonly removed: readonly string[];
  /** Pages the first build kept as the last build into the folder left them (0 for later builds). */
  readonly kept: number;
  /** Article files read and parsed afresh, or gone, since the last build. */
  readonly changedFiles: readonly string[];
  /** Every record, diagnostic and file of the content, as `npm run build` would see it. */
  readonly result: IngestResult;
  /** The diagnostics the previous build did not have (all of them on the first build). */
  readonly newDiagnostics: readonly Diagnostic[];
  readonly seconds: number;
}

/**
 * The dev server's incremental build. The first build ingests everything and writes the whole
 * site; each later build is given the paths a watcher saw change and
 * 1. lists the content folder again only when a file was added, removed or replaced by
 *    something else, and parses again only files whose bytes changed ({@link ParseCache});
 * 2. puts the outcomes together exactly as `npm run build` does (`assembleIngest`);
 * 3. builds the site data and compares every page's view with the previous build's
 *    (`diffPages`), then deletes the files of removed pages and renders only the new and
 *    changed pages into the existing folder.
 * Files with errors are left out (their pages removed) and their diagnostics reported; the
 * session goes on. Builds must not overlap: await each one before starting the next.
 */
export class DevSession {
  readonly #options: DevSessionOptions;
  /** The settings of the next build and their problems: the options' until the settings file changes. */
  #settings: LoadedSettings;
  #cache = new ParseCache();
  /** The parse cache and where the list of rendered pages is kept, shared with whole-site builds. */
  #caches: BuildCaches | undefined;
  #listing: FileListing | null = null;
  #listed = new Set<string>();
  #topics: { readonly topics: Topic[]; readonly diagnostics: Diagnostic[] } | null = null;
  /** The data of the pages in the output folder, and what it was built from. */
  #site: SiteData | null = null;
  #records: readonly ArticleRecord[] = [];
  #redirects: readonly Redirect[] = [];
  /**
   * The URLs each draft was shown under in this session: drafts are never registered, but a
   * draft whose headline changes while its page is open should land on its new URL too.
   */
  readonly #draftUrls = new Map<string, Set<string>>();
  #siteTopics: readonly Topic[] | null = null;
  /** Reads `content/urls.yml` again only when it changed. */
  readonly #readRegistry = registryReader();
  /** Views kept from one build of the site data to the next (see `view-identity.ts`). */
  readonly #views = new ViewCache();
  /** Files written for each page URL, relative to the output folder. */
  readonly #pageFiles = new Map<string, string[]>();
  #reported = new Set<string>();
  /** Whether the next render starts from an empty folder: the first one, or after a failed one. */
  #fresh = true;

  private constructor(options: DevSessionOptions) {
    this.#options = options;
    this.#settings = { settings: options.settings, diagnostics: options.settingsDiagnostics ?? [] };
  }

  /** The data of the pages now in the output folder (null before the first render). */
  get site(): SiteData | null {
    return this.#site;
  }

  /**
   * Build the whole site once, over what the output folder holds (see `#render`).
   * @throws Error when the output folder may not be replaced (see `outputFolderProblem`) or
   *   Eleventy fails; content errors are reported, not thrown.
   */
  static async start(options: DevSessionOptions): Promise<{ session: DevSession; report: BuildReport }> {
    const session = new DevSession(options);
    session.#caches = await BuildCaches.open(options.root, options.outDir, options.cacheDir ?? null);
    session.#cache = session.#caches.parse;
    return { session, report: await session.build({ content: [], templates: [] }) };
  }

  /**
   * Bring the output folder up to date after `changes`.
   * @throws Error when Eleventy fails; the next build then writes the whole site again.
   */
  async build(changes: Changes): Promise<BuildReport> {
    const started = performance.now();
    const { root, reloadSettings } = this.#options;
    if (reloadSettings !== undefined && changes.content.includes(path.posix.join(this.#settings.settings.contentDir, SITE_FILE))) {
      // The name, the page size or the address may change every page: the whole site is built again.
      this.#settings = reloadSettings();
      this.#fresh = true;
    }
    if (this.#fresh) return this.#buildWhole(started);
    const { settings, diagnostics: settingsDiagnostics } = this.#settings;
    const topicsFile = path.posix.join(settings.contentDir, TOPICS_FILE);
    const previouslyListed = this.#listed;
    if (this.#listing === null || !this.#listingHolds(changes.content)) {
      this.#listing = await listContent(root, settings);
      this.#listed = new Set(this.#listing.articles);
    }
    if (this.#topics === null || changes.content.includes(topicsFile)) this.#topics = await loadTopics(root, settings);

    const listing = this.#listing;
    const { topics } = this.#topics;
    const ctx = { topics, settings, now: this.#options.now() };
    const { outcomes, parsed } = await this.#cache.outcomes(root, listing.articles, ctx, touchedBy(changes.content));
    const urlRegistry = this.#readRegistry(root, settings);
    const scan = {
      listing,
      topics,
      topicDiagnostics: this.#topics.diagnostics,
      settingsDiagnostics,
      urlRegistry,
      claims: this.#draftClaims(),
    };
    const assembled = assembleIngest(scan, outcomes, settings);
    const result = this.#options.urlRegistry === "frozen" ? withFrozenUrls(assembled) : assembled;
    const gone = [...previouslyListed].filter((file) => !this.#listed.has(file));

    // A page template may change any page; an asset changes no page but must be copied.
    const everyPage = changes.templates.some((file) => !file.startsWith("assets/"));
    const current = this.#site;
    // The created topics follow from the records, so the taxonomy and the records decide.
    const unchanged =
      current !== null &&
      topics === this.#siteTopics &&
      sameItems(result.records, this.#records) &&
      JSON.stringify(result.urls.redirects) === JSON.stringify(this.#redirects);
    let pages: { written: string[]; removed: string[]; kept: number } = { written: [], removed: [], kept: 0 };
    if (!unchanged || changes.templates.length > 0) {
      const originals = originalsFromDisk(root, settings);
      const next = unchanged
        ? current
        : buildSiteData(result.records, result.topics, settings, originals, this.#views, result.urls.redirects);
      pages = await this.#render(next, everyPage);
      this.#records = result.records;
      this.#redirects = result.urls.redirects;
      this.#siteTopics = topics;
    }
    if (this.#options.urlRegistry === "update") await saveUrlRegistry(root, result.urls);
    this.#rememberDrafts(result.records);

    return {
      ...pages,
      changedFiles: [...parsed, ...gone].sort(byCodeUnits),
      result,
      newDiagnostics: this.#newDiagnostics(result),
      seconds: (performance.now() - started) / 1000,
    };
  }

  /**
   * The whole site, as `npm run build` builds it (`buildSite`) but as a preview: drafts shown,
   * files with errors left out, and the search index taken over from the last build (the
   * server brings it up to date in the background, so a restart does not index it all again).
   * The first build checks every file's stamp: a parse cache loaded from disk may predate any edit.
   */
  async #buildWhole(started: number): Promise<BuildReport> {
    const { root, outDir, batchPages } = this.#options;
    const outcome = await buildSite({
      root,
      outDir,
      settings: this.#settings.settings,
      settingsDiagnostics: this.#settings.diagnostics,
      now: this.#options.now(),
      caches: this.#caches,
      batchPages: batchPages ?? RENDER_BATCH_PAGES,
      policy: PREVIEW,
      searchIndex: "keep",
      views: this.#views,
      urlRegistry: this.#options.urlRegistry,
    });
    if (outcome.status === "refused") throw new OutputFolderError(outcome.message);
    if (outcome.status !== "built")
      throw new Error(
        outcome.status === "failed"
          ? `The site did not pass its checks:\n${outcome.problems.join("\n")}`
          : "Content errors stopped a preview build",
      );
    const { data, rendered } = outcome.site;
    this.#site = data;
    this.#records = outcome.ingest.records;
    this.#redirects = outcome.ingest.urls.redirects;
    this.#rememberDrafts(outcome.ingest.records);
    this.#siteTopics = outcome.ingest.topics;
    this.#listing = null;
    this.#topics = null;
    this.#listed = new Set(outcome.ingest.records.map((r) => containerFile(r.file)));
    this.#pageFiles.clear();
    this.#rememberFiles(rendered.pages);
    this.#fresh = false;
    return {
      written: pageUrls(data)
        .filter((url) => !rendered.kept.has(url))
        .sort(byCodeUnits),
      removed: [],
      kept: rendered.kept.size,
      changedFiles: [...outcome.ingest.parsedFiles].sort(byCodeUnits),
      result: outcome.ingest,
      newDiagnostics: this.#newDiagnostics(outcome.ingest),
      seconds: (performance.now() - started) / 1000,
    };
  }

  /** The URLs drafts were shown under, as claims on their files (see `#draftUrls`). */
  #draftClaims(): UrlClaim[] {
    return [...this.#draftUrls].flatMap(([file, urls]) => [...urls].map((url) => ({ path: url, file, stated: { file, line: undefined } })));
  }

  #rememberDrafts(records: readonly ArticleRecord[]): void {
    for (const record of records) {
      if (!record.draft) continue;
      const urls = this.#draftUrls.get(record.file) ?? new Set<string>();
      this.#draftUrls.set(record.file, urls.add(articleUrl(record.slug)));
    }
  }

  /** The diagnostics of `result` that the previous build did not report. */
  #newDiagnostics(result: IngestResult): Diagnostic[] {
    const formatted = new Map(result.diagnostics.map((d) => [formatDiagnostic(d), d]));
    const fresh = [...formatted].filter(([text]) => !this.#reported.has(text)).map(([, d]) => d);
    this.#reported = new Set(formatted.keys());
    return fresh;
  }

  /**
   * Delete the files of removed pages and render new and changed ones (every page when
   * `everyPage`) into the output folder. When rendering fails, the next build writes the whole
   * site again.
   */
  async #render(next: SiteData, everyPage: boolean): Promise<{ written: string[]; removed: string[]; kept: number }> {
    const diff = diffPages(this.#site, next);
    const written = everyPage ? pageUrls(next).sort(byCodeUnits) : [...diff.added, ...diff.changed].sort(byCodeUnits);
    const out = this.#options.outDir;
    this.#fresh = true;
    await this.#deletePages(diff.removed);
    const toWrite = new Set(written);
    // Every page in batches, as the build does, so Eleventy never holds a large site's pages at once.
    const batchPages = this.#options.batchPages ?? RENDER_BATCH_PAGES;
    this.#rememberFiles(
      everyPage
        ? await renderAllPages(next, out, batchPages)
        : await renderPages(
            onlyPages(next, (url) => toWrite.has(url)),
            out,
          ),
    );
    this.#site = next;
    this.#fresh = false;
    return { written, removed: diff.removed, kept: 0 };
  }

  /**
   * Whether the file listing is still right after `changed`: every changed path under the
   * articles folder is an article file already listed and still a regular file. Anything else
   * (a new, deleted or renamed file, a folder) needs the folder listed again.
   */
  #listingHolds(changed: readonly string[]): boolean {
    const articles = path.posix.join(this.#settings.settings.contentDir, "articles");
    for (const file of changed) {
      if (file !== articles && !file.startsWith(`${articles}/`)) continue;
      if (!this.#listed.has(file)) return false;
      try {
        if (!lstatSync(path.join(this.#options.root, file)).isFile()) return false;
      } catch {
        return false;
      }
    }
    return true;
  }

  async #deletePages(urls: readonly string[]): Promise<void> {
    const out = this.#options.outDir;
    for (const url of urls) {
      for (const file of this.#pageFiles.get(url) ?? []) {
        await rm(path.join(out, file), { force: true });
        await pruneEmptyFolders(out, path.dirname(path.join(out, file)));
      }
      this.#pageFiles.delete(url);
    }
  }

  #rememberFiles(pages: readonly WrittenPage[]): void {
    const fresh = new Map<string, string[]>();
    for (const { url, file } of pages) fresh.set(url, [...(fresh.get(url) ?? []), file]);
    for (const [url, files] of fresh) this.#pageFiles.set(url, files);
  }
}

/** Remove `dir` and its parents up to (not including) `root` while they are empty. */
async function pruneEmptyFolders(root: string, dir: string): Promise<void> {
  for (let current = dir; current.startsWith(`${root}${path.sep}`); current = path.dirname(current)) {
    try {
      await rmdir(current);
    } catch {
      return;
    }
  }
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

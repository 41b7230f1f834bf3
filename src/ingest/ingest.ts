import path from "node:path";
import type { ArchiveSettings } from "../config/settings";
import type { ArticleRecord, Diagnostic, Topic } from "../types";
import { listArticleFiles, type FileListing } from "../load/list-files";
import { loadTopics } from "../topics/load-topics";
import { createdTopics, type CreatedTopic } from "../topics/created-topics";
import { report, sortDiagnostics } from "../diagnostics/messages";
import { parseFiles, type FileOutcome } from "./parse-pool";
import { crossFileChecks } from "./cross-file";
import type { ParseCache } from "./parse-cache";
import { parsedOf } from "./parse-context";
import { isInDraftsFolder } from "../record/file-name";
import {
  aliasClaims,
  permanentUrls,
  registryClaims,
  unregisteredWarning,
  type LoadedRegistry,
  type PermanentUrls,
  type UrlClaim,
} from "./permanent-urls";
import { loadUrlRegistry } from "./url-registry-file";
import { URL_REGISTRY_FILE } from "../parse/url-registry";

export { readArticleFile } from "../load/read-file";
export { loadTopics } from "../topics/load-topics";
export { parseArticleText, type ParseContext } from "./parse-article";

/** Everything the archive stage needs: valid records, the taxonomy and every problem found. */
export interface IngestResult {
  /** Only files without errors; drafts excluded unless settings.includeDrafts; sorted by file. */
  records: ArticleRecord[];
  /** The taxonomy's topics, then the topics created from names it lacks (see {@link IngestResult.createdTopics}). */
  topics: Topic[];
  /** The topics the records name that the taxonomy does not list, by slug: what `npm run check` lists. */
  createdTopics: CreatedTopic[];
  /** Every problem in every file, sorted by file then line. */
  diagnostics: Diagnostic[];
  /** Every file seen under content/articles, relative to root (e.g. "content/articles/a.txt"). */
  files: string[];
  /** Old URLs that redirect, and the registry of published URLs brought up to date (`permanent-urls.ts`). */
  urls: PermanentUrls;
}

/** How many article files were parsed, and how many outcomes came from the parse cache. */
export interface CacheUse {
  readonly parsed: number;
  /** The files parsed afresh (new, or their bytes changed), in listing order. */
  readonly parsedFiles: readonly string[];
  readonly cached: number;
  /** How many cached files were read to compare their bytes (their stamp changed or was not trusted). */
  readonly hashed: number;
}

/** What the content folder holds besides the articles' own text: the file listing and the taxonomy. */
export interface ContentScan {
  readonly listing: FileListing;
  readonly topics: Topic[];
  /** Problems with `topics.yml`. */
  readonly topicDiagnostics: Diagnostic[];
  /** Problems with the settings file (see `loadSettings`), reported with the rest. */
  readonly settingsDiagnostics?: readonly Diagnostic[] | undefined;
  /** The registry of published URLs, `urls.yml`, and its problems (none read: an empty registry). */
  readonly urlRegistry?: { readonly registry: LoadedRegistry; readonly diagnostics: Diagnostic[] } | undefined;
  /** Old paths claimed besides the registry's (the dev server's: URLs its drafts were shown under). */
  readonly claims?: readonly UrlClaim[] | undefined;
}

/** What an ingest is given besides the settings and the root. */
export interface IngestOptions {
  /** Reference time for the future-date check (pass `SOURCE_DATE_EPOCH`). */
  readonly now?: Date | undefined;
  /** The settings file's problems (`LoadedSettings.diagnostics`), reported with the content's. */
  readonly settingsDiagnostics?: readonly Diagnostic[] | undefined;
}

/**
 * Read the whole content folder into records. Never stops at the first bad file: every file is
 * read and every problem collected, so editors see all of them in one build. Every file seen
 * ends up as a record, with an error, or skipped with a warning saying why.
 * @param settings archive settings (content folder, limits, drafts)
 * @param root project root; paths in the result are relative to it
 * @param options the reference time and the settings file's problems
 * @example const { records, diagnostics } = await ingest(resolveSettings(), process.cwd(), { now })
 */
export async function ingest(settings: ArchiveSettings, root: string, options: IngestOptions = {}): Promise<IngestResult> {
  const listing = await listContent(root, settings);
  const { topics, diagnostics: topicDiagnostics } = await loadTopics(root, settings);
  // In worker threads for large archives; outcomes come back in the order of the listing.
  const outcomes = await parseFiles(root, listing.articles, { topics, settings, now: options.now });
  return assembleIngest(
    { listing, topics, topicDiagnostics, settingsDiagnostics: options.settingsDiagnostics, urlRegistry: loadUrlRegistry(root, settings) },
    outcomes,
    settings,
  );
}

/**
 * {@link ingest}, parsing only the files whose bytes are not in `cache` yet (a cached file is
 * read and hashed only when its stamp changed); `cache` is updated with what was parsed.
 * @returns the ingest result and how many files were parsed afresh or taken from the cache.
 */
export async function ingestWithCache(
  settings: ArchiveSettings,
  root: string,
  cache: ParseCache,
  options: IngestOptions = {},
): Promise<IngestResult & CacheUse> {
  const listing = await listContent(root, settings);
  const { topics, diagnostics: topicDiagnostics } = await loadTopics(root, settings);
  const { outcomes, parsed, hashed } = await cache.outcomes(root, listing.articles, { topics, settings, now: options.now }, () => true);
  return {
    ...assembleIngest(
      { listing, topics, topicDiagnostics, settingsDiagnostics: options.settingsDiagnostics, urlRegistry: loadUrlRegistry(root, settings) },
      outcomes,
      settings,
    ),
    parsed: parsed.length,
    parsedFiles: parsed,
    cached: listing.articles.length - parsed.length,
    hashed: hashed.length,
  };
}

/**
 * List the article files of the content folder (`<contentDir>/articles`, recursively).
 * @param root project root; listed paths are relative to it
 */
export function listContent(root: string, settings: Pick<ArchiveSettings, "contentDir">): Promise<FileListing> {
  return listArticleFiles(root, path.posix.join(settings.contentDir, "articles"));
}

/**
 * The pure last step of {@link ingest}: put each article file's outcome together with the
 * listing and the taxonomy, run the archive-wide checks, and leave out what must not be
 * published (files with errors, duplicates, and drafts unless `settings.includeDrafts`), and
 * add to the taxonomy the topics the published records name that it lacks.
 * Headline slugs shared by several files are suffixed here (see `resolveSlugCollisions`), and
 * the old URLs of the published records decided (see `permanentUrls`).
 * The dev server calls it with outcomes it has kept from earlier builds for unchanged files.
 * @param outcomes one per `scan.listing.articles` entry, in the same order
 */
export function assembleIngest(
  scan: ContentScan,
  outcomes: readonly FileOutcome[],
  settings: Pick<ArchiveSettings, "includeDrafts" | "contentDir">,
): IngestResult {
  const empty = { file: path.posix.join(settings.contentDir, URL_REGISTRY_FILE), entries: [] };
  const registry = scan.urlRegistry ?? { registry: empty, diagnostics: [] };
  const diagnostics: Diagnostic[] = [
    ...scan.listing.diagnostics,
    ...(scan.settingsDiagnostics ?? []),
    ...scan.topicDiagnostics,
    ...registry.diagnostics,
  ];
  const built: ArticleRecord[] = [];
  // Loops, not push(...list): spreading one argument per item overflows the stack on long lists.
  for (const outcome of outcomes) {
    for (const d of outcome.readDiagnostics) diagnostics.push(d);
    for (const parsed of parsedOf(outcome)) {
      for (const d of parsed.diagnostics) diagnostics.push(d);
      if (parsed.record) built.push(parsed.record);
    }
  }

  // Drafts take part in the duplicate checks: publishing one later must not change any URL.
  const cross = crossFileChecks(built, settings.contentDir);
  for (const d of cross.diagnostics) diagnostics.push(d);
  const records: ArticleRecord[] = [];
  for (const record of cross.records) {
    if (cross.rejected.has(record.file)) continue;
    if (record.draft && !settings.includeDrafts) {
      diagnostics.push(draftNotPublished(record));
      continue;
    }
    records.push(record);
  }

  // From the records published only: a quarantined file or a hidden draft creates no topic page.
  const created = createdTopics(records);
  const topics = created.length === 0 ? scan.topics : [...scan.topics, ...created.map((c) => c.topic)];
  const claims = [...registryClaims(registry.registry, settings.contentDir), ...aliasesOf(records), ...(scan.claims ?? [])];
  const { urls, diagnostics: urlDiagnostics } = permanentUrls(records, scan.listing.seen, registry.registry, claims, settings.contentDir);
  for (const d of urlDiagnostics) diagnostics.push(d);
  return { records, topics, createdTopics: created, diagnostics: sortDiagnostics(diagnostics), files: scan.listing.seen, urls };
}

/**
 * The old addresses the published records name in front matter (`aliases`), as claims beside
 * the registry's. Their form was checked with the front matter, so no problem is left to report.
 */
function aliasesOf(records: readonly ArticleRecord[]): UrlClaim[] {
  return records.flatMap((r) => (r.aliases === undefined ? [] : aliasClaims(r.file, r.aliases.paths, r.aliases).claims));
}

/**
 * Why a draft is left out, and how to publish it: a `draft: true` key (reported on its line, in the
 * file that holds it), or Jekyll's `_drafts/` folder.
 */
function draftNotPublished(record: ArticleRecord): Diagnostic {
  const file = record.file;
  if (!isInDraftsFolder(file)) {
    const at = record.draftMarked;
    return report("draft-not-published", at?.file ?? file, "The article is marked `draft: true`.", at ? { line: at.line, column: 1 } : {});
  }
  const message = "The article is in a `_drafts/` folder, so it is a draft (as Jekyll reads it).";
  return report("draft-not-published", file, message, { hint: "Move it out of `_drafts/`, or add `draft: false`, to publish it." });
}

/**
 * `result` as a build that does not write the registry of published URLs reports it (CI,
 * `--frozen-urls`): with the `urls-unregistered` warning when published URLs are missing from it.
 * @example withFrozenUrls(result).diagnostics.some((d) => d.id === "urls-unregistered")
 */
export function withFrozenUrls<T extends IngestResult>(result: T): T {
  const extra = unregisteredWarning(result.urls);
  return extra.length === 0 ? result : { ...result, diagnostics: sortDiagnostics([...result.diagnostics, ...extra]) };
}

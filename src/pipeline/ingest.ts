import path from "node:path";
import type { ArchiveSettings } from "../settings";
import type { ArticleRecord, Diagnostic, Topic } from "../types";
import { listArticleFiles } from "../load/list-files";
import { loadTopics } from "../topics/load-topics";
import { report, sortDiagnostics } from "../diagnostics/messages";
import { parseFiles } from "./parse-pool";
import { crossFileChecks } from "./cross-file";

export { readArticleFile } from "../load/read-file";
export { loadTopics } from "../topics/load-topics";
export { parseArticleText, type ParseContext } from "./parse-article";

/** Everything the archive stage needs: valid records, the taxonomy and every problem found. */
export interface IngestResult {
  /** Only files without errors; drafts excluded unless settings.includeDrafts; sorted by file. */
  records: ArticleRecord[];
  topics: Topic[];
  /** Every problem in every file, sorted by file then line. */
  diagnostics: Diagnostic[];
  /** Every file seen under content/articles, relative to root (e.g. "content/articles/a.txt"). */
  files: string[];
}

/**
 * Read the whole content folder into records. Never stops at the first bad file: every file is
 * read and every problem collected, so editors see all of them in one build. Every file seen
 * ends up as a record, with an error, or skipped with a warning saying why.
 * @param settings archive settings (content folder, limits, drafts)
 * @param root project root; paths in the result are relative to it
 * @param options.now reference time for the future-date check (pass `SOURCE_DATE_EPOCH`)
 * @example const { records, diagnostics } = await ingest(resolveSettings(), process.cwd(), { now })
 */
export async function ingest(settings: ArchiveSettings, root: string, options: { now?: Date } = {}): Promise<IngestResult> {
  const articlesDir = path.posix.join(settings.contentDir, "articles");
  const listing = await listArticleFiles(root, articlesDir);
  const { topics, diagnostics: topicProblems } = await loadTopics(root, settings);
  const diagnostics: Diagnostic[] = [...listing.diagnostics, ...topicProblems];
  const built: ArticleRecord[] = [];

  // In worker threads for large archives; outcomes come back in the order of the listing.
  const outcomes = await parseFiles(root, listing.articles, { topics, settings, now: options.now });
  for (const { readDiagnostics, parsed } of outcomes) {
    diagnostics.push(...readDiagnostics);
    if (parsed === null) continue;
    diagnostics.push(...parsed.diagnostics);
    if (parsed.record) built.push(parsed.record);
  }

  // Drafts take part in the duplicate checks: publishing one later must not change any URL.
  const cross = crossFileChecks(built);
  diagnostics.push(...cross.diagnostics);
  const records: ArticleRecord[] = [];
  for (const record of built) {
    if (cross.rejected.has(record.file)) continue;
    if (record.draft && !settings.includeDrafts) {
      diagnostics.push(report("draft-not-published", record.file, "The article is marked `draft: true`."));
      continue;
    }
    records.push(record);
  }

  return { records, topics, diagnostics: sortDiagnostics(diagnostics), files: listing.seen };
}

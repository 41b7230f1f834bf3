import path from "node:path";
import { extractOutput, type ExtractContext } from "../extract-output";
import { countBySeverity, formatDiagnostic } from "../../diagnostics/messages";
import { ingest } from "../../ingest/ingest";
import { quarantine, quarantineLine, type QuarantinedFile } from "../../ingest/quarantine";
import { readArticleFile } from "../../load/read-file";
import { formatOf } from "../../load/list-files";
import type { LoadedSettings } from "../../ingest/load-settings";
import type { Diagnostic } from "../../types";
import { formatFieldSummary, summariseFields, type FieldFinding } from "./field-summary";
import { plural } from "../../util/plural";
import type { CreatedTopic } from "../../topics/created-topics";
import { TOPICS_FILE } from "../../topics/load-topics";

/** What {@link checkContent} found. */
export interface CheckResult {
  /** Every diagnostic of every file, sorted by file then line (as the build reports them). */
  readonly diagnostics: Diagnostic[];
  /** For each raw `.txt` file that could be read, what the extractor found. */
  readonly raw: { readonly file: string; readonly findings: FieldFinding[] }[];
  /** Every file seen under `content/articles/`. */
  readonly files: string[];
  /** Files that would become article pages in `npm run build`. */
  readonly publishable: number;
  /** Files with errors, which `npm run build` leaves out of the site (in file order). */
  readonly quarantined: readonly QuarantinedFile[];
  /** Errors about no single article file (the taxonomy, the content folder): they stop the build. */
  readonly siteErrors: readonly Diagnostic[];
  readonly errors: number;
  readonly warnings: number;
  /** Topics the articles name that `topics.yml` does not list; the build creates them. */
  readonly createdTopics: readonly CreatedTopic[];
  /** Whether `topics.yml` had errors: every name then looks new, so none is listed. */
  readonly taxonomyFailed: boolean;
  /** Notes: what was accepted and how (e.g. keys only another generator reads, ignored). */
  readonly notes: number;
}

/**
 * Validate the whole content folder exactly as `npm run build` does (same ingestion, same
 * cross-file checks, drafts left out) without rendering anything, and for each raw text file
 * collect what the extractor found.
 * @param root project root holding the content folder
 * @param loaded the settings as `loadSettings` read them (drafts are not published, as in the
 *   build), with the settings file's problems, which are reported with the rest
 * @param now "today" for the future-date check
 * @example const result = await checkContent(process.cwd(), { settings: resolveSettings(), diagnostics: [] }, new Date())
 */
export async function checkContent(root: string, loaded: LoadedSettings, now: Date): Promise<CheckResult> {
  const { settings } = loaded;
  // The registry of published URLs is checked, never written; URLs it lacks are no problem of
  // the content (the next build registers them), so they are not reported here.
  const result = await ingest(settings, root, { now, settingsDiagnostics: loaded.diagnostics });
  const ctx: ExtractContext = { settings, now, topics: result.topics };
  const raw: CheckResult["raw"] = [];
  for (const file of result.files) {
    if (formatOf(file) !== "text") continue;
    const read = await readArticleFile(path.join(root, file), file, settings);
    // Unreadable files already carry their diagnostic from the ingest above.
    if (read.text === null) continue;
    // The same output the `extract` command prints, so the two never disagree.
    const { output } = extractOutput(file, read.text, ctx);
    raw.push({ file, findings: summariseFields(output) });
  }
  const { error: errors, warning: warnings, note: notes } = countBySeverity(result.diagnostics);
  const topicsFile = path.posix.join(settings.contentDir, TOPICS_FILE);
  return {
    createdTopics: result.createdTopics,
    taxonomyFailed: result.diagnostics.some((d) => d.file === topicsFile && d.severity === "error"),
    diagnostics: result.diagnostics,
    raw,
    files: result.files,
    publishable: result.records.length,
    ...quarantine(result),
    errors,
    warnings,
    notes,
  };
}

/**
 * The check report as printed: the field summary of each raw file, then every diagnostic,
 * then the quarantined files, then the topics the build would create, then one closing line
 * with the counts and what the build would do.
 * @param options.fields false to print only the diagnostics and the counts
 * @param options.strict true when the build would run with `--strict` (any error stops it)
 */
export function formatCheckReport(result: CheckResult, options: { fields?: boolean; strict?: boolean } = {}): string {
  const parts: string[] = [];
  if (options.fields !== false && result.raw.length > 0) {
    parts.push("What the extractor found in each raw text file:\n");
    parts.push(result.raw.map((r) => formatFieldSummary(r.file, r.findings)).join("\n\n"), "");
  }
  if (result.diagnostics.length > 0) {
    const heading = result.notes > 0 ? "Problems and notes:" : "Problems:";
    parts.push(heading, result.diagnostics.map(formatDiagnostic).join("\n"), "");
  }
  if (result.quarantined.length > 0) {
    parts.push("Quarantined (left out of the site until fixed):", ...result.quarantined.map((q) => `  ${quarantineLine(q)}`), "");
  }
  parts.push(...createdTopicsSection(result));
  const files = plural(result.files.length, "file");
  const counts = `${result.publishable} would be published, ${result.quarantined.length} quarantined, ${plural(result.errors, "error")}, ${plural(result.warnings, "warning")}${result.notes > 0 ? `, ${plural(result.notes, "note")}` : ""}`;
  parts.push(`Checked ${files}: ${counts} — ${verdict(result, options.strict === true)}.`);
  return parts.join("\n");
}

/**
 * Whether `npm run check` fails (exit 1): on a site-level error, which stops every build, and
 * under `--strict` on any error; files that would only be quarantined do not fail it.
 */
export function checkFails(result: CheckResult, strict: boolean): boolean {
  return result.siteErrors.length > 0 || (strict && result.errors > 0);
}

/**
 * The topics the build would create, one line each (`Peace Keeping (peace-keeping): 3 articles,
 * first content/articles/a.md`), so an editor can curate them in `topics.yml`; nothing when
 * there are none. While `topics.yml` has errors every name looks new, so none is listed.
 */
function createdTopicsSection(result: Pick<CheckResult, "createdTopics" | "taxonomyFailed">): string[] {
  if (result.createdTopics.length === 0) return [];
  if (result.taxonomyFailed) return ["New topics are listed once content/topics.yml is fixed.", ""];
  return [
    `New topics (${result.createdTopics.length}), not in content/topics.yml; add them there to set a label, description or aliases:`,
    ...result.createdTopics.map((c) => `  ${c.topic.label} (${c.topic.slug}): ${plural(c.articles, "article")}, first ${c.firstFile}`),
    "",
  ];
}

/** What `npm run build` would do with the content checked. */
function verdict(result: CheckResult, strict: boolean): string {
  if (result.siteErrors.length > 0) return "fix the site-level errors above; `npm run build` would fail";
  if (result.errors === 0) return "ready to build";
  if (strict) return "fix the errors above; `npm run build -- --strict` would fail";
  return "`npm run build` would publish the rest and leave the quarantined files out; fix the errors above to publish them";
}

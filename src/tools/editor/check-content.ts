import path from "node:path";
import { extractOutput, type ExtractContext } from "../extract-output";
import { formatDiagnostic } from "../../diagnostics/messages";
import { ingest } from "../../ingest/ingest";
import { quarantine, quarantineLine, type QuarantinedFile } from "../../ingest/quarantine";
import { readArticleFile } from "../../load/read-file";
import { formatOf } from "../../load/list-files";
import type { ArchiveSettings } from "../../config/settings";
import type { Diagnostic } from "../../types";
import { formatFieldSummary, summariseFields, type FieldFinding } from "./field-summary";
import { plural } from "../../util/plural";

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
}

/**
 * Validate the whole content folder exactly as `npm run build` does (same ingestion, same
 * cross-file checks, drafts left out) without rendering anything, and for each raw text file
 * collect what the extractor found.
 * @param root project root holding the content folder
 * @param settings archive settings (drafts are not published, as in the build)
 * @param now "today" for the future-date check
 * @example const result = await checkContent(process.cwd(), resolveSettings(), new Date())
 */
export async function checkContent(root: string, settings: ArchiveSettings, now: Date): Promise<CheckResult> {
  // The registry of published URLs is checked, never written; URLs it lacks are no problem of
  // the content (the next build registers them), so they are not reported here.
  const result = await ingest(settings, root, { now });
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
  const errors = result.diagnostics.filter((d) => d.severity === "error").length;
  return {
    diagnostics: result.diagnostics,
    raw,
    files: result.files,
    publishable: result.records.length,
    ...quarantine(result),
    errors,
    warnings: result.diagnostics.length - errors,
  };
}

/**
 * The check report as printed: the field summary of each raw file, then every diagnostic,
 * then the quarantined files, then one closing line with the counts and what the build would do.
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
    parts.push("Problems:", result.diagnostics.map(formatDiagnostic).join("\n"), "");
  }
  if (result.quarantined.length > 0) {
    parts.push("Quarantined (left out of the site until fixed):", ...result.quarantined.map((q) => `  ${quarantineLine(q)}`), "");
  }
  const files = plural(result.files.length, "file");
  const counts = `${result.publishable} would be published, ${result.quarantined.length} quarantined, ${plural(result.errors, "error")}, ${plural(result.warnings, "warning")}`;
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

/** What `npm run build` would do with the content checked. */
function verdict(result: CheckResult, strict: boolean): string {
  if (result.siteErrors.length > 0) return "fix the site-level errors above; `npm run build` would fail";
  if (result.errors === 0) return "ready to build";
  if (strict) return "fix the errors above; `npm run build -- --strict` would fail";
  return "`npm run build` would publish the rest and leave the quarantined files out; fix the errors above to publish them";
}

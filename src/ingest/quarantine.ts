import type { Diagnostic } from "../types";
import type { IngestResult } from "./ingest";
import { plural } from "../util/plural";

/** A content file left out of the site because of its errors. */
export interface QuarantinedFile {
  /** Path relative to the project root, e.g. `content/articles/a.txt`. */
  readonly file: string;
  /** The file's errors in report order (file line, then id); the first is the one summaries show. */
  readonly errors: readonly Diagnostic[];
}

/** Which errors leave one file out, and which make the whole site untrustworthy. */
export interface ContentVerdict {
  /** Every file seen under `content/articles/` with at least one error, in file order. */
  readonly quarantined: readonly QuarantinedFile[];
  /**
   * Errors about no single article file: the taxonomy (`topics.yml`), a content folder that is a
   * symbolic link or cannot be listed. A site built despite them would be wrong everywhere
   * (untagged articles, or articles missing without being named), so they stop the build.
   */
  readonly siteErrors: readonly Diagnostic[];
}

/**
 * Split an ingest's errors into quarantined files and site-level errors. An error belongs to a
 * file when it names one of the files seen under `content/articles/` (its record, if any, was
 * already left out by the ingest); any other error is site-level. Warnings are neither.
 * @param result an ingest's files seen and its diagnostics (sorted by file, as the ingest returns them)
 * @returns the quarantined files in file order, and the site-level errors
 * @example quarantine({ files: ["content/articles/a.txt"], diagnostics: [missingHeadline] }).quarantined[0].file //=> "content/articles/a.txt"
 */
export function quarantine(result: Pick<IngestResult, "files" | "diagnostics">): ContentVerdict {
  const seen = new Set(result.files);
  const byFile = new Map<string, Diagnostic[]>();
  const siteErrors: Diagnostic[] = [];
  for (const d of result.diagnostics) {
    if (d.severity !== "error") continue;
    if (!seen.has(d.file)) {
      siteErrors.push(d);
      continue;
    }
    const errors = byFile.get(d.file);
    if (errors === undefined) byFile.set(d.file, [d]);
    else errors.push(d);
  }
  const quarantined = [...byFile].map(([file, errors]) => ({ file, errors }));
  return { quarantined, siteErrors };
}

/**
 * One line naming a quarantined file and why, as the build summary and `npm run check` print
 * it: `path:line: id: message`, and how many more errors the file has.
 * @example quarantineLine({ file: "content/articles/a.txt", errors: [d] }) //=> "content/articles/a.txt:3: missing-headline: No headline was found …"
 */
export function quarantineLine(entry: QuarantinedFile): string {
  const [first, ...more] = entry.errors;
  if (first === undefined) return entry.file;
  const where = first.line === undefined ? entry.file : `${entry.file}:${first.line}`;
  const rest = more.length === 0 ? "" : ` (and ${plural(more.length, "more error")})`;
  return `${where}: ${first.id}: ${first.message}${rest}`;
}

import { writeFile } from "node:fs/promises";
import { countBySeverity } from "../diagnostics/messages";
import { quarantine } from "../ingest/quarantine";
import type { IngestResult } from "../ingest/ingest";
import type { Diagnostic } from "../types";
import { writeAtomically } from "../util/atomic-write";
import type { ContentPolicy } from "./content-policy";

/**
 * The machine-readable report of a build: every diagnostic, the quarantined files and the
 * counts, written beside the output folder (never inside it: it is not published). It holds no
 * time, cache figure or absolute path, so the same content gives the same bytes.
 */
export interface BuildReport {
  /** How the build ended (`built`, `content-errors` or `failed`; see `BuildOutcome`). */
  readonly status: "built" | "content-errors" | "failed";
  /** `site` (files with errors are quarantined) or `any` (`--strict`: any error stops the build). */
  readonly stopOn: ContentPolicy["stopOn"];
  /** Whether a new site was put in place of the output folder. */
  readonly siteWritten: boolean;
  readonly counts: {
    /** Files seen under `content/articles/`. */
    readonly files: number;
    /** Files that are (or, when no site was written, would be) article pages. */
    readonly articles: number;
    readonly quarantined: number;
    readonly errors: number;
    readonly warnings: number;
    /** Notes: never problems, listed by `npm run check`. */
    readonly notes: number;
  };
  /** Each file left out because of its errors, in file order. */
  readonly quarantined: readonly { readonly file: string; readonly errors: readonly Diagnostic[] }[];
  /** Errors about no single article file (the taxonomy, the content folder). */
  readonly siteErrors: readonly Diagnostic[];
  /** What the verification of the written site found (empty unless `failed`). */
  readonly problems: readonly string[];
  /** Every diagnostic, sorted by file then line. */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * The report of a build that read the content.
 * @param status how the build ended
 * @param ingest what the ingest found
 * @param policy the build's content policy
 * @param problems the verification's problems, for a `failed` build
 * @example buildReport("built", outcome.ingest, PUBLISH).counts.quarantined //=> 2
 */
export function buildReport(
  status: BuildReport["status"],
  ingest: Pick<IngestResult, "files" | "diagnostics" | "records">,
  policy: ContentPolicy,
  problems: readonly string[] = [],
): BuildReport {
  const verdict = quarantine(ingest);
  const diagnostics = ingest.diagnostics.map(stable);
  const { error: errors, warning: warnings, note: notes } = countBySeverity(diagnostics);
  return {
    status,
    stopOn: policy.stopOn,
    siteWritten: status === "built",
    counts: {
      files: ingest.files.length,
      articles: ingest.records.length,
      quarantined: verdict.quarantined.length,
      errors,
      warnings,
      notes,
    },
    quarantined: verdict.quarantined.map((q) => ({ file: q.file, errors: q.errors.map(stable) })),
    siteErrors: verdict.siteErrors.map(stable),
    problems,
    diagnostics,
  };
}

/**
 * Write `report` to `file` as indented JSON (through a temporary file, so a reader never sees
 * half of it).
 */
export async function writeBuildReport(file: string, report: BuildReport): Promise<void> {
  await writeAtomically(file, (temporary) => writeFile(temporary, `${JSON.stringify(report, null, 2)}\n`));
}

/** A diagnostic with its keys in one fixed order, whichever stage (or the parse cache) made it. */
function stable(d: Diagnostic): Diagnostic {
  return {
    file: d.file,
    ...(d.line === undefined ? {} : { line: d.line }),
    ...(d.column === undefined ? {} : { column: d.column }),
    severity: d.severity,
    id: d.id,
    message: d.message,
    ...(d.hint === undefined ? {} : { hint: d.hint }),
  };
}

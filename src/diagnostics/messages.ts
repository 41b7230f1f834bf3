import type { Diagnostic, Severity } from "../types";
import { byCodeUnits } from "../util/compare";
import { MESSAGES, type MessageSpec } from "./catalogue";

export { MESSAGES, type MessageSpec } from "./catalogue";

/** A diagnostic id from the catalogue. */
export type DiagnosticId = keyof typeof MESSAGES;

/** Position and overrides for {@link report}. */
export interface ReportOptions {
  readonly line?: number | undefined;
  readonly column?: number | undefined;
  /** Replaces the catalogue hint when the occurrence allows a sharper one (e.g. "did you mean…"). */
  readonly hint?: string | undefined;
}

/**
 * Build a diagnostic from the catalogue.
 * @param id catalogue id; fixes severity and default hint
 * @param file path relative to the project root
 * @param message what happened in this occurrence (no "Error:" prefix)
 * @example report("empty-file", "content/articles/a.txt", "The file is empty.", { line: 1 })
 */
export function report(id: DiagnosticId, file: string, message: string, options: ReportOptions = {}): Diagnostic {
  const spec: MessageSpec = MESSAGES[id];
  return {
    id,
    severity: spec.severity,
    file,
    ...(options.line !== undefined ? { line: options.line } : {}),
    ...(options.column !== undefined ? { column: options.column } : {}),
    message,
    hint: options.hint ?? spec.hint,
  };
}

/**
 * One line per diagnostic in the `file:line:col: severity id: message Hint: …` form that
 * editors and terminals recognise as a clickable location.
 * @example formatDiagnostic(d) //=> "content/articles/x.md:4:1: error front-matter-yaml: … Hint: …"
 */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.line === undefined ? d.file : `${d.file}:${d.line}:${d.column ?? 1}`;
  const hint = d.hint ? ` Hint: ${d.hint}` : "";
  return `${where}: ${d.severity} ${d.id}: ${d.message}${hint}`;
}

/**
 * Order diagnostics by file, then line, column, id and message (a stable total order, so two
 * builds print the same report). Returns a new array.
 */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      byCodeUnits(a.file, b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      byCodeUnits(a.id, b.id) ||
      byCodeUnits(a.message, b.message),
  );
}

/**
 * How many diagnostics there are of each severity (notes are counted apart: they are not problems).
 * @example countBySeverity([missingHeadline, ignoredKey]) //=> { error: 1, warning: 0, note: 1 }
 */
export function countBySeverity(diagnostics: readonly Diagnostic[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, note: 0 };
  for (const d of diagnostics) counts[d.severity]++;
  return counts;
}

/** Whether any diagnostic is an error (the build must fail). */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}

import type { ArticleRecord, Provenance, TrackedField } from "../../types";

/**
 * What the extractor found in one raw file, field by field, in a form an editor can read at
 * a glance: each value with where it came from, and the fields still unknown together with the
 * front-matter line that would fill them. Used by `npm run check` and `npm run new`.
 */

/**
 * The fields of a record, or of a partial extraction when the file has errors (then even the
 * headline may be missing and provenance may be absent).
 */
export type FoundFields = Pick<ArticleRecord, "byline" | "authors" | "published" | "updated" | "source" | "topics"> & {
  readonly headline: string | null;
  readonly provenance: Partial<Readonly<Record<TrackedField, Provenance>>>;
};

/** The fields reported, in the order an article reads. */
export const SUMMARY_FIELDS = ["headline", "byline", "authors", "published", "updated", "source", "topics"] as const;

/** One of {@link SUMMARY_FIELDS}. */
export type SummaryField = (typeof SUMMARY_FIELDS)[number];

/**
 * Extracted values below this confidence are shown as unsure, and `npm run new` writes them
 * commented out: a wrong value is worse than none, so the editor confirms them first.
 */
export const SURE_CONFIDENCE = 0.8;

/** One field as the summary shows it. */
export interface FieldFinding {
  readonly field: SummaryField;
  /** The value as text (lists joined with ", "), or null when unknown. */
  readonly value: string | null;
  /** The raw value: a string, a list, or null. */
  readonly raw: string | readonly string[] | null;
  readonly origin: Provenance["kind"];
  /** Where it came from, or why it is unknown, in words. */
  readonly detail: string;
  /** False for an unknown value or an extracted one below {@link SURE_CONFIDENCE}. */
  readonly sure: boolean;
}

/** The front-matter key and example that set each field (the byline is set through `authors`). */
export const FRONT_MATTER_FOR: Readonly<Record<SummaryField, { key: string; example: string }>> = {
  headline: { key: "title", example: "title: The headline as printed" },
  byline: { key: "authors", example: "authors: [First Author, Second Author]" },
  authors: { key: "authors", example: "authors: [First Author, Second Author]" },
  published: { key: "date", example: "date: YYYY-MM-DD" },
  updated: { key: "updated", example: "updated: YYYY-MM-DD" },
  source: { key: "source", example: "source: Publisher Name" },
  topics: { key: "topics", example: "topics: [topic-slug]" },
};

/**
 * Each summary field with its value, origin and certainty.
 * @example summariseFields(record).find((f) => f.field === "published")?.value //=> "2023-09-20"
 */
export function summariseFields(found: FoundFields): FieldFinding[] {
  return SUMMARY_FIELDS.map((field) => {
    const raw = found[field];
    const empty = raw === null || (Array.isArray(raw) && raw.length === 0);
    const provenance: Provenance = found.provenance[field] ?? { kind: "unknown", reason: "not found" };
    if (empty) {
      const reason = provenance.kind === "unknown" ? provenance.reason : "nothing found";
      return { field, value: null, raw: null, origin: "unknown", detail: reason, sure: false };
    }
    const value = typeof raw === "string" ? raw : raw.join(", ");
    const confidence = provenance.kind === "extracted" || provenance.kind === "page" ? provenance.confidence : undefined;
    const sure = confidence === undefined || confidence >= SURE_CONFIDENCE;
    return { field, value, raw, origin: provenance.kind, detail: describeOrigin(provenance), sure };
  });
}

function describeOrigin(p: Provenance): string {
  switch (p.kind) {
    case "front-matter":
      return p.line === undefined ? `front matter \`${p.key}\`` : `front matter \`${p.key}\`, line ${p.line}`;
    case "extracted": {
      const unsure = p.confidence < SURE_CONFIDENCE ? `, unsure (${p.confidence})` : "";
      return `extracted, line ${p.line}${unsure}`;
    }
    case "inferred":
      return `inferred (${p.rule})`;
    case "page":
      return p.confidence !== undefined && p.confidence < SURE_CONFIDENCE ? `${p.from}, unsure (${p.confidence})` : p.from;
    case "unknown":
      return p.reason;
  }
}

// Most articles are never updated: an unknown `updated` is normal, not something to chase.
const OPTIONAL_WHEN_UNKNOWN: ReadonlySet<SummaryField> = new Set(["updated"]);

/**
 * The front-matter keys an editor should confirm or add: unknown or unsure fields (an unknown
 * `updated` excepted), each key once, in summary order.
 * @example keysToConfirm(summariseFields(record)) //=> ["authors", "source"]
 */
export function keysToConfirm(findings: readonly FieldFinding[]): string[] {
  const keys = findings
    .filter((f) => !f.sure && f.origin !== "front-matter" && !(f.origin === "unknown" && OPTIONAL_WHEN_UNKNOWN.has(f.field)))
    .map((f) => FRONT_MATTER_FOR[f.field].key);
  return [...new Set(keys)];
}

const VALUE_WIDTH = 60;

/**
 * The summary as indented lines under the file name, ending with the keys to confirm.
 * @example formatFieldSummary("content/articles/a.txt", findings)
 * //=> "content/articles/a.txt\n  headline   Mayor resigns   extracted, line 1\n…"
 */
export function formatFieldSummary(file: string, findings: readonly FieldFinding[]): string {
  const lines = [file];
  for (const f of findings) {
    const shown = f.value === null ? "unknown" : clip(f.value, VALUE_WIDTH);
    lines.push(`  ${f.field.padEnd(10)} ${shown.padEnd(VALUE_WIDTH)}  ${f.detail}`);
  }
  const keys = keysToConfirm(findings);
  lines.push(keys.length === 0 ? "  nothing unknown" : `  to confirm or add in front matter: ${keys.join(", ")}`);
  return lines.join("\n");
}

function clip(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}

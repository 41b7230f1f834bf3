/**
 * The contracts between the pipeline's stages:
 * load → parse → record → enrich → archive → Eleventy.
 *
 * `ArticleRecord` is the only shape of an article that leaves `src/record/`.
 */

/**
 * A calendar day `YYYY-MM-DD`, or a day and wall-clock time `YYYY-MM-DDTHH:mm`, then `:ss` when
 * the seconds are not zero, then the offset as stated (`Z` or `±HH:MM`) when one was. Without an
 * offset the time is in the site's time zone. The first ten characters are always the day in
 * the date's own offset: the day the archive files it under. Never a JS Date.
 */
export type CalendarDate = string;

/** The record fields whose origin is tracked. */
export type TrackedField =
  | "headline"
  | "byline"
  | "authors"
  | "published"
  | "updated"
  | "source"
  | "topics"
  | "summary"
  | "highlights"
  | "body"
  | "slug";

/** Where a field's value came from. Unknown stays unknown: a field with no evidence says why. */
export type Provenance =
  /**
   * Set by the editor in YAML front matter (`line` is the 1-based file line of the key); for a
   * saved page, in its sidecar `NAME.yml`, named by `file`.
   */
  | { readonly kind: "front-matter"; readonly key: string; readonly line?: number; readonly file?: string }
  /** Read from the text of the file; `line` is the 1-based file line, `rule` names the extractor rule. */
  | {
      readonly kind: "extracted";
      readonly line: number;
      readonly rule: string;
      readonly confidence: number;
      readonly text?: string;
      /** What the value leaves out and why, e.g. a time zone that names several zones. */
      readonly detail?: string;
    }
  /**
   * Stated by a saved page (`.html`): `from` names where, e.g. `JSON-LD headline`,
   * `meta article:published_time`, `Readability`, or `text line 41` (a line of the page's
   * visible text, read by the raw-text extractor, whose `rule` and `confidence` are kept).
   */
  | { readonly kind: "page"; readonly from: string; readonly rule?: string; readonly confidence?: number }
  /** Derived from other fields or from the taxonomy (e.g. topics from aliases, slug from headline). */
  | { readonly kind: "inferred"; readonly rule: string; readonly detail?: string }
  /** Not known; `reason` says what was seen and why it was rejected, if anything. */
  | { readonly kind: "unknown"; readonly reason: string };

/** A line of the input that is not part of any record field, and why. Nothing is dropped silently. */
export interface RemovedLine {
  /** 1-based line number in the file. */
  readonly line: number;
  readonly text: string;
  /** Short machine-readable reason, e.g. `chrome:comment-form`, `repeated-headline`, `blank`. */
  readonly reason: string;
}

/** A field value plus where it came from. */
export interface Sourced<T> {
  readonly value: T;
  readonly provenance: Provenance;
}

/**
 * Severity of a content problem: errors fail the build, warnings do not; a note only tells the
 * editor what was done with something accepted as written (e.g. a key only another generator
 * reads, ignored) and is never counted as a problem.
 */
export type Severity = "error" | "warning" | "note";

/** A problem with content, reported to editors with a stable id. Code misuse throws instead. */
export interface Diagnostic {
  /** Stable kebab-case id from the catalogue in `src/diagnostics/messages.ts`. */
  readonly id: string;
  readonly severity: Severity;
  /** Path relative to the project root, e.g. `content/articles/foo.txt`. */
  readonly file: string;
  readonly line?: number;
  readonly column?: number;
  /** What happened and why. */
  readonly message: string;
  /** What the editor should do. */
  readonly hint?: string;
}

/** One entry of the editors' topic taxonomy (`content/topics.yml`). */
export interface Topic {
  readonly slug: string;
  readonly label: string;
  readonly description: string;
  /** Words and phrases that signal the topic in a headline or body (case-insensitive). */
  readonly aliases: readonly string[];
}

/** A topic an article names in front matter that the taxonomy does not list. */
export interface UnlistedTopic {
  /** The slug made from the name (see `topics/topic-key.ts`). */
  readonly slug: string;
  /** The name as the editor wrote it. */
  readonly label: string;
}

/** The typed record of one article file. */
export interface ArticleRecord {
  /** URL slug, unique across the archive: `/articles/<slug>/`. */
  readonly slug: string;
  /** Path relative to the project root, e.g. `content/articles/foo.txt`. */
  readonly file: string;
  /** `html`: a saved web page (`.html`, `.htm`). */
  readonly format: "text" | "markdown" | "html";
  readonly headline: string;
  /** The raw byline line as it appeared, or null. */
  readonly byline: string | null;
  readonly authors: readonly string[];
  readonly published: CalendarDate | null;
  readonly updated: CalendarDate | null;
  /** Publisher name, or null when unknown. */
  readonly source: string | null;
  /** Topic slugs: from the taxonomy, or made from names it lacks (see `unlistedTopics`). */
  readonly topics: readonly string[];
  /**
   * The topics of `topics` that the taxonomy does not list, with the names written; absent when
   * there are none. The ingest makes each a topic of the site.
   */
  readonly unlistedTopics?: readonly UnlistedTopic[];
  /** Editor-provided summary, or null. */
  readonly summary: string | null;
  /** Key-point bullets when the page has them. */
  readonly highlights: readonly string[];
  /** Article paragraphs as plain text, verbatim and in order. */
  readonly body: readonly string[];
  /** Sanitized HTML of the body (the only HTML from content that templates may print unescaped). */
  readonly bodyHtml: string;
  /**
   * SHA-256 (hex) of the file's text as read (decoded UTF-8, BOM and CR removed), which is
   * published at `original.txt`. The text is read again when that file is written and checked
   * against this, so the archive's texts are not held in memory through the build (see
   * `originalTextFromDisk`).
   */
  readonly originalSha256: string;
  /**
   * The original text itself, kept only for a page read from a web archive: it has no file of
   * its own to be read again from, and the archive is read as a stream, not by position.
   */
  readonly originalText?: string;
  readonly draft: boolean;
  /**
   * Where the article is marked a draft, for the diagnostic saying it is not published: the
   * file (the article's, or a saved page's sidecar) and line of the front-matter key. Absent
   * when the article is not a draft.
   */
  readonly draftMarked?: { readonly file: string; readonly line: number };
  /**
   * Old addresses of the article that redirect to it (front matter `aliases`, Jekyll's
   * `redirect_from`), with the file and line of the key. Absent when none are given.
   */
  readonly aliases?: { readonly paths: readonly string[]; readonly file: string; readonly line: number | undefined };
  readonly provenance: Readonly<Record<TrackedField, Provenance>>;
  /** Lines that are in no field and not in the body, each with a reason. */
  readonly removed: readonly RemovedLine[];
  /** A saved page's own address (`http`/`https`), as the page states it; absent when unknown. */
  readonly canonical?: Sourced<string>;
}

/** A body paragraph with its 1-based file line. */
export interface BodyLine {
  readonly line: number;
  readonly text: string;
}

/**
 * What parsing one file needs besides the file: settings, taxonomy, date window, and the
 * diagnostic for a crash. Shared by every kind of article file.
 */
import { createHash } from "node:crypto";
import type { ArchiveSettings } from "../config/settings";
import type { ArticleRecord, Diagnostic, Topic } from "../types";
import { latestPlausibleDay } from "../parse/calendar";
import type { DateWindow } from "../parse/front-matter-schema";
import { compileTopicMatchers, type TopicMatchers } from "../topics/assign";
import { report } from "../diagnostics/messages";

/**
 * The settings that parsing reads. Only these: the parse cache (`parse-cache.ts`) keeps its
 * records for as long as they are the same, whatever else changes (the site's name and URLs,
 * page size, drafts shown by the dev server and hidden by the build).
 */
export type ParseSettings = Pick<ArchiveSettings, "contentDir" | "minDate" | "futureGraceDays" | "maxFileBytes">;

/** Shared context for parsing articles. */
export interface ParseContext {
  readonly topics: Topic[];
  readonly settings: ParseSettings;
  /**
   * The reference "now" for the future-date plausibility check only (never a record value).
   * Callers pass `SOURCE_DATE_EPOCH` for reproducible builds; omitted, the current time is used.
   */
  readonly now?: Date | undefined;
}

/** The taxonomy's compiled alias patterns, compiled once per taxonomy, not once per article. */
const matcherCache = new WeakMap<readonly Topic[], TopicMatchers>();

export function matchersFor(topics: readonly Topic[]): TopicMatchers {
  let matchers = matcherCache.get(topics);
  if (!matchers) {
    matchers = compileTopicMatchers(topics);
    matcherCache.set(topics, matchers);
  }
  return matchers;
}

// The last window computed for a fixed reference time: every article of a build asks for the same.
let lastWindow: { readonly key: string; readonly window: DateWindow & { readonly maxDate: string } } | null = null;

/** The plausible date window for the given settings and reference time. */
export function dateWindow(
  settings: Pick<ArchiveSettings, "minDate" | "futureGraceDays">,
  now: Date | undefined,
): DateWindow & { readonly maxDate: string } {
  if (now === undefined) return { minDate: settings.minDate, maxDate: latestPlausibleDay(new Date(), settings.futureGraceDays) };
  const key = `${now.getTime()} ${settings.futureGraceDays} ${settings.minDate}`;
  if (lastWindow?.key !== key)
    lastWindow = { key, window: { minDate: settings.minDate, maxDate: latestPlausibleDay(now, settings.futureGraceDays) } };
  return lastWindow.window;
}

/**
 * The diagnostic for an exception thrown while reading or parsing `file`.
 * @example parseCrashed("a.md", new RangeError("Maximum call stack size exceeded")).id //=> "parse-crashed"
 */
export function parseCrashed(file: string, error: unknown): Diagnostic {
  const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return report("parse-crashed", file, `Reading the article stopped with an internal error (${what.slice(0, 200)}).`);
}

/** SHA-1 of a file's bytes, in hex: what {@link FileOutcome.sha1} and the parse cache key by. */
export function bytesSha1(bytes: Uint8Array): string {
  return createHash("sha1").update(bytes).digest("hex");
}

/** What reading and parsing one file gave. */
export interface FileOutcome {
  readonly readDiagnostics: Diagnostic[];
  /** Null when the file could not be read. */
  readonly parsed: { record: ArticleRecord | null; diagnostics: Diagnostic[] } | null;
  /** A web archive's pages, one per article record, in file order (`parsed` is then null). */
  readonly pages?: readonly { record: ArticleRecord | null; diagnostics: Diagnostic[] }[];
  /**
   * SHA-1 of the bytes that were read (hex), or null when none were: what the parse cache keys
   * the outcome by, so its key always names the bytes parsed, and a cold build reads each
   * file once, in whichever thread parses it.
   */
  readonly sha1: string | null;
}

/**
 * What one file's outcome parsed: its one article, a web archive's pages, or nothing.
 * @example parsedOf({ readDiagnostics: [], parsed: null, sha1: null }) //=> []
 */
export function parsedOf(outcome: FileOutcome): readonly { record: ArticleRecord | null; diagnostics: Diagnostic[] }[] {
  return outcome.pages ?? (outcome.parsed === null ? [] : [outcome.parsed]);
}

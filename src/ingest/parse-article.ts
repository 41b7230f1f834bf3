import { createHash } from "node:crypto";
import path from "node:path";
import type { ArchiveSettings } from "../config/settings";
import type { ArticleRecord, Diagnostic, Topic } from "../types";
import { latestPlausibleDay } from "../parse/calendar";
import { splitFrontMatter } from "../parse/front-matter";
import { validateFrontMatter, type DateWindow } from "../parse/front-matter-schema";
import { checkText, normaliseLineEnds } from "../load/normalise";
import { formatOf } from "../load/list-files";
import { decodeArticleBytes, readArticleBytesSync } from "../load/read-file";
import { buildRecord } from "../record/build-record";
import { compileTopicMatchers, type TopicMatchers } from "../topics/assign";
import { report } from "../diagnostics/messages";
import { capRepeats } from "../diagnostics/repeats";

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

// Compiling alias patterns once per taxonomy, not once per article.
const matcherCache = new WeakMap<readonly Topic[], TopicMatchers>();

function matchersFor(topics: readonly Topic[]): TopicMatchers {
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
 * Turn one article's text into a record: normalise, split and validate front matter, extract
 * or parse the body, assign topics, build the slug. Works for a file anywhere on disk (the
 * `extract` command); archive-wide checks (duplicate slugs and bodies) are in `ingest`.
 * @param file path shown in diagnostics and stored in the record; its extension picks the format
 * @param text the text as `readArticleFile` returns it (BOM already stripped); line ends are
 *   normalised again here so callers passing CRLF text get the same record
 * @returns the record, or null when any error was found; every diagnostic for the file
 */
export function parseArticleText(
  file: string,
  text: string,
  ctx: ParseContext,
): { record: ArticleRecord | null; diagnostics: Diagnostic[] } {
  return parseText(file, text, ctx, false);
}

/**
 * Parse one file's text, with any exception turned into a diagnostic naming the file: a parser
 * bug, or a limit the guards missed, must not end the build with a stack trace that names no
 * file. `checked`: the text comes from `decodeArticleBytes`, already normalised and checked.
 */
function parseText(
  file: string,
  text: string,
  ctx: ParseContext,
  checked: boolean,
): { record: ArticleRecord | null; diagnostics: Diagnostic[] } {
  try {
    const format = formatOf(file);
    if (format === null) {
      return { record: null, diagnostics: [report("unsupported-extension", file, "Only `.txt` and `.md` files are articles.")] };
    }
    const original = checked ? text : normaliseLineEnds(text);
    // These list each kind of character a few times already, and count the rest.
    const textProblems = checked ? [] : checkText(file, original);
    if (textProblems.length > 0) return { record: null, diagnostics: textProblems };
    const parsed = parseNormalised(file, format, original, ctx);
    return { record: parsed.record, diagnostics: capRepeats(parsed.diagnostics) };
  } catch (error) {
    return { record: null, diagnostics: [parseCrashed(file, error)] };
  }
}

/**
 * The diagnostic for an exception thrown while reading or parsing `file`.
 * @example parseCrashed("a.md", new RangeError("Maximum call stack size exceeded")).id //=> "parse-crashed"
 */
export function parseCrashed(file: string, error: unknown): Diagnostic {
  const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return report("parse-crashed", file, `Reading the article stopped with an internal error (${what.slice(0, 200)}).`);
}

/** Front matter, body and record from normalised, checked text. */
function parseNormalised(
  file: string,
  format: "text" | "markdown",
  original: string,
  ctx: ParseContext,
): { record: ArticleRecord | null; diagnostics: Diagnostic[] } {
  const split = splitFrontMatter(file, original);
  if (split.diagnostics.length > 0) return { record: null, diagnostics: split.diagnostics };

  const window = dateWindow(ctx.settings, ctx.now);
  let frontMatter = null;
  if (split.frontMatter) {
    const validated = validateFrontMatter(file, split.frontMatter, window);
    // Building a record from half-valid front matter would add confusing follow-on errors
    // (e.g. "missing title" when the title key was only misspelt).
    if (validated.fields === null) return { record: null, diagnostics: validated.diagnostics };
    frontMatter = validated.fields;
  }

  return buildRecord({
    file,
    format,
    original,
    frontMatter,
    keyLines: split.frontMatter?.keyLines ?? {},
    body: split.body,
    bodyLine: split.bodyLine,
    topics: ctx.topics,
    matchers: matchersFor(ctx.topics),
    minDate: window.minDate,
    maxDate: window.maxDate,
  });
}

/** What reading and parsing one file gave. */
export interface FileOutcome {
  readonly readDiagnostics: Diagnostic[];
  /** Null when the file could not be read. */
  readonly parsed: { record: ArticleRecord | null; diagnostics: Diagnostic[] } | null;
  /**
   * SHA-1 of the bytes that were read (hex), or null when none were: what the parse cache keys
   * the outcome by, so its key always names the bytes parsed, and a cold build reads each
   * file once, in whichever thread parses it.
   */
  readonly sha1: string | null;
}

/**
 * Read and parse one file of an archive (what `parseFiles` and its worker threads run for each).
 * @param root project root; `file` is relative to it
 * @example parseOneFile(root, "content/articles/a.txt", { topics, settings }).parsed?.record
 */
export function parseOneFile(root: string, file: string, ctx: ParseContext): FileOutcome {
  const read = readArticleBytesSync(path.join(root, file), file, ctx.settings);
  if (read.bytes === null) return { readDiagnostics: read.diagnostics, parsed: null, sha1: null };
  const sha1 = bytesSha1(read.bytes);
  let decoded: ReturnType<typeof decodeArticleBytes>;
  try {
    decoded = decodeArticleBytes(read.bytes, file, ctx.settings);
  } catch (error) {
    return { readDiagnostics: [parseCrashed(file, error)], parsed: null, sha1 };
  }
  return { readDiagnostics: decoded.diagnostics, parsed: decoded.text === null ? null : parseText(file, decoded.text, ctx, true), sha1 };
}

/** SHA-1 of a file's bytes, in hex: what {@link FileOutcome.sha1} and the parse cache key by. */
export function bytesSha1(bytes: Uint8Array): string {
  return createHash("sha1").update(bytes).digest("hex");
}

/**
 * What the `extract` command prints for one article, shared with `eval` so that both measure
 * exactly the same thing: read the file, parse it into a record, and when there is no record
 * (content errors) fall back to what the raw-text extractor found on the body.
 */
import { extname, relative, resolve } from "node:path";
import { buildNow, type Environment } from "../config/environment";
import { PROJECT_ROOT } from "../config/project-root";
import { splitFrontMatter } from "../parse/front-matter";
import { extractRaw } from "../extract/extract";
import type { ExtractOptions } from "../extract/types";
import { dateWindow } from "../ingest/parse-article";
import { parseSavedPageAt } from "../ingest/parse-page";
import { formatOf } from "../load/list-files";
import { loadTopics, parseArticleText, readArticleFile } from "../ingest/ingest";
import { resolveSettings, type ArchiveSettings } from "../config/settings";
import type { ArticleRecord, Diagnostic, Topic } from "../types";

/** Settings, "today" and the taxonomy, loaded once per command run. */
export interface ExtractContext {
  readonly settings: ArchiveSettings;
  readonly now: Date;
  readonly topics: Topic[];
}

/** Load the context the `extract` command uses (`SOURCE_DATE_EPOCH` is "today" when set). */
export async function loadExtractContext(env: Environment): Promise<ExtractContext> {
  const settings = resolveSettings();
  const now = buildNow(env);
  const taxonomy = await loadTopics(PROJECT_ROOT, settings);
  // Outside a project with a taxonomy, records simply carry no automatic topics.
  return { settings, now, topics: taxonomy.topics };
}

/** Extractor options for a body starting at `firstLine`, with the settings' plausible date window. */
export function windowOptions(firstLine: number, settings: ArchiveSettings, now: Date): ExtractOptions {
  const w = dateWindow(settings, now);
  return w.maxDate === undefined ? { firstLine, minDate: w.minDate } : { firstLine, minDate: w.minDate, maxDate: w.maxDate };
}

/** The path shown for a file: relative to the project root when inside it, else absolute. */
export function displayPathOf(arg: string): { abs: string; display: string } {
  const abs = resolve(arg);
  const rel = relative(PROJECT_ROOT, abs);
  return { abs, display: rel.startsWith("..") ? abs : rel };
}

/** The record as printed: everything but the rendered HTML and the original text's hash. */
function printable(record: ArticleRecord, diagnostics: readonly Diagnostic[]) {
  const { bodyHtml: _html, originalSha256: _sha256, ...rest } = record;
  return { ...rest, diagnostics };
}

/**
 * When a file has content errors (no headline found, say) there is no record, but what the
 * extractor did find is still worth printing, with the errors alongside.
 */
function partial(file: string, text: string, settings: ArchiveSettings, now: Date, diagnostics: readonly Diagnostic[]) {
  const split = splitFrontMatter(file, text);
  const isText = extname(file).toLowerCase() === ".txt";
  const x = isText && split.diagnostics.length === 0 ? extractRaw(split.body, windowOptions(split.bodyLine, settings, now)) : null;
  return {
    file,
    headline: x?.headline.value ?? null,
    byline: x?.byline.value ?? null,
    authors: x?.authors.value ?? [],
    published: x?.published.value ?? null,
    updated: x?.updated.value ?? null,
    source: x?.source.value ?? null,
    topics: [],
    highlights: x?.highlights.value ?? [],
    body: x?.body.map((b) => b.text) ?? [],
    provenance: x
      ? {
          headline: x.headline.provenance,
          byline: x.byline.provenance,
          authors: x.authors.provenance,
          published: x.published.provenance,
          updated: x.updated.provenance,
          source: x.source.provenance,
          highlights: x.highlights.provenance,
          body: x.bodyProvenance,
        }
      : {},
    removed: x?.removed ?? [],
    diagnostics,
  };
}

/** A saved page (and its sidecar) → the printable output, as for a text file. */
function extractSavedPage(abs: string, display: string, ctx: ExtractContext): { output: ExtractOutput | null; diagnostics: Diagnostic[] } {
  const outcome = parseSavedPageAt(abs, display, { topics: ctx.topics, settings: ctx.settings, now: ctx.now });
  const all = [...outcome.readDiagnostics, ...(outcome.parsed?.diagnostics ?? [])];
  if (outcome.parsed === null) return { output: null, diagnostics: all };
  const { record } = outcome.parsed;
  // Without a record, the fields stay empty: only text files are extracted again in `partial`.
  return { output: record ? printable(record, all) : partial(display, "", ctx.settings, ctx.now, all), diagnostics: all };
}

/** One file's printable output with every diagnostic for it (reading and parsing). */
export type ExtractOutput = ReturnType<typeof printable> | ReturnType<typeof partial>;

/**
 * Text → the object the `extract` command prints, and all diagnostics (those from reading
 * first, then those from parsing).
 */
export function extractOutput(
  display: string,
  text: string,
  ctx: ExtractContext,
  readDiagnostics: readonly Diagnostic[] = [],
): { output: ExtractOutput; diagnostics: Diagnostic[] } {
  const { record, diagnostics } = parseArticleText(display, text, { topics: ctx.topics, settings: ctx.settings, now: ctx.now });
  const all = [...readDiagnostics, ...diagnostics];
  return { output: record ? printable(record, all) : partial(display, text, ctx.settings, ctx.now, all), diagnostics: all };
}

/**
 * Read a file as the `extract` command does and turn it into its printable output.
 * @returns `output` null when the file could not be read (the diagnostics say why)
 */
export async function extractFile(
  arg: string,
  ctx: ExtractContext,
): Promise<{ display: string; output: ExtractOutput | null; diagnostics: Diagnostic[] }> {
  const { abs, display } = displayPathOf(arg);
  if (formatOf(abs) === "html") return { display, ...extractSavedPage(abs, display, ctx) };
  const read = await readArticleFile(abs, display, ctx.settings);
  if (read.text === null) return { display, output: null, diagnostics: read.diagnostics };
  return { display, ...extractOutput(display, read.text, ctx, read.diagnostics) };
}

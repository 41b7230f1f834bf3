/**
 * `npm run extract -- [--explain] FILE...`
 *
 * Prints each file's record as one JSON object per line (headline, byline, authors,
 * published, updated, source, topics, highlights, body, provenance, removed, diagnostics).
 * Works on any path, inside `content/` or not. With `--explain`, prints instead how every
 * line of a raw text file was classified and why.
 *
 * Exit status: 0 when every file could be read (content problems are reported in the
 * object's `diagnostics` and on stderr), 1 when a file is unreadable (missing, not UTF-8,
 * binary, too large), 2 on a usage error.
 *
 * `SOURCE_DATE_EPOCH` (seconds), when set, is "today" for date plausibility checks.
 */
import { extname, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { formatDiagnostic } from "../diagnostics/messages";
import { buildNow } from "../eleventy/environment";
import { splitFrontMatter } from "../parse/front-matter";
import { extractRaw } from "../parse/raw/extract";
import type { ExtractOptions } from "../parse/raw/types";
import { dateWindow, parseArticleText } from "../pipeline/parse-article";
import { loadTopics, readArticleFile } from "../pipeline/ingest";
import { resolveSettings, type ArchiveSettings } from "../settings";
import type { ArticleRecord, Diagnostic, Topic } from "../types";
import { PROJECT_ROOT } from "../eleventy/render-site";

function windowOptions(firstLine: number, settings: ArchiveSettings, now: Date): ExtractOptions {
  const w = dateWindow(settings, now);
  return w.maxDate === undefined ? { firstLine, minDate: w.minDate } : { firstLine, minDate: w.minDate, maxDate: w.maxDate };
}

/** The record as printed: everything but the rendered HTML and the original text. */
function printable(record: ArticleRecord, diagnostics: readonly Diagnostic[]) {
  const { bodyHtml: _html, original: _original, ...rest } = record;
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

function explain(file: string, text: string, settings: ArchiveSettings, now: Date): string {
  const split = splitFrontMatter(file, text);
  if (extname(file).toLowerCase() !== ".txt") return `${file}: Markdown files are parsed, not extracted; nothing to explain.`;
  const x = extractRaw(split.body, windowOptions(split.bodyLine, settings, now));
  const out = [`# ${file}`];
  if (split.bodyLine > 1) out.push(`   1-${split.bodyLine - 1}  front matter`);
  for (const e of x.explain) {
    out.push(`${String(e.line).padStart(5)}  ${e.role.padEnd(9)} ${e.why.padEnd(44)} ${JSON.stringify(e.text.length > 90 ? e.text.slice(0, 87) + "..." : e.text)}`);
  }
  const field = (name: string, value: unknown, p: unknown) => `  ${name.padEnd(10)} ${JSON.stringify(value)}  ← ${JSON.stringify(p)}`;
  out.push(
    "# fields",
    field("headline", x.headline.value, x.headline.provenance),
    field("byline", x.byline.value, x.byline.provenance),
    field("authors", x.authors.value, x.authors.provenance),
    field("published", x.published.value, x.published.provenance),
    field("updated", x.updated.value, x.updated.provenance),
    field("source", x.source.value, x.source.provenance),
    field("body", `${x.body.length} paragraphs`, x.bodyProvenance),
  );
  return out.join("\n");
}

async function main(): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ options: { explain: { type: "boolean", default: false } }, allowPositionals: true, strict: true });
  } catch (error) {
    console.error(String(error instanceof Error ? error.message : error));
    return 2;
  }
  const files = parsed.positionals;
  if (files.length === 0) {
    console.error("usage: npm run extract -- [--explain] FILE...");
    return 2;
  }
  const settings = resolveSettings();
  const now = buildNow(process.env);
  const taxonomy = await loadTopics(PROJECT_ROOT, settings);
  // Outside a project with a taxonomy, records simply carry no automatic topics.
  const topics: Topic[] = taxonomy.topics;

  let status = 0;
  for (const arg of files) {
    const abs = resolve(arg);
    const rel = relative(PROJECT_ROOT, abs);
    const display = rel.startsWith("..") ? abs : rel;
    const read = await readArticleFile(abs, display, settings);
    if (read.text === null) {
      for (const d of read.diagnostics) console.error(formatDiagnostic(d));
      status = 1;
      continue;
    }
    if (parsed.values.explain) {
      console.log(explain(display, read.text, settings, now));
      continue;
    }
    const { record, diagnostics } = parseArticleText(display, read.text, { topics, settings, now });
    const all = [...read.diagnostics, ...diagnostics];
    for (const d of all) console.error(formatDiagnostic(d));
    console.log(JSON.stringify(record ? printable(record, all) : partial(display, read.text, settings, now, all)));
  }
  return status;
}

process.exitCode = await main();

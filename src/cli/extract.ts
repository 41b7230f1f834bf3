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
import { extname } from "node:path";
import { parseOptions } from "./parse-options";
import { formatDiagnostic } from "../diagnostics/messages";
import { splitFrontMatter } from "../parse/front-matter";
import { extractRaw } from "../extract/extract";
import { readArticleFile } from "../ingest/ingest";
import type { ArchiveSettings } from "../config/settings";
import { displayPathOf, extractFile, loadExtractContext, windowOptions } from "../tools/extract-output";
import { runMain } from "./run-main";

function explain(file: string, text: string, settings: ArchiveSettings, now: Date): string {
  const split = splitFrontMatter(file, text);
  if (extname(file).toLowerCase() !== ".txt") return `${file}: Markdown files are parsed, not extracted; nothing to explain.`;
  const x = extractRaw(split.body, windowOptions(split.bodyLine, settings, now));
  const out = [`# ${file}`];
  if (split.bodyLine > 1) out.push(`   1-${split.bodyLine - 1}  front matter`);
  for (const e of x.explain) {
    out.push(
      `${String(e.line).padStart(5)}  ${e.role.padEnd(9)} ${e.why.padEnd(44)} ${JSON.stringify(e.text.length > 90 ? `${e.text.slice(0, 87)}...` : e.text)}`,
    );
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
  const parsed = parseOptions({ options: { explain: { type: "boolean", default: false } }, allowPositionals: true, strict: true });
  if (parsed === null) return 2;
  const files = parsed.positionals;
  if (files.length === 0) {
    console.error("usage: npm run extract -- [--explain] FILE...");
    return 2;
  }
  const ctx = await loadExtractContext(process.env);

  let status = 0;
  for (const arg of files) {
    if (parsed.values.explain) {
      const { abs, display } = displayPathOf(arg);
      const read = await readArticleFile(abs, display, ctx.settings);
      if (read.text === null) {
        for (const d of read.diagnostics) console.error(formatDiagnostic(d));
        status = 1;
      } else console.log(explain(display, read.text, ctx.settings, ctx.now));
      continue;
    }
    const { output, diagnostics } = await extractFile(arg, ctx);
    for (const d of diagnostics) console.error(formatDiagnostic(d));
    if (output === null) status = 1;
    else console.log(JSON.stringify(output));
  }
  return status;
}

runMain(main);

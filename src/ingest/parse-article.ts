import path from "node:path";
import type { ArticleRecord, Diagnostic } from "../types";
import { splitFrontMatter } from "../parse/front-matter";
import { validateFrontMatter } from "../parse/front-matter-schema";
import { checkText, normaliseLineEnds } from "../load/normalise";
import { formatOf } from "../load/list-files";
import { decodeArticleBytes, readArticleBytesSync } from "../load/read-file";
import { buildRecord } from "../record/build-record";
import { report } from "../diagnostics/messages";
import { capRepeats } from "../diagnostics/repeats";
import { bytesSha1, dateWindow, matchersFor, parseCrashed, type FileOutcome, type ParseContext } from "./parse-context";
import { parseSavedPageFile, parseSavedPageText } from "./parse-page";

export { bytesSha1, dateWindow, parseCrashed, type FileOutcome, type ParseContext, type ParseSettings } from "./parse-context";

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
      return {
        record: null,
        diagnostics: [report("unsupported-extension", file, "Only `.txt`, `.md` (`.markdown`) and `.html` files are articles.")],
      };
    }
    if (format === "html") return parseSavedPageText(file, normaliseLineEnds(text), null, ctx);
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
  const validated = split.frontMatter ? validateFrontMatter(file, split.frontMatter, window) : null;
  // Building a record from half-valid front matter would add confusing follow-on errors
  // (e.g. "missing title" when the title key was only misspelt).
  if (validated !== null && validated.fields === null) return { record: null, diagnostics: validated.diagnostics };

  const built = buildRecord({
    file,
    format,
    original,
    frontMatter: validated?.fields ?? null,
    keyLines: validated?.keyLines ?? {},
    keyNames: validated?.keyNames ?? {},
    body: split.body,
    bodyLine: split.bodyLine,
    topics: ctx.topics,
    matchers: matchersFor(ctx.topics),
    minDate: window.minDate,
    maxDate: window.maxDate,
  });
  // The front matter's notes and warnings (keys ignored, synonyms that disagree) come first.
  return validated === null ? built : { record: built.record, diagnostics: [...validated.diagnostics, ...built.diagnostics] };
}

/**
 * Read and parse one file of an archive (what `parseFiles` and its worker threads run for each).
 * @param root project root; `file` is relative to it
 * @example parseOneFile(root, "content/articles/a.txt", { topics, settings }).parsed?.record
 */
export function parseOneFile(root: string, file: string, ctx: ParseContext): FileOutcome {
  if (formatOf(file) === "html") return parseSavedPageFile(root, file, ctx);
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

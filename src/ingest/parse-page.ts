/**
 * A saved page (`.html`, `.htm`) and its sidecar (`NAME.yml`) → record or diagnostics: bytes
 * decoded by the page's declared character set, fields read by the metadata cascade and the
 * raw-text extractor, the sidecar's values over them.
 */
import { lstatSync } from "node:fs";
import path from "node:path";
import type { ArticleRecord, Diagnostic } from "../types";
import { decodeHtmlBytes } from "../load/html-charset";
import { lineColumnAt, normaliseText } from "../load/normalise";
import { decodeArticleBytes, readArticleBytesSync } from "../load/read-file";
import { parseSidecar, sidecarPathOf, type SidecarFields } from "../parse/sidecar";
import { readSavedPage, type PageExtraction } from "../html/read-page";
import { buildRecord } from "../record/build-record";
import { report } from "../diagnostics/messages";
import { capRepeats } from "../diagnostics/repeats";
import { bytesSha1, dateWindow, matchersFor, parseCrashed, type FileOutcome, type ParseContext } from "./parse-context";

/** A sidecar's path and normalised text. */
export interface SidecarText {
  readonly file: string;
  readonly text: string;
}

/**
 * A saved page's text as its bytes declare it, with a warning when the bytes and the
 * declaration disagree.
 * @param transportCharset the charset an HTTP header named, for a page from a web archive
 * @example pageText("a.html", new TextEncoder().encode("<p>é")).text //=> "<p>é"
 */
export function pageText(file: string, bytes: Uint8Array, transportCharset?: string): { text: string; diagnostics: Diagnostic[] } {
  const decoded = decodeHtmlBytes(bytes, transportCharset);
  const text = normaliseText(decoded.text);
  const diagnostics: Diagnostic[] = [];
  if (decoded.source === "utf-8-over-declared") {
    const message = `The page declares \`${decoded.declared}\` but its bytes are UTF-8; it was read as UTF-8.`;
    // The declaration's line, when the page states it (an HTTP header states it nowhere in the page).
    const declaration = text.search(/<meta\b[^>]*charset/i);
    diagnostics.push(report("saved-page-charset", file, message, declaration < 0 ? {} : lineColumnAt(text, declaration)));
  } else if (decoded.invalid) {
    const first = text.indexOf("\uFFFD");
    const message = `Some bytes are not valid ${decoded.encoding}; each was read as U+FFFD (�)${first < 0 ? "" : ", the first here"}.`;
    diagnostics.push(report("saved-page-charset", file, message, first < 0 ? {} : lineColumnAt(text, first)));
  }
  return { text, diagnostics };
}

/**
 * Parse a saved page's decoded text with its sidecar, if any.
 * @param sidecar the sidecar's path and text, or null when the page has none
 * @returns the record (null when any error was found) and every diagnostic, the sidecar's naming it
 */
export function parseSavedPageText(
  file: string,
  text: string,
  sidecar: SidecarText | null,
  ctx: ParseContext,
): { record: ArticleRecord | null; diagnostics: Diagnostic[] } {
  try {
    const window = dateWindow(ctx.settings, ctx.now);
    const side = sidecar ? parseSidecar(sidecar.file, sidecar.text, window) : null;
    // A sidecar with errors would publish the values it was written to correct.
    if (side && side.sidecar === null) return { record: null, diagnostics: side.diagnostics };
    const page = readSavedPage(text, { minDate: window.minDate, maxDate: window.maxDate });
    const built = buildPageRecord(file, text, page, sidecar && side?.sidecar ? { file: sidecar.file, ...side.sidecar } : null, ctx);
    return { record: built.record, diagnostics: capRepeats([...(side?.diagnostics ?? []), ...built.diagnostics]) };
  } catch (error) {
    return { record: null, diagnostics: [parseCrashed(file, error)] };
  }
}

/**
 * A record from a saved page's fields, with its sidecar's values over them.
 * @param text the page's decoded text (its original text); `page` what was read from it
 * @param sidecar the sidecar's path and its validated fields, or null
 */
export function buildPageRecord(
  file: string,
  text: string,
  page: PageExtraction,
  sidecar: ({ readonly file: string } & SidecarFields) | null,
  ctx: ParseContext,
): { record: ArticleRecord | null; diagnostics: Diagnostic[] } {
  const window = dateWindow(ctx.settings, ctx.now);
  return buildRecord({
    file,
    format: "html",
    page,
    ...(sidecar ? { frontMatterFile: sidecar.file } : {}),
    original: text,
    frontMatter: sidecar?.fields ?? null,
    keyLines: sidecar?.keyLines ?? {},
    keyNames: sidecar?.keyNames ?? {},
    body: "",
    bodyLine: 1,
    topics: ctx.topics,
    matchers: matchersFor(ctx.topics),
    minDate: window.minDate,
    maxDate: window.maxDate,
  });
}

/**
 * Read a sidecar beside a page: null when there is none; its text, or why it cannot be read.
 * @param absPage the page's absolute path; `displayPage` its path for diagnostics
 */
export function readSidecar(
  absPage: string,
  displayPage: string,
  ctx: ParseContext,
): { bytes: Uint8Array; sidecar: SidecarText | null; diagnostics: Diagnostic[] } | null {
  const abs = sidecarPathOf(absPage);
  const display = sidecarPathOf(displayPage);
  try {
    lstatSync(abs);
  } catch {
    return null;
  }
  const read = readArticleBytesSync(abs, display, ctx.settings);
  if (read.bytes === null) return { bytes: new Uint8Array(), sidecar: null, diagnostics: read.diagnostics };
  const decoded = decodeArticleBytes(read.bytes, display, ctx.settings);
  // An empty sidecar sets nothing; it is not an error.
  const empty = decoded.text === null && decoded.diagnostics.every((d) => d.id === "empty-file");
  if (empty) return { bytes: read.bytes, sidecar: { file: display, text: "" }, diagnostics: [] };
  return {
    bytes: read.bytes,
    sidecar: decoded.text === null ? null : { file: display, text: decoded.text },
    diagnostics: decoded.diagnostics,
  };
}

/**
 * Read and parse a saved page of an archive and its sidecar. The parse cache keys the outcome
 * by the bytes of both, so editing the sidecar parses the page again.
 * @param root project root; `file` is relative to it
 */
export function parseSavedPageFile(root: string, file: string, ctx: ParseContext): FileOutcome {
  return parseSavedPageAt(path.join(root, file), file, ctx);
}

/**
 * {@link parseSavedPageFile} for a page anywhere on disk (the `extract` command).
 * @param abs where to read; `file` the path diagnostics and the record name
 */
export function parseSavedPageAt(abs: string, file: string, ctx: ParseContext): FileOutcome {
  const read = readArticleBytesSync(abs, file, ctx.settings);
  if (read.bytes === null) return { readDiagnostics: read.diagnostics, parsed: null, sha1: null };
  const side = readSidecar(abs, file, ctx);
  const sha1 = savedPageSha1(read.bytes, side?.bytes ?? null);
  if (side !== null && side.sidecar === null) return { readDiagnostics: side.diagnostics, parsed: null, sha1 };
  try {
    const { text, diagnostics } = pageText(file, read.bytes);
    return {
      readDiagnostics: [...diagnostics, ...(side?.diagnostics ?? [])],
      parsed: parseSavedPageText(file, text, side?.sidecar ?? null, ctx),
      sha1,
    };
  } catch (error) {
    return { readDiagnostics: [parseCrashed(file, error)], parsed: null, sha1 };
  }
}

/**
 * What the parse cache keys a saved page by: its bytes and its sidecar's, when it has one.
 * @param sidecar the sidecar's bytes, or null when there is none
 */
export function savedPageSha1(page: Uint8Array, sidecar: Uint8Array | null): string {
  return sidecar === null ? bytesSha1(page) : bytesSha1(concat(page, sidecar));
}

/**
 * {@link savedPageSha1} of a page of an archive as it is on disk, or null when it cannot be read.
 * @param root project root; `file` is relative to it
 */
export function savedPageHash(root: string, file: string, ctx: ParseContext): string | null {
  const abs = path.join(root, file);
  const read = readArticleBytesSync(abs, file, ctx.settings);
  if (read.bytes === null) return null;
  return savedPageSha1(read.bytes, readSidecar(abs, file, ctx)?.bytes ?? null);
}

/** The page's bytes, a separator no page ends in by chance, the sidecar's bytes. */
function concat(page: Uint8Array, sidecar: Uint8Array): Uint8Array {
  const mark = new TextEncoder().encode("\0sidecar\0");
  const out = new Uint8Array(page.length + mark.length + sidecar.length);
  out.set(page, 0);
  out.set(mark, page.length);
  out.set(sidecar, page.length + mark.length);
  return out;
}

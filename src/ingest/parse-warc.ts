/**
 * A web archive (`.warc`, `.warc.gz`) → one record per article page it holds, each parsed as
 * a saved page is (`parse-page.ts`), named `ARCHIVE#RECORD-ID` (docs/warc.md).
 */
import { closeSync, lstatSync, openSync, readSync } from "node:fs";
import { createHash } from "node:crypto";
import path from "node:path";
import type { ArticleRecord, Diagnostic } from "../types";
import { isProse } from "../extract/body";
import { toLines } from "../extract/lines";
import { readSavedPage, type PageExtraction } from "../html/read-page";
import { errorCode, warcRecordFile } from "../load/list-files";
import { openWarcFile, WARC_LIMITS, warcEntries, type WarcHtmlResponse, type WarcProblem } from "../load/warc";
import { isArticleRecord } from "../load/warc-article";
import { report } from "../diagnostics/messages";
import { capRepeats } from "../diagnostics/repeats";
import { buildPageRecord, pageText } from "./parse-page";
import { dateWindow, parseCrashed, type FileOutcome, type ParseContext } from "./parse-context";

type Parsed = { record: ArticleRecord | null; diagnostics: Diagnostic[] };

/** Bytes hashed at a time: the archive may be far larger than memory should hold. */
const HASH_CHUNK = 1024 * 1024;

/**
 * Read a web archive and parse each of its article pages. A damaged record is reported with
 * its byte offset and the others are read on; a page the extraction finds no headline or body
 * in is reported as not an article; an archive giving no article at all is reported too.
 * @param root project root; `file` is relative to it
 * @returns the archive's problems as `readDiagnostics`, one entry of `pages` per article page,
 *   and the SHA-1 of the archive's bytes (what the parse cache keys the whole outcome by)
 * @example (await parseWarcFile(root, "content/articles/crawl.warc.gz", ctx)).pages?.length
 */
export async function parseWarcFile(root: string, file: string, ctx: ParseContext): Promise<FileOutcome> {
  const abs = path.join(root, file);
  const sha1 = warcFileSha1(abs);
  if (sha1 === null) return { readDiagnostics: [unreadable(abs, file)], parsed: null, sha1: null };
  const readDiagnostics: Diagnostic[] = [];
  const pages: Parsed[] = [];
  let htmlPages = 0;
  try {
    const source = await openWarcFile(abs);
    try {
      // An article page in an archive is held to the size limit of an article file.
      const limits = { ...WARC_LIMITS, maxPayloadBytes: ctx.settings.maxFileBytes };
      for await (const entry of warcEntries(source, limits)) {
        if (entry.kind === "problem") readDiagnostics.push(damaged(file, entry.problem));
        if (entry.kind !== "html") continue;
        htmlPages += 1;
        // The home page, assets and feeds: certainly not articles, and not worth a warning each.
        if (isArticleRecord(entry.record)) pages.push(parseWarcPage(file, entry.record, ctx));
      }
    } finally {
      await source.close();
    }
  } catch (error) {
    readDiagnostics.push(parseCrashed(file, error));
  }
  if (!pages.some((page) => page.record !== null)) {
    const message = `The archive holds ${htmlPages} HTML page(s) and ${pages.length} possible article(s), none of which became an article.`;
    readDiagnostics.push(report("warc-no-articles", file, message));
  }
  return { readDiagnostics, parsed: null, pages, sha1 };
}

/**
 * One page of a web archive as an article: decoded with the HTTP charset as one input, read as
 * a saved page; its target URI is its address when the page states none. Its capture time
 * only says when it was saved, never when it was published.
 * @param warc the archive's path; the record is named `warc#recordId`
 */
export function parseWarcPage(warc: string, response: WarcHtmlResponse, ctx: ParseContext): Parsed {
  const file = warcRecordFile(warc, response.recordId);
  try {
    const { text, diagnostics } = pageText(file, response.body, response.charset);
    const window = dateWindow(ctx.settings, ctx.now);
    const page = readSavedPage(text, { minDate: window.minDate, maxDate: window.maxDate });
    if (page.headline.value === null || !hasProse(page.body)) {
      const missing = page.headline.value === null ? "no headline" : "no body of prose";
      const message = `The page at byte offset ${response.offset} (${response.targetUri}) has ${missing}; it was not published.`;
      return { record: null, diagnostics: [...diagnostics, report("warc-not-article", warc, message)] };
    }
    const built = buildPageRecord(file, text, withCapture(page, response), null, ctx);
    const record = built.record === null ? null : { ...built.record, originalText: text };
    return { record, diagnostics: capRepeats([...diagnostics, ...built.diagnostics]) };
  } catch (error) {
    return { record: null, diagnostics: [parseCrashed(file, error)] };
  }
}

/**
 * Whether a page's body holds prose: a section front or tag page has a headline and a body of
 * link texts and teasers, not one sentence of ten words or more.
 */
function hasProse(body: readonly string[]): boolean {
  return toLines(body.join("\n\n")).some(isProse);
}

/** The page's fields with what the archive adds: the target URI as the address, the capture time as a note. */
function withCapture(page: PageExtraction, response: WarcHtmlResponse): PageExtraction {
  const canonical =
    page.canonical.value !== null
      ? page.canonical
      : { value: response.targetUri, provenance: { kind: "page", from: "WARC target URI" } as const };
  const p = page.published.provenance;
  const published =
    page.published.value === null && p.kind === "unknown"
      ? {
          value: null,
          provenance: {
            kind: "unknown",
            reason: `${p.reason}; captured ${response.captureTime}, which is not a publication date`,
          } as const,
        }
      : page.published;
  return { ...page, canonical, published };
}

/** A damaged or unusable record, with where it is in the archive. */
function damaged(file: string, problem: WarcProblem): Diagnostic {
  const where = problem.inMember === undefined ? `${problem.offset}` : `${problem.offset} (${problem.inMember} bytes into its gzip member)`;
  return report("warc-record-damaged", file, `The record at byte offset ${where}: ${problem.message}`);
}

/** Why the archive cannot be read: a link, not a regular file, or gone. */
function unreadable(abs: string, file: string): Diagnostic {
  try {
    const stat = lstatSync(abs);
    if (stat.isSymbolicLink()) return report("symlink-refused", file, "The path is a symbolic link; links are never followed.");
    return report("read-failed", file, "The path is not a regular file.");
  } catch (error) {
    return report("read-failed", file, `The file could not be read (${errorCode(error)}).`);
  }
}

/**
 * SHA-1 of a web archive's bytes, read a chunk at a time; null when it is not a regular file
 * (links are refused) or cannot be read.
 * @param abs the archive's absolute path
 */
export function warcFileSha1(abs: string): string | null {
  let fd: number | null = null;
  try {
    if (!lstatSync(abs).isFile()) return null;
    fd = openSync(abs, "r");
    const hash = createHash("sha1");
    const buffer = Buffer.alloc(HASH_CHUNK);
    for (let n = readSync(fd, buffer); n > 0; n = readSync(fd, buffer)) hash.update(buffer.subarray(0, n));
    return hash.digest("hex");
  } catch {
    return null;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

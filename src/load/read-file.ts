import { lstatSync, readFileSync } from "node:fs";
import type { ArchiveSettings } from "../config/settings";
import type { Diagnostic } from "../types";
import { report } from "../diagnostics/messages";
import { decodeUtf8 } from "./decode";
import { checkLineLengths, checkText, normaliseText } from "./normalise";
import { errorCode } from "./list-files";

/**
 * Read one article file: bytes, size cap, strict UTF-8, BOM and line-ending normalisation,
 * control-character and emptiness checks. Works on any path (the `extract` command uses it
 * outside `content/`).
 *
 * Synchronous on purpose: article files are small, and each awaited file-system call waits for
 * a thread-pool round trip that costs far more than the read itself, which a parse loop would
 * sit out idle (measurements: docs/performance.md, 'Synchronous file reads').
 * @param absPath where to read
 * @param displayPath the path diagnostics name (relative to the project root when possible)
 * @returns the normalised text, or null when the file cannot be used (diagnostics say why).
 *   Text with only non-fatal problems is returned together with its diagnostics.
 * @example readArticleFileSync("/abs/content/articles/a.txt", "content/articles/a.txt", settings).text
 */
export function readArticleFileSync(
  absPath: string,
  displayPath: string,
  settings: Pick<ArchiveSettings, "maxFileBytes">,
): { text: string | null; diagnostics: Diagnostic[] } {
  const read = readArticleBytesSync(absPath, displayPath, settings);
  return read.bytes === null ? { text: null, diagnostics: read.diagnostics } : decodeArticleBytes(read.bytes, displayPath, settings);
}

/**
 * The first half of {@link readArticleFileSync}: the file's bytes, or why they cannot be used
 * (a link, not a regular file, over the size limit, unreadable).
 */
export function readArticleBytesSync(
  absPath: string,
  displayPath: string,
  settings: Pick<ArchiveSettings, "maxFileBytes">,
): { bytes: Uint8Array } | { bytes: null; diagnostics: Diagnostic[] } {
  try {
    // Checked before reading so a huge file is never loaded into memory.
    const stat = lstatSync(absPath);
    if (stat.isSymbolicLink()) {
      return refuse(report("symlink-refused", displayPath, "The path is a symbolic link; links are never followed."));
    }
    if (!stat.isFile()) return refuse(report("read-failed", displayPath, "The path is not a regular file."));
    if (stat.size > settings.maxFileBytes) return refuse(tooLarge(displayPath, stat.size, settings.maxFileBytes));
    return { bytes: readFileSync(absPath) };
  } catch (error) {
    return refuse(report("read-failed", displayPath, `The file could not be read (${errorCode(error)}).`));
  }
}

/** {@link readArticleFileSync} behind a promise, for callers written against the async API. */
export async function readArticleFile(...args: Parameters<typeof readArticleFileSync>): Promise<ReturnType<typeof readArticleFileSync>> {
  return readArticleFileSync(...args);
}

/**
 * The pure part of {@link readArticleFile}: bytes → normalised text or diagnostics.
 */
export function decodeArticleBytes(
  bytes: Uint8Array,
  displayPath: string,
  settings: Pick<ArchiveSettings, "maxFileBytes">,
): { text: string | null; diagnostics: Diagnostic[] } {
  if (bytes.length > settings.maxFileBytes) return fail(tooLarge(displayPath, bytes.length, settings.maxFileBytes));
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    const byte = bytes[decoded.byteOffset]!.toString(16).toUpperCase().padStart(2, "0");
    return fail(
      report("invalid-utf8", displayPath, `Byte 0x${byte} at offset ${decoded.byteOffset} is not valid UTF-8.`, {
        line: decoded.line,
        column: decoded.column,
      }),
    );
  }
  const text = normaliseText(decoded.text);
  const problems = checkText(displayPath, text);
  if (problems.length > 0) return { text: null, diagnostics: problems };
  return { text, diagnostics: checkLineLengths(displayPath, text) };
}

function tooLarge(file: string, size: number, limit: number): Diagnostic {
  return report("file-too-large", file, `The file is ${size} bytes; the limit is ${limit} bytes.`);
}

function fail(diagnostic: Diagnostic): { text: null; diagnostics: Diagnostic[] } {
  return { text: null, diagnostics: [diagnostic] };
}

function refuse(diagnostic: Diagnostic): { bytes: null; diagnostics: Diagnostic[] } {
  return { bytes: null, diagnostics: [diagnostic] };
}

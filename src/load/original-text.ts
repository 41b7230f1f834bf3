import path from "node:path";
import type { ArchiveSettings } from "../config/settings";
import type { ArticleRecord } from "../types";
import { textSha256 } from "../util/text-hash";
import { readArticleBytesSync, readArticleFileSync } from "./read-file";
import { decodeHtmlBytes } from "./html-charset";
import { normaliseText } from "./normalise";
import { formatOf } from "./list-files";

/** Gives a record's original text (published as its `original.txt`). */
export type OriginalTextReader = (record: Pick<ArticleRecord, "file" | "originalSha256" | "originalText">) => string;

/**
 * Read a record's file again, as ingestion read it, when its original text is published (a
 * page from a web archive carries its text instead).
 * Holding every text from parse to render would keep the whole archive's text in memory through
 * the build; reading it again costs one small file read per article (measurements:
 * docs/performance.md, 'Original texts read again').
 * @param root the project root the records' `file` paths are relative to.
 * @throws Error naming the file when it can no longer be read, or when its text is no longer
 *   the one that was parsed (edited during the build): the page and its original would differ.
 * @example originalTextFromDisk(root, settings)(record) // the text, byte for byte as parsed
 */
export function originalTextFromDisk(root: string, settings: Pick<ArchiveSettings, "maxFileBytes">): OriginalTextReader {
  return (record) => {
    if (record.originalText !== undefined) return record.originalText;
    const read = readOriginal(path.join(root, record.file), record.file, settings);
    if (read.text === null) {
      const why = read.diagnostics.map((d) => d.message).join(" ");
      throw new Error(`${record.file}: could not be read again to publish its original text. ${why}`);
    }
    if (textSha256(read.text) !== record.originalSha256) {
      throw new Error(`${record.file}: the file changed while the site was being built, so its page may not match its text; build again.`);
    }
    return read.text;
  };
}

/** A file's text as ingestion read it: a saved page by its own character set, any other file as strict UTF-8. */
function readOriginal(
  absPath: string,
  file: string,
  settings: Pick<ArchiveSettings, "maxFileBytes">,
): ReturnType<typeof readArticleFileSync> {
  if (formatOf(file) !== "html") return readArticleFileSync(absPath, file, settings);
  const read = readArticleBytesSync(absPath, file, settings);
  return read.bytes === null
    ? { text: null, diagnostics: read.diagnostics }
    : { text: normaliseText(decodeHtmlBytes(read.bytes).text), diagnostics: [] };
}

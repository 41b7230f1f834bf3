import path from "node:path";
import type { ArchiveSettings } from "../config/settings";
import type { ArticleRecord } from "../types";
import { textSha256 } from "../util/text-hash";
import { decodeHtmlBytes } from "./html-charset";
import { normaliseText } from "./normalise";
import { originalTextFromDisk, type OriginalTextReader } from "./original-text";
import { readArticleBytesSync } from "./read-file";

/** Gives a saved page's original bytes (published as its `original.bin`). */
export type OriginalBytesReader = (record: Pick<ArticleRecord, "file" | "originalSha256" | "originalText">) => Uint8Array;

/** What the site's published originals are read with: the texts, and the saved pages' bytes. */
export interface OriginalReaders {
  readonly text: OriginalTextReader;
  readonly bytes: OriginalBytesReader;
}

/**
 * Read a saved page's file again, byte for byte, when its original is published. The bytes
 * are checked against the text ingestion parsed (decoded by the page's own character set, as
 * then), so the download is the page the article was made from.
 * @param root the project root the records' `file` paths are relative to.
 * @throws Error naming the file when it can no longer be read, or when it changed since it was parsed.
 * @example originalBytesFromDisk(root, settings)(record) // the saved page's bytes as collected
 */
export function originalBytesFromDisk(root: string, settings: Pick<ArchiveSettings, "maxFileBytes">): OriginalBytesReader {
  return (record) => {
    // A page from a web archive has no file of its own: its download is its HTML as decoded,
    // in UTF-8 (the archive itself keeps the bytes as captured).
    if (record.originalText !== undefined) return new TextEncoder().encode(record.originalText);
    const read = readArticleBytesSync(path.join(root, record.file), record.file, settings);
    if (read.bytes === null) {
      const why = read.diagnostics.map((d) => d.message).join(" ");
      throw new Error(`${record.file}: could not be read again to publish the saved page. ${why}`);
    }
    if (textSha256(normaliseText(decodeHtmlBytes(read.bytes).text)) !== record.originalSha256) {
      throw new Error(`${record.file}: the file changed while the site was being built, so its page may not match it; build again.`);
    }
    return read.bytes;
  };
}

/**
 * Both readers of the originals, from the files under `root`.
 * @example originalsFromDisk(root, settings).text(record)
 */
export function originalsFromDisk(root: string, settings: Pick<ArchiveSettings, "maxFileBytes">): OriginalReaders {
  return { text: originalTextFromDisk(root, settings), bytes: originalBytesFromDisk(root, settings) };
}

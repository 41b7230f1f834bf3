import type { ArchiveSettings } from "../config/settings";
import type { Diagnostic } from "../types";
import { report } from "../diagnostics/messages";
import { decodeArticleBytes } from "./read-file";

/**
 * Read a whole stream (standard input) as an article file is read: size cap, strict UTF-8,
 * BOM and line-ending normalisation, control-character and emptiness checks.
 * Reading stops once the size limit is passed, so an endless pipe never fills memory.
 * @param stream the bytes, e.g. `process.stdin`
 * @param displayPath what diagnostics name the input, e.g. `standard input`
 * @returns the normalised text, or null when it cannot be used (diagnostics say why)
 * @example await readArticleStream(process.stdin, "standard input", settings)
 */
export async function readArticleStream(
  stream: AsyncIterable<Uint8Array | string>,
  displayPath: string,
  settings: Pick<ArchiveSettings, "maxFileBytes">,
): Promise<{ text: string | null; diagnostics: Diagnostic[] }> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === "string" ? new TextEncoder().encode(chunk) : chunk;
    size += bytes.length;
    if (size > settings.maxFileBytes) {
      const message = `The input is over ${settings.maxFileBytes} bytes, the limit for one article.`;
      return { text: null, diagnostics: [report("file-too-large", displayPath, message)] };
    }
    chunks.push(bytes);
  }
  return decodeArticleBytes(Buffer.concat(chunks), displayPath, settings);
}

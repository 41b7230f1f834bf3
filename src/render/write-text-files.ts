import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { OriginalBytes, OriginalText } from "../site/site-data";
import { outputFileFor } from "../site/urls";
import { outputsOutside } from "../output/check-outputs";
import type { SiteDataSubset } from "../site/site-pages";

/** A file written for a page: the page's URL and the file, relative to the output folder with `/` separators. */
export interface WrittenPage {
  readonly url: string;
  readonly file: string;
}

/**
 * The files of `data` written without a template by {@link writeTextFiles}: the original texts
 * (copies of article files), saved pages' snapshots and bytes, the feeds, sitemap and
 * robots.txt, the JSON export and the redirects, data rather than pages. Through Eleventy, each
 * text went through a template that returned it unchanged, a sizeable share of the render, and
 * each part of the export was held in memory with the rest of its render batch (measurements:
 * docs/performance.md, 'Text files written without Eleventy'). Their texts are made on demand
 * (`lazy-text.ts`) from data only this process holds, so they are never handed to a render
 * worker either (see `render-pool.ts`).
 */
export function directFiles(data: SiteDataSubset): (OriginalText | OriginalBytes)[] {
  return [...data.views.originals, ...data.views.savedPages, ...data.views.files, ...data.views.exports, ...data.views.redirects];
}

/**
 * Write text files that are final as they are (see {@link directFiles}) into `outDir`, each at
 * its URL, one at a time (a lazy text is made, written and let go), as Eleventy's passthrough
 * copy writes the assets.
 * @returns the files written, in the order given.
 * @throws Error when a URL would lead outside `outDir`, or a file cannot be written.
 * @example writeTextFiles([lazyText("/articles/a/original.txt", …)], "_site") // [{ url, file: "articles/a/original.txt" }]
 */
export function writeTextFiles(files: readonly (OriginalText | OriginalBytes)[], outDir: string): WrittenPage[] {
  const out = resolve(outDir);
  const folders = new Set<string>();
  return files.map((direct) => {
    const { url } = direct;
    const file = outputFileFor(url);
    const target = join(out, file);
    if (outputsOutside([target], out).length > 0) throw new Error(`Output written outside ${out}: ${url}`);
    const folder = dirname(target);
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    writeFileSync(target, "bytes" in direct ? direct.bytes : direct.text);
    return { url, file };
  });
}

/**
 * Files {@link writeTextFilesInTurns} writes between turns of the event loop. Writing a large
 * archive's original texts in one go would keep this thread from its other tasks, handing the
 * search indexer its next shards among them (see `search-index.ts`), and leave Pagefind idle
 * meanwhile (measurements: docs/performance.md, 'Text files written in turns').
 */
export const FILES_PER_TURN = 500;

/**
 * {@link writeTextFiles}, `perTurn` files at a time, letting the event loop turn in between.
 * Writes stay synchronous: the same files written asynchronously cost several times the system
 * time (measurements: docs/performance.md, 'Synchronous text-file writes').
 */
export async function writeTextFilesInTurns(
  files: readonly (OriginalText | OriginalBytes)[],
  outDir: string,
  perTurn = FILES_PER_TURN,
): Promise<WrittenPage[]> {
  const written: WrittenPage[] = [];
  for (let start = 0; start < files.length; start += perTurn) {
    written.push(...writeTextFiles(files.slice(start, start + perTurn), outDir));
    await new Promise((resolve) => setImmediate(resolve));
  }
  return written;
}

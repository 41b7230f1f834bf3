import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { OriginalText } from "../site/site-data";
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
 * (copies of article files) and the JSON export, data rather than pages. Through Eleventy, the
 * texts took 2.0–2.2 s of a 7–10 s render at 10,000 articles, and each part of the export was
 * held in memory with the rest of its render batch (the build peaked about 0.4 GB higher while
 * Eleventy wrote them at 100,000).
 */
export function directFiles(data: SiteDataSubset): OriginalText[] {
  return [...data.views.originals, ...data.views.exports];
}

/**
 * Write text files that are final as they are (see {@link directFiles}) into `outDir`, each at
 * its URL, one at a time (a lazy text is made, written and let go), as Eleventy's passthrough
 * copy writes the assets.
 * @returns the files written, in the order given.
 * @throws Error when a URL would lead outside `outDir`, or a file cannot be written.
 * @example writeTextFiles([lazyText("/articles/a/original.txt", …)], "_site") // [{ url, file: "articles/a/original.txt" }]
 */
export function writeTextFiles(files: readonly OriginalText[], outDir: string): WrittenPage[] {
  const out = resolve(outDir);
  const folders = new Set<string>();
  return files.map(({ url, text }) => {
    const file = outputFileFor(url);
    const target = join(out, file);
    if (outputsOutside([target], out).length > 0) throw new Error(`Output written outside ${out}: ${url}`);
    const folder = dirname(target);
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    writeFileSync(target, text);
    return { url, file };
  });
}

/**
 * Files {@link writeTextFilesInTurns} writes between turns of the event loop. Writing 100,000
 * original texts in one go kept this thread from its other tasks for 25–48 s, handing the search
 * indexer its next shards among them (see `search-index.ts`): Pagefind sat idle all that time.
 */
export const FILES_PER_TURN = 500;

/**
 * {@link writeTextFiles}, `perTurn` files at a time, letting the event loop turn in between.
 * Writes stay synchronous: 10,000 files written asynchronously took 4–9 s of system time on
 * this machine's disk against 0.6–1.3 s.
 */
export async function writeTextFilesInTurns(files: readonly OriginalText[], outDir: string, perTurn = FILES_PER_TURN): Promise<WrittenPage[]> {
  const written: WrittenPage[] = [];
  for (let start = 0; start < files.length; start += perTurn) {
    written.push(...writeTextFiles(files.slice(start, start + perTurn), outDir));
    await new Promise((resolve) => setImmediate(resolve));
  }
  return written;
}

import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import type { OriginalText } from "../archive/site-data";
import { outputFileFor } from "../archive/urls";
import { outputsOutside } from "./check-outputs";
import type { WrittenPage } from "./render-site";

/**
 * Write text files that are final as they are (the articles' original texts) into `outDir`,
 * each at its URL, as Eleventy's passthrough copy writes the assets: no template has anything
 * to do with them. Through a template that returned the text unchanged, Eleventy took 2.0–2.2 s
 * of a 7–10 s render at 10,000 articles for them (runs in turn, 2026-12-01).
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

import { readFile } from "node:fs/promises";
import { join } from "node:path";
import * as pagefind from "pagefind";
import type { SiteData } from "../archive/site-data";
import { outputFileFor, searchBundleUrl, withPathPrefix } from "../archive/urls";

/**
 * Build the Pagefind search index of the written site into `<outDir>/pagefind/`, with the UI
 * script and stylesheet the search page loads (served from the site itself, no CDN).
 *
 * Only article pages are indexed, each under its prefixed URL so results link correctly when
 * the site is served under a path prefix. Within a page, Pagefind reads only the element
 * marked `data-pagefind-body` (headline and body) and the `data-pagefind-filter` values.
 *
 * @returns the number of pages indexed.
 * @throws Error with Pagefind's messages when indexing fails.
 */
export async function writeSearchIndex(data: SiteData, outDir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
  try {
    if (index === undefined) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
    for (const view of data.views.articles) {
      const content = await readFile(join(outDir, outputFileFor(view.url)), "utf8");
      const added = await index.addHTMLFile({ url: withPathPrefix(data.pathPrefix, view.url), content });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${view.url}: ${added.errors.join("; ")}`);
    }
    const written = await index.writeFiles({ outputPath: join(outDir, outputFileFor(searchBundleUrl()).replace(/index\.html$/, "")) });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
    return data.views.articles.length;
  } finally {
    await pagefind.close();
  }
}

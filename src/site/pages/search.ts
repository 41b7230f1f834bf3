import type { SearchView } from "../site-data";
import { SEARCH_FILTER_NAMES } from "../search-fields";
import * as urls from "../urls";
import { href, link, viewBase, type PageContext } from "../scaffold";

/**
 * The search page, loading every search index shard.
 * @param folders the shards' folders (site paths), oldest articles first; at least one.
 * @example searchView(ctx, ["/pagefind/3f9c/"]).scriptUrl //=> "/pagefind/3f9c/pagefind-ui.js"
 */
export function searchView(ctx: PageContext, folders: readonly string[]): SearchView {
  const s = ctx.scaffold;
  return {
    kind: "search",
    ...viewBase(s, urls.searchUrl(), "Search", "search", [s.links.home], "Full-text search across every article.", {
      meta: { noindex: true },
    }),
    bundlesJson: JSON.stringify(folders.map((folder) => href(s, folder))),
    filtersJson: JSON.stringify(SEARCH_FILTER_NAMES),
    // Pagefind writes its UI files into every shard; the first shard's are loaded.
    scriptUrl: href(s, `${folders[0]}pagefind-ui.js`),
    styleUrl: href(s, `${folders[0]}pagefind-ui.css`),
    starterUrl: href(s, urls.searchStarterUrl()),
    topics: link(s, urls.topicsIndexUrl(), "topics"),
    archive: link(s, urls.archiveUrl(), "the archive by date"),
  };
}

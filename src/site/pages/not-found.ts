import type { NotFoundView } from "../site-data";
import * as urls from "../urls";
import { pageMeta, viewBase, type PageContext } from "../scaffold";

/**
 * The 404 page: no canonical URL, kept out of search engines.
 * @example notFoundView(ctx).meta.canonicalUrl //=> null
 */
export function notFoundView(ctx: PageContext): NotFoundView {
  const s = ctx.scaffold;
  return {
    kind: "not-found",
    ...viewBase(s, urls.notFoundUrl(), "Page not found", null, [], "", { meta: { noindex: true } }),
    meta: pageMeta(s, null, "", { noindex: true }),
    home: s.links.home,
  };
}

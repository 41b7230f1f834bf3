import type { ArticleRecord } from "../types";
import { contextMemo } from "./memo";
import * as urls from "./urls";

/**
 * The JSON export of every article (`articles.json`): `{ "count": n, "articles": [...] }`,
 * pretty-printed with two spaces, the records' own fields and their absolute URLs.
 *
 * Each article's part of the text is kept per record, so building it again for mostly the
 * same records (the dev server) costs a join rather than serialising every body again. The
 * text is exactly `JSON.stringify({ count, articles }, null, 2)` plus a final newline: an
 * object nested two levels deep is its own two-space serialisation with four more spaces after
 * every line break (JSON strings never hold a raw line break).
 *
 * @param sorted the articles in site order.
 * @param absolute the absolute URL of a site path.
 */
export function articlesJson(sorted: readonly ArticleRecord[], absolute: (path: string) => string): string {
  const context = absolute("/");
  const parts = sorted.map((r) => exportedText(r, context, () => `    ${JSON.stringify(exported(r, absolute), null, 2).replace(/\n/g, "\n    ")}`));
  const list = parts.length === 0 ? "[]" : `[\n${parts.join(",\n")}\n  ]`;
  return `{\n  "count": ${parts.length},\n  "articles": ${list}\n}\n`;
}

const exportedText = contextMemo<ArticleRecord, string>();

function exported(r: ArticleRecord, absolute: (path: string) => string): Record<string, unknown> {
  return {
    slug: r.slug,
    url: absolute(urls.articleUrl(r.slug)),
    originalUrl: absolute(urls.originalTextUrl(r.slug)),
    file: r.file,
    format: r.format,
    headline: r.headline,
    byline: r.byline,
    authors: r.authors,
    published: r.published,
    updated: r.updated,
    source: r.source,
    topics: r.topics,
    summary: r.summary,
    highlights: r.highlights,
    body: r.body,
    draft: r.draft,
  };
}

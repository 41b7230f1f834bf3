import { createHash } from "node:crypto";
import type { ArticleView } from "./site-data";
import type { ArticleRecord } from "../types";
import { searchBundleUrl, withPathPrefix } from "./urls";
import { escapeXml } from "./xml";
import { contextMemo, objectId } from "./memo";

/**
 * The search index is split into shards. Pagefind's indexer holds a whole index in memory
 * (about 2.6 GB for 10,000 articles, 0.74 GB for 2,500, measured on synthetic articles of
 * ~700 words), separate shards can be indexed on separate cores, and a shard whose articles
 * did not change can be kept from the previous build. The search page merges the shards
 * (Pagefind's `mergeIndex`), so readers search one archive.
 *
 * Shards are runs of `maxPerShard` articles, oldest first, undated articles last: a new
 * article usually lands in the last shard and leaves the others as they were. Each shard's
 * folder is named by a hash of what it indexes, so an unchanged shard keeps its name (and
 * browsers their cached copy) and a changed one cannot be mistaken for the old.
 */

/** One article as the search indexer receives it (Pagefind's custom record). */
export interface SearchDocument {
  /** The page's link, path prefix included, as results show it. */
  readonly url: string;
  /**
   * What is searched, HTML-escaped: the headline, then the highlights and the body, one
   * paragraph per line.
   */
  readonly content: string;
  readonly language: "en";
  readonly meta: { readonly title: string };
  /** The search page's filters, HTML-escaped: topic labels, the source, the publication year. */
  readonly filters: { readonly topic: string[]; readonly source: string[]; readonly year: string[] };
}

/** A shard of the search index: where it goes and what it indexes. */
export interface SearchShard {
  /** Hash of the shard's documents: names its folder. */
  readonly key: string;
  /** The shard's folder, a site path without the prefix (`/pagefind/<key>/`). */
  readonly folder: string;
  /** How many articles the shard indexes. */
  readonly size: number;
  /**
   * The shard's documents, made afresh on each call. They hold a copy of every body (about
   * 0.4 GB at 100,000 articles), so they are made when the shard is indexed and not kept.
   */
  readonly documents: () => SearchDocument[];
}

type SearchableRecord = Pick<ArticleRecord, "slug" | "highlights" | "body">;

/**
 * The search index shards of the article pages.
 * @param articles the article views, in site order (newest first, undated last).
 * @param records the records the views were built from (matched by slug).
 * @param maxPerShard most articles per shard.
 * @returns at least one shard (possibly empty), so the search page always has an index.
 * @throws Error when a view has no record (site data and records out of step).
 * @example searchShards(data.views.articles, records, "/", 2500).length // 4 for 10,000 articles
 */
export function searchShards(articles: readonly ArticleView[], records: readonly SearchableRecord[], pathPrefix: string, maxPerShard: number): SearchShard[] {
  // The site data names the shard folders and the build then indexes the same shards: the
  // hashes are made once for the same views, records and settings (the documents are made
  // again only when a shard is indexed).
  const hit = made.get(articles);
  if (hit !== undefined && hit.records === records && hit.pathPrefix === pathPrefix && hit.maxPerShard === maxPerShard) return hit.shards;
  const shards = makeShards(articles, records, pathPrefix, maxPerShard);
  made.set(articles, { records, pathPrefix, maxPerShard, shards });
  return shards;
}

const made = new WeakMap<
  readonly ArticleView[],
  { readonly records: readonly SearchableRecord[]; readonly pathPrefix: string; readonly maxPerShard: number; readonly shards: SearchShard[] }
>();

function makeShards(articles: readonly ArticleView[], records: readonly SearchableRecord[], pathPrefix: string, maxPerShard: number): SearchShard[] {
  if (!Number.isInteger(maxPerShard) || maxPerShard < 1) throw new TypeError(`Invalid search shard size \`${maxPerShard}\``);
  const bySlug = new Map(records.map((r) => [r.slug, r]));
  const dated = articles.filter((a) => a.published !== null).reverse();
  const ordered = [...dated, ...articles.filter((a) => a.published === null)];
  const shards: SearchShard[] = [];
  for (let start = 0; start === 0 || start < ordered.length; start += maxPerShard) {
    const views = ordered.slice(start, start + maxPerShard);
    const documents = (): SearchDocument[] => views.map((view) => searchDocument(view, bySlug.get(view.slug), pathPrefix));
    const key = shardKey(views.map((view) => documentHash(view, bySlug.get(view.slug), pathPrefix)));
    shards.push({ key, folder: searchBundleUrl(key), size: views.length, documents });
  }
  return shards;
}

/** A hash of everything Pagefind receives for a shard: its documents' hashes, in order. */
function shardKey(documentHashes: readonly string[]): string {
  const hash = createHash("sha256");
  for (const h of documentHashes) hash.update(h);
  return hash.digest("hex").slice(0, 16);
}

/**
 * A hash of everything Pagefind receives for one article, fed field by field. Kept per view
 * object for the record and prefix it was made from: the dev server keeps the view of an
 * unchanged article from one build to the next, so after an edit only the edited article is
 * hashed again, not every article of the archive (2 s of a 12 s edit at 100,000 articles).
 */
function documentHash(view: ArticleView, record: SearchableRecord | undefined, pathPrefix: string): string {
  return documentHashes(view, `${record === undefined ? "" : objectId(record)}\n${pathPrefix}`, () => {
    const d = searchDocument(view, record, pathPrefix);
    const hash = createHash("sha256");
    for (const part of [d.url, d.content, d.language, d.meta.title, ...d.filters.topic, "\u0000", ...d.filters.source, "\u0000", ...d.filters.year]) {
      hash.update(part);
      hash.update("\u0000");
    }
    return hash.digest("hex");
  });
}

const documentHashes = contextMemo<ArticleView, string>();

function searchDocument(view: ArticleView, record: SearchableRecord | undefined, pathPrefix: string): SearchDocument {
  if (record === undefined) throw new Error(`No record for the article page ${view.url}`);
  return {
    url: withPathPrefix(pathPrefix, view.url),
    // Pagefind's UI inserts excerpts of the content as HTML: the text must arrive escaped.
    content: escapeXml([view.heading, ...record.highlights, ...record.body].join("\n")),
    language: "en",
    meta: { title: view.heading },
    // Its filter labels too; titles it prints as text.
    filters: {
      topic: view.topics.map((t) => escapeXml(t.label)),
      source: view.source === null ? [] : [escapeXml(view.source.label)],
      year: view.filterYear === null ? [] : [view.filterYear],
    },
  };
}

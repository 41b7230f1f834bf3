import { createHash } from "node:crypto";
import type { ArticleRecord, Topic } from "../types";
import { newestFirstOf } from "./order/sort";
import { searchFilters, searchMeta, searchSort, type SearchFieldsRecord, type SearchFilters, type SearchMeta } from "./search-fields";
import { articleUrl, searchBundleUrl, withPathPrefix } from "./urls";
import { escapeXml } from "./outputs/xml";
import { ViewCache } from "./view-identity";

/**
 * The search index is split into shards. Pagefind's indexer holds a whole index in memory, in
 * proportion to its articles (measurements: docs/performance.md, 'Search shard size'),
 * separate shards can be indexed on separate cores, and a shard whose articles did not change
 * can be kept from the previous build. The search page merges the shards
 * (Pagefind's `mergeIndex`), so readers search one archive.
 *
 * Shards are runs of `maxPerShard` articles, oldest first, undated articles last: a new
 * article usually lands in the last shard and leaves the others as they were. Each shard's
 * folder is named by a hash of what it indexes, so an unchanged shard keeps its name (and
 * browsers their cached copy) and a changed one cannot be mistaken for the old.
 *
 * Shards are made from the records and the taxonomy alone (a document holds what the article
 * page shows: headline, date, source, byline, topic labels, year), not from the site data's views, so the
 * index does not depend on how pages are laid out, and could be started before them.
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
  /** What a result shows under its headline: date, source, byline (see `search-fields.ts`). */
  readonly meta: SearchMeta;
  /** The search page's filters, HTML-escaped: topic labels, source, authors, publication year. */
  readonly filters: SearchFilters;
  /** The sort keys: the day of publication. */
  readonly sort: { readonly date: string };
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
   * The shard's documents, made afresh on each call. They hold a copy of every body
   * (measurements: docs/performance.md, 'Search documents made on demand'), so they are made
   * when the shard is indexed and not kept.
   */
  readonly documents: () => SearchDocument[];
}

type SearchableRecord = Pick<ArticleRecord, "slug" | "topics" | "highlights" | "body"> & SearchFieldsRecord;

/**
 * The search index shards of the article pages.
 * @param records the published records (the site's articles), in any order.
 * @param topics the taxonomy, for the topic labels the filters show.
 * @param maxPerShard most articles per shard.
 * @returns at least one shard (possibly empty), so the search page always has an index.
 * @throws TypeError when a record names a topic the taxonomy lacks.
 * @example searchShards(records, topics, "/", 2500).length // 4 for 10,000 articles
 */
export function searchShards(
  records: readonly SearchableRecord[],
  topics: readonly Pick<Topic, "slug" | "label">[],
  pathPrefix: string,
  maxPerShard: number,
): SearchShard[] {
  // The build starts indexing and the site data names the shard folders: the hashes are made
  // once for the same records, taxonomy and settings (the documents are made again only when
  // a shard is indexed).
  return kept.perObject(makeShards, records, topics, pathPrefix, maxPerShard);
}

/**
 * The shards and document hashes made last, by what they were made from. Held here rather than
 * by a caller because the build command, the dev server's index updates and the site data each
 * ask for the same shards; every argument is compared (see `view-identity.ts`), so nothing
 * kept can be stale, and entries go with their records.
 */
const kept = new ViewCache();

function makeShards(
  records: readonly SearchableRecord[],
  topics: readonly Pick<Topic, "slug" | "label">[],
  pathPrefix: string,
  maxPerShard: number,
): SearchShard[] {
  if (!Number.isInteger(maxPerShard) || maxPerShard < 1) throw new TypeError(`Invalid search shard size \`${maxPerShard}\``);
  const labels = new Map(topics.map((t) => [t.slug, t.label]));
  // Made once per distinct list of topics: articles share far fewer lists than there are articles.
  const labelLists = new Map<string, readonly string[]>();
  const topicLabels = (r: SearchableRecord): readonly string[] => {
    const key = r.topics.join("\n");
    let list = labelLists.get(key);
    if (list === undefined) {
      list = r.topics.map((slug) => {
        const label = labels.get(slug);
        if (label === undefined) throw new TypeError(`Unknown topic \`${slug}\``);
        return label;
      });
      labelLists.set(key, list);
    }
    return list;
  };
  // The site's order (newest first, undated last), then the dated ones turned oldest first.
  const sorted = newestFirstOf(records);
  const dated = sorted.filter((r) => r.published !== null).reverse();
  const ordered = [...dated, ...sorted.filter((r) => r.published === null)];
  const shards: SearchShard[] = [];
  for (let start = 0; start === 0 || start < ordered.length; start += maxPerShard) {
    const run = ordered.slice(start, start + maxPerShard);
    const documents = (): SearchDocument[] => run.map((r) => searchDocument(r, topicLabels(r), pathPrefix));
    const key = shardKey(run.map((r) => kept.perObject(documentHash, r, topicLabels(r), pathPrefix)));
    shards.push({ key, folder: searchBundleUrl(key), size: run.length, documents });
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
 * A hash of everything Pagefind receives for one article, as JSON. Kept per record
 * for the path prefix and topic labels it was made with: the dev server keeps the record of an
 * unchanged file from one build to the next, so after an edit only the edited article is
 * hashed again, not every article of the archive (measurements: docs/performance.md, 'Search
 * hashes kept per article').
 */
function documentHash(record: SearchableRecord, topicLabels: readonly string[], pathPrefix: string): string {
  const d = searchDocument(record, topicLabels, pathPrefix);
  // The document as Pagefind receives it; its fields are always made in the same order.
  const hash = createHash("sha256");
  hash.update(JSON.stringify(d));
  return hash.digest("hex");
}

/** What the article page shows, as Pagefind indexes it (see `pages/article.ts`). */
function searchDocument(record: SearchableRecord, topicLabels: readonly string[], pathPrefix: string): SearchDocument {
  return {
    url: withPathPrefix(pathPrefix, articleUrl(record.slug)),
    // Pagefind's UI inserts excerpts of the content as HTML: the text must arrive escaped.
    content: escapeXml([record.headline, ...record.highlights, ...record.body].join("\n")),
    language: "en",
    meta: searchMeta(record),
    filters: searchFilters(record, topicLabels),
    sort: searchSort(record),
  };
}

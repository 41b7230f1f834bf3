import { searchShards } from "../site/search-shards";
import { updateSearchIndex } from "../search/search-index";
import type { ArticleRecord, Topic } from "../types";

/** What one update of the search index did, or why it failed. */
export type SearchUpdateReport =
  | { readonly indexed: number; readonly kept: number; readonly removed: number; readonly seconds: number }
  | { readonly error: string };

/**
 * The dev server's search index, brought up to date in the background once saves pause, so
 * indexing (which keeps the cores busy far longer than a page rebuild takes; measurements:
 * docs/performance.md, 'Dev server search updates') neither holds up nor slows the page
 * rebuilds of a burst of saves. Updates never overlap: only the latest request
 * is done next. Until a changed shard is indexed, the search page lists a shard that is not
 * there yet.
 */
export class SearchUpdates {
  #running = false;
  #timer: NodeJS.Timeout | undefined;
  #next: { readonly records: readonly ArticleRecord[]; readonly topics: readonly Topic[]; readonly pathPrefix: string } | null = null;

  /**
   * @param quietMs how long no request must come before an update starts.
   * @param report called after every update.
   */
  constructor(
    private readonly outDir: string,
    private readonly shardSize: number,
    private readonly quietMs: number,
    private readonly report: (report: SearchUpdateReport) => void,
  ) {}

  /** Ask for the index of the site built from `records` and `topics` under `pathPrefix`. */
  request(records: readonly ArticleRecord[], topics: readonly Topic[], pathPrefix: string): void {
    this.#next = { records, topics, pathPrefix };
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      if (!this.#running) void this.#run();
    }, this.quietMs);
  }

  /** Drop a pending request (when the server stops). */
  cancel(): void {
    clearTimeout(this.#timer);
    this.#next = null;
  }

  async #run(): Promise<void> {
    this.#running = true;
    for (let job = this.#next; job !== null; job = this.#next) {
      this.#next = null;
      const started = performance.now();
      try {
        const shards = searchShards(job.records, job.topics, job.pathPrefix, this.shardSize);
        this.report({ ...(await updateSearchIndex(shards, this.outDir)), seconds: (performance.now() - started) / 1000 });
      } catch (error) {
        this.report({ error: error instanceof Error ? error.message : String(error) });
      }
    }
    this.#running = false;
  }
}

import { once } from "node:events";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { Worker } from "node:worker_threads";
import type { SiteData } from "../archive/site-data";
import { outputFileFor, searchBundleUrl, withPathPrefix } from "../archive/urls";
import type { SearchIndexReply, SearchIndexRequest } from "./search-index-worker";

/**
 * The Pagefind search index of the site, fed while Eleventy renders.
 *
 * Pagefind's indexer is a separate process, driven from a worker thread
 * (`search-index-worker.ts`), so indexing the article pages as Eleventy renders them uses the
 * second core instead of waiting for the whole site to be written and reading it back. Pages always reach the indexer in the order of `data.views.articles`, whatever order
 * Eleventy renders them in (Pagefind's output depends on the order pages are added): a page
 * rendered early waits in memory until the pages before it have been added.
 *
 * Only article pages are indexed, each under its prefixed URL so results link correctly when
 * the site is served under a path prefix. Within a page, Pagefind reads only the element
 * marked `data-pagefind-body` (headline and body) and the `data-pagefind-filter` values.
 */
export class SearchIndexFeed {
  private readonly order: readonly string[];
  private readonly waiting = new Map<string, string | null>();
  private next = 0;

  private constructor(
    private readonly data: SiteData,
    private readonly worker: Worker,
  ) {
    this.order = data.views.articles.map((view) => outputFileFor(view.url));
    for (const file of this.order) this.waiting.set(file, null);
  }

  /**
   * Start Pagefind's indexer for the article pages of `data`.
   * @throws Error with Pagefind's messages when the indexer cannot start.
   */
  static async start(data: SiteData): Promise<SearchIndexFeed> {
    // Node 20 does not carry tsx's module hooks into worker threads: register them there first.
    const entry = JSON.stringify(new URL("./search-index-worker.ts", import.meta.url).href);
    const worker = new Worker(`import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${entry}); });`, { eval: true });
    const [ready] = (await once(worker, "message")) as [SearchIndexReply];
    if (ready.errors.length > 0) {
      await worker.terminate();
      throw new Error(`Pagefind could not start: ${ready.errors.join("; ")}`);
    }
    return new SearchIndexFeed(data, worker);
  }

  /**
   * Offer a rendered page: article pages are queued for the index, other pages are ignored.
   * @param file the page's output file relative to the output folder (`articles/a/index.html`).
   * @param html the page exactly as it is written.
   */
  offer(file: string, html: string): void {
    if (this.waiting.get(file) !== null) return;
    this.waiting.set(file, html);
    this.drain();
  }

  /**
   * Add the pages not offered (read back from `outDir`), then write the index into
   * `<outDir>/pagefind/` with the UI script and stylesheet the search page loads (served from
   * the site itself, no CDN). Closes the indexer whether or not it succeeds.
   * @returns the number of pages indexed.
   * @throws Error with Pagefind's messages when indexing fails.
   */
  async finish(outDir: string): Promise<number> {
    try {
      while (this.next < this.order.length) {
        const file = this.order[this.next] as string;
        if (this.waiting.get(file) === null) this.waiting.set(file, await readFile(join(outDir, file), "utf8"));
        this.drain();
      }
      const written = once(this.worker, "message");
      this.send({ kind: "write", outputPath: join(outDir, outputFileFor(searchBundleUrl()).replace(/index\.html$/, "")) });
      const [reply] = (await written) as [SearchIndexReply];
      if (reply.errors.length > 0) throw new Error(reply.errors.join("\n"));
      return this.order.length;
    } finally {
      await this.worker.terminate();
    }
  }

  /** Stop the indexer without writing an index (when the site could not be rendered). */
  async abandon(): Promise<void> {
    await this.worker.terminate();
  }

  private send(request: SearchIndexRequest): void {
    this.worker.postMessage(request);
  }

  private drain(): void {
    for (let file = this.order[this.next]; file !== undefined; file = this.order[this.next]) {
      const html = this.waiting.get(file);
      if (html == null) return;
      const view = this.data.views.articles[this.next] as SiteData["views"]["articles"][number];
      this.waiting.delete(file);
      this.next++;
      this.send({ kind: "add", url: withPathPrefix(this.data.pathPrefix, view.url), content: html });
    }
  }
}

/**
 * Build the Pagefind search index of an already written site into `<outDir>/pagefind/`,
 * reading the article pages back from disk (see {@link SearchIndexFeed} to index while
 * rendering instead).
 * @returns the number of pages indexed.
 * @throws Error with Pagefind's messages when indexing fails.
 */
export async function writeSearchIndex(data: SiteData, outDir: string): Promise<number> {
  return (await SearchIndexFeed.start(data)).finish(outDir);
}

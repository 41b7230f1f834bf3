/**
 * Builds search index shards with Pagefind, in a worker thread (see `search-index.ts`).
 *
 * Pagefind's Node API runs one indexing process per module instance, so each worker thread
 * has its own and shards on different workers are indexed on different cores. The process is
 * closed after each shard: it keeps the whole shard in memory until then.
 *
 * Message in: one `SearchShardJob` per shard. Message out: one `SearchShardReply` per shard,
 * with Pagefind's error messages (empty when the shard was written).
 */
import { parentPort } from "node:worker_threads";
import * as pagefind from "pagefind";
import type { SearchDocument } from "../site/search-shards";

/** A shard to index and the folder to write it into. */
export interface SearchShardJob {
  readonly outputPath: string;
  readonly documents: readonly SearchDocument[];
}

export interface SearchShardReply {
  readonly outputPath: string;
  readonly errors: readonly string[];
}

const port = parentPort;
if (port === null) throw new Error("search-index-worker runs only as a worker thread");

/** Records sent to Pagefind before waiting for its answers. */
const IN_FLIGHT = 100;

async function indexShard(job: SearchShardJob): Promise<string[]> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
  if (index === undefined) return [`Pagefind could not start: ${errors.join("; ")}`];
  try {
    const problems: string[] = [];
    // A window of records in flight rather than the whole shard: Pagefind's client encodes each
    // request into its own buffer and queues them all on the indexer's stdin.
    for (let start = 0; start < job.documents.length; start += IN_FLIGHT) {
      const documents = job.documents.slice(start, start + IN_FLIGHT);
      const added = await Promise.all(
        documents.map((d) => index.addCustomRecord({ ...d, meta: { ...d.meta }, filters: { ...d.filters }, sort: { ...d.sort } })),
      );
      added.forEach((a, i) => {
        if (a.errors.length > 0) problems.push(`Pagefind could not index ${documents[i]?.url}: ${a.errors.join("; ")}`);
      });
    }
    const written = await index.writeFiles({ outputPath: job.outputPath });
    if (written.errors.length > 0) problems.push(`Pagefind could not write its index: ${written.errors.join("; ")}`);
    return problems;
  } finally {
    await pagefind.close();
  }
}

let queue: Promise<void> = Promise.resolve();
port.on("message", (job: SearchShardJob) => {
  queue = queue.then(async () => {
    const errors = await indexShard(job).catch((error: unknown) => [String(error)]);
    port.postMessage({ outputPath: job.outputPath, errors } satisfies SearchShardReply);
  });
});

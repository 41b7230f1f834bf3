/**
 * Pagefind's indexer driven from a worker thread (see `SearchIndexFeed` in `search-index.ts`).
 *
 * Pagefind's Node API talks to its indexing process through pipes; on the main thread those
 * are only served between Eleventy's synchronous file writes, so the indexer would sit idle
 * until the whole site is written. A worker has its own event loop: pages sent to it reach the
 * indexer while the main thread renders.
 *
 * Messages in: `add` (in the order pages must be indexed), then one `write`. Messages out:
 * `ready` once the indexer runs, `written` at the end; both carry Pagefind's error messages.
 */
import { parentPort } from "node:worker_threads";
import * as pagefind from "pagefind";

/** A message to the worker. */
export type SearchIndexRequest =
  | { readonly kind: "add"; readonly url: string; readonly content: string }
  | { readonly kind: "write"; readonly outputPath: string };

/** A message from the worker. */
export type SearchIndexReply = { readonly kind: "ready" | "written"; readonly errors: readonly string[] };

const port = parentPort;
if (port === null) throw new Error("search-index-worker runs only as a worker thread");

const { index, errors } = await pagefind.createIndex({ forceLanguage: "en" });
const problems: string[] = [...errors];
let queue: Promise<void> = Promise.resolve();

async function handle(request: SearchIndexRequest): Promise<void> {
  if (index === undefined) return;
  if (request.kind === "add") {
    const added = await index.addHTMLFile({ url: request.url, content: request.content });
    if (added.errors.length > 0) problems.push(`Pagefind could not index ${request.url}: ${added.errors.join("; ")}`);
    return;
  }
  const written = await index.writeFiles({ outputPath: request.outputPath });
  if (written.errors.length > 0) problems.push(`Pagefind could not write its index: ${written.errors.join("; ")}`);
  await pagefind.close();
  port?.postMessage({ kind: "written", errors: problems } satisfies SearchIndexReply);
  port?.close();
}

port.on("message", (request: SearchIndexRequest) => {
  queue = queue.then(() => handle(request));
});
port.postMessage({ kind: "ready", errors: index === undefined ? problems : [] } satisfies SearchIndexReply);
if (index === undefined) {
  await pagefind.close();
  port.close();
}

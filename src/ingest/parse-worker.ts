/**
 * Reads and parses article files in a worker thread for `parseFiles` (`parse-pool.ts`).
 *
 * `workerData` carries the parse context (settings, taxonomy, reference time in ms). Messages
 * in: a batch of files with their positions; messages out: `ready` once loaded, then one
 * `FileOutcome` per file of each batch, in the batch's order.
 *
 * The pool bundles this module with everything it imports into one file, so it must not
 * import `parse-pool.ts` (which loads the bundler) other than for types.
 */
import { parentPort, workerData } from "node:worker_threads";
import { parseOneFile, type FileOutcome } from "./parse-article";
import type { ParseBatch, ParseBatchReply, ParseWorkerData } from "./parse-pool";

const port = parentPort;
if (port === null) throw new Error("parse-worker runs only as a worker thread");

const data = workerData as ParseWorkerData;
const ctx = { topics: data.topics, settings: data.settings, now: data.now === null ? undefined : new Date(data.now) };

port.on("message", (batch: ParseBatch) => {
  const outcomes: FileOutcome[] = batch.files.map((file) => parseOneFile(data.root, file, ctx));
  port.postMessage({ kind: "parsed", id: batch.id, outcomes } satisfies ParseBatchReply);
});
port.postMessage({ kind: "ready" } satisfies ParseBatchReply);

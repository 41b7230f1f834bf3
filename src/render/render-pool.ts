import { type ChildProcess, fork } from "node:child_process";
import { createRequire } from "node:module";
import { availableParallelism, totalmem } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { PROJECT_ROOT } from "../config/project-root";
import type { SiteDataSubset } from "../site/site-pages";
import type { WrittenPage } from "./write-text-files";

/** A batch sent to a render worker (see `render-worker.ts`). */
export interface RenderJob {
  readonly id: number;
  readonly batch: SiteDataSubset;
  readonly outDir: string;
  readonly copyAssets: boolean;
}

/** A render worker's message: it has started, or a batch is written or failed. */
export type RenderReply =
  | { readonly ready: true }
  | { readonly id: number; readonly written: WrittenPage[] }
  | { readonly id: number; readonly error: string };

/**
 * Memory one render worker is allowed for: a batch of 2,500 pages peaked at about 450 MiB in a
 * worker (docs/performance.md, 'Render workers'), and the build process keeps the site data
 * beside the workers.
 */
const WORKER_MEMORY_BYTES = 1024 ** 3;

/**
 * How many render workers a build starts by default: one per core, no more than the machine's
 * memory holds beside the build process (half of it left to the build and the search indexer),
 * and no more than there are batches.
 * @example defaultRenderWorkers(10) // 2 on a 2-core machine with 24 GiB
 */
export function defaultRenderWorkers(batches: number, cores = availableParallelism(), memory = totalmem()): number {
  const byMemory = Math.max(1, Math.floor(memory / 2 / WORKER_MEMORY_BYTES));
  return Math.max(1, Math.min(cores, byMemory, batches));
}

/**
 * Render `batches` in `workers` child processes, each with its own Eleventy (Eleventy renders
 * on one thread, and holds every page of a run until it ends), handing each worker the next
 * batch as it finishes one. Only the first batch copies the assets, so no two processes write
 * one file. Batches are sent whole (the views are plain data; `directFiles` never are, see
 * `write-text-files.ts`), and each batch writes the same files whichever process renders it.
 * @returns the files each batch wrote, in the order of `batches`.
 * @throws Error naming the batch when a worker fails or stops; the other workers are stopped.
 */
export async function renderInWorkers(batches: readonly SiteDataSubset[], outDir: string, workers: number): Promise<WrittenPage[][]> {
  const results = new Array<WrittenPage[]>(batches.length);
  const children: ChildProcess[] = [];
  let next = 0;
  let done = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      if (batches.length === 0) return resolve();
      const send = (child: ChildProcess): void => {
        if (next >= batches.length) return;
        const id = next++;
        child.send({ id, batch: sendable(batches[id] as SiteDataSubset), outDir, copyAssets: id === 0 } satisfies RenderJob);
      };
      for (let i = 0; i < Math.min(workers, batches.length); i++) {
        const child = startWorker();
        children.push(child);
        child.on("message", (reply: RenderReply) => {
          if ("ready" in reply) return send(child);
          if ("error" in reply) return reject(new Error(`Rendering batch ${reply.id + 1} of ${batches.length} failed: ${reply.error}`));
          results[reply.id] = reply.written;
          done++;
          if (done === batches.length) resolve();
          else send(child);
        });
        child.on("error", reject);
        child.on("exit", (code, signal) => {
          if (done < batches.length) reject(new Error(`A render worker stopped early (${signal ?? `exit code ${code}`}).`));
        });
      }
    });
  } finally {
    for (const child of children) if (child.exitCode === null) child.kill();
  }
  return results;
}

/** A worker process: the worker module run through tsx's hooks, which Eleventy needs for `.eleventy.ts` too. */
function startWorker(): ChildProcess {
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve("tsx")).href;
  return fork(join(PROJECT_ROOT, "src", "render", "render-worker.ts"), [], {
    execArgv: ["--import", tsx],
    // Structured clone keeps the views' shared objects shared, and is quicker than JSON.
    serialization: "advanced",
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
}

/**
 * The batch as a worker receives it: without the search index shards, which only the build
 * command reads (templates never do) and which carry a function.
 */
function sendable(batch: SiteDataSubset): SiteDataSubset {
  return { ...batch, searchShards: batch.searchShards.map(({ key, folder }) => ({ key, folder })) };
}

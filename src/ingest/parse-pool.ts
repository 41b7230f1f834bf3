import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { Topic } from "../types";
import { isWarcFile } from "../load/list-files";
import { parseOneFile, type FileOutcome, type ParseContext, type ParseSettings } from "./parse-article";
import { parseWarcFile } from "./parse-warc";

export type { FileOutcome } from "./parse-article";

/**
 * Below this many files, a worker costs more than it saves: this thread parses from the start,
 * and bundling and loading the worker take as long as parsing hundreds of files here, besides
 * the bundler's own work on another core. Chosen by measurement (docs/performance.md, 'Parse
 * workers: when to start them').
 */
export const MIN_FILES_FOR_WORKERS = 2000;

/** Files this thread parses between looking at its messages. */
const YIELD_EVERY = 10;

/** Files sent to a worker at a time: large enough to keep messages few, small enough to balance. */
const BATCH_SIZE = 100;

/** The context a parse worker starts with. */
export interface ParseWorkerData {
  readonly root: string;
  readonly settings: ParseSettings;
  readonly topics: Topic[];
  /** `ParseContext.now` in ms since the epoch, or null for "the current time". */
  readonly now: number | null;
}

/** A message to a parse worker. */
export interface ParseBatch {
  readonly id: number;
  readonly files: readonly string[];
}

/** A message from a parse worker: `ready` once it can parse, then one reply per batch. */
export type ParseBatchReply =
  | { readonly kind: "ready" }
  | { readonly kind: "parsed"; readonly id: number; readonly outcomes: FileOutcome[] };

/**
 * Read and parse article files, one outcome per file in the order of `files` (a web archive's
 * holds its pages, see `parseWarcFile`). With many files
 * and more than one core, worker threads parse batches alongside this thread; the outcomes are
 * the same either way.
 *
 * By default there is one worker per core but one, and this thread parses throughout: on two
 * cores that keeps both busy without a third thread competing for them, and when other work
 * holds one core the build is no slower than parsing here alone.
 * @param root project root; `files` are relative to it
 * @param options.workers how many worker threads (default: one per core but one, none for small lists)
 * @param options.parseHere whether this thread parses batches too (default true)
 * @example const outcomes = await parseFiles(root, ["content/articles/a.txt"], { topics, settings })
 */
export async function parseFiles(
  root: string,
  files: readonly string[],
  ctx: ParseContext,
  options: { workers?: number; parseHere?: boolean } = {},
): Promise<FileOutcome[]> {
  if (!files.some(isWarcFile)) return parseArticleFiles(root, files, ctx, options);
  // A web archive is read as a stream, here: it is one file of many pages, not a batch item.
  const others = files.filter((file) => !isWarcFile(file));
  const parsed = await parseArticleFiles(root, others, ctx, options);
  const byFile = new Map(others.map((file, i) => [file, parsed[i] as FileOutcome]));
  const outcomes: FileOutcome[] = [];
  for (const file of files) outcomes.push(byFile.get(file) ?? (await parseWarcFile(root, file, ctx)));
  return outcomes;
}

async function parseArticleFiles(
  root: string,
  files: readonly string[],
  ctx: ParseContext,
  options: { workers?: number; parseHere?: boolean },
): Promise<FileOutcome[]> {
  const cores = availableParallelism();
  const workers = options.workers ?? (files.length >= MIN_FILES_FOR_WORKERS ? cores - 1 : 0);
  if (workers < 1 || files.length === 0) return parseInThread(root, files, ctx);
  const count = Math.min(workers, Math.ceil(files.length / BATCH_SIZE));
  return parseInWorkers(root, files, ctx, count, options.parseHere ?? true);
}

function parseInThread(root: string, files: readonly string[], ctx: ParseContext): FileOutcome[] {
  return files.map((file) => parseOneFile(root, file, ctx));
}

/** How parse workers are started, and what to clean up once they have stopped. */
interface WorkerEntry {
  readonly start: (data: ParseWorkerData) => Worker;
  readonly dispose: () => void;
}

const WORKER_MODULE = new URL("./parse-worker.ts", import.meta.url);

/**
 * The worker module bundled with everything it imports into one file in a fresh temporary
 * folder. Started through tsx instead, a worker loads every module of the parser and its
 * dependencies one by one, each through tsx's hooks thread, which workers starting beside a
 * parsing thread contend for. esbuild (which tsx itself uses) builds the bundle in its own
 * process, and a worker loads one file: together a fraction of a start through tsx
 * (measurements: docs/performance.md, 'Parse workers: one bundle'). Without esbuild, workers
 * start through tsx.
 */
async function workerEntry(): Promise<WorkerEntry> {
  let esbuild: typeof import("esbuild");
  try {
    esbuild = await import("esbuild");
  } catch {
    return tsxEntry();
  }
  const { outputFiles } = await esbuild.build({
    entryPoints: [fileURLToPath(WORKER_MODULE)],
    bundle: true,
    platform: "node",
    format: "esm",
    target: `node${process.versions.node}`,
    write: false,
    logLevel: "silent",
    // CommonJS dependencies (gray-matter, js-yaml's loader) require Node's built-in modules.
    banner: {
      js: `import { createRequire as __parseWorkerRequire } from "node:module"; const require = __parseWorkerRequire(import.meta.url);`,
    },
  });
  const bundle = outputFiles[0];
  if (bundle === undefined) throw new Error("Bundling the parse worker gave no output.");
  const dir = mkdtempSync(path.join(tmpdir(), "parse-worker-"));
  const file = path.join(dir, "parse-worker.mjs");
  writeFileSync(file, bundle.contents);
  return {
    start: (data) => new Worker(pathToFileURL(file), { workerData: data }),
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

function tsxEntry(): WorkerEntry {
  // Node 20 does not carry tsx's module hooks into worker threads: register them there first.
  const source = `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(WORKER_MODULE.href)}); });`;
  return { start: (data) => new Worker(source, { eval: true, workerData: data }), dispose: () => undefined };
}

async function parseInWorkers(
  root: string,
  files: readonly string[],
  ctx: ParseContext,
  count: number,
  parseHere: boolean,
): Promise<FileOutcome[]> {
  const data: ParseWorkerData = { root, settings: ctx.settings, topics: ctx.topics, now: ctx.now === undefined ? null : ctx.now.getTime() };
  const pool: Worker[] = [];
  const cleanUp: (() => void)[] = [];
  let closed = false;
  const outcomes: FileOutcome[] = new Array<FileOutcome>(files.length);
  const batches = Math.ceil(files.length / BATCH_SIZE);
  const batchFiles = (id: number): readonly string[] => files.slice(id * BATCH_SIZE, (id + 1) * BATCH_SIZE);
  let nextBatch = 0;
  let done = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      const finished = (): void => {
        done += 1;
        if (done === batches) resolve();
      };
      const send = (worker: Worker): void => {
        if (nextBatch >= batches) return;
        const id = nextBatch++;
        worker.postMessage({ id, files: batchFiles(id) } satisfies ParseBatch);
      };
      const listen = (worker: Worker): void => {
        worker.on("message", (reply: ParseBatchReply) => {
          if (reply.kind === "ready") {
            // Two batches in flight per worker, so it never waits for the next one.
            send(worker);
            send(worker);
            return;
          }
          for (const [i, outcome] of reply.outcomes.entries()) outcomes[reply.id * BATCH_SIZE + i] = outcome;
          finished();
          send(worker);
        });
        worker.on("error", reject);
        worker.on("exit", (code) => {
          if (done < batches) reject(new Error(`A parse worker stopped early (exit code ${code}).`));
        });
      };
      workerEntry()
        .then((entry) => {
          // This thread may have parsed everything before the bundle was ready.
          if (closed) return entry.dispose();
          cleanUp.push(entry.dispose);
          for (let i = 0; i < count; i++) {
            const worker = entry.start(data);
            pool.push(worker);
            listen(worker);
          }
        })
        .catch(reject);
      const parseBatchesHere = async (): Promise<void> => {
        while (nextBatch < batches) {
          const id = nextBatch++;
          const here = batchFiles(id);
          for (let i = 0; i < here.length; i++) {
            outcomes[id * BATCH_SIZE + i] = parseOneFile(root, here[i] as string, ctx);
            // Every few files, lets in what the bundler and the workers have sent: bundling
            // takes several round trips, each of which would otherwise wait for a whole batch.
            if (i % YIELD_EVERY === YIELD_EVERY - 1) await new Promise<void>((resolve) => setImmediate(resolve));
          }
          finished();
        }
      };
      if (parseHere) parseBatchesHere().catch(reject);
    });
  } finally {
    closed = true;
    // Not awaited: a worker still starting would hold the result back until it has loaded.
    for (const worker of pool) void worker.terminate();
    for (const dispose of cleanUp) dispose();
  }
  return outcomes;
}

import { mkdir, mkdtemp, readdir, readFile, rename, rm } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { basename, dirname, join } from "node:path";
import { Worker } from "node:worker_threads";
import type { SearchShard } from "../site/search-shards";
import { outputFolderFor, searchIndexFolder } from "../site/urls";
import type { StagedOutput } from "../output/staged-output";
import type { SearchShardJob, SearchShardReply } from "./search-index-worker";

/** What {@link SearchIndexBuild.finish} did. */
export interface SearchIndexSummary {
  readonly shards: number;
  /** Shards taken unchanged from the previous build in the same output folder. */
  readonly kept: number;
}

/**
 * The Pagefind search index of the site, built in worker threads while the site data is built
 * and Eleventy renders.
 *
 * Shards (see `src/site/search-shards.ts`) are indexed straight into `pagefind/` of the
 * folder the site is being written into (a staging folder, see `StagedOutput`), each by its own
 * Pagefind process. Until `finish`, one core is left to the build's own thread: Eleventy's is
 * the build's longest path, and indexers on every core slowed it down by more than they gained.
 * `finish` adds workers up to one per core for the shards still waiting. A shard the previous
 * build already wrote into the output folder (same key, so the same documents, and the same
 * Pagefind version) is taken over as it is (hard-linked, see `StagedOutput.keepGroups`) instead
 * of indexed again. A shard's output depends only on its documents and their order, so it is
 * the same whichever worker builds it, and the same whether built now or kept.
 */
export class SearchIndexBuild {
  private constructor(
    private readonly summary: SearchIndexSummary,
    private readonly indexer: Indexer,
    private readonly into: string,
  ) {}

  /**
   * Start indexing `shards` into `output.folder`, keeping the shards of the previous build in
   * `output.target` that are still current.
   * @param options.workers worker threads to start with (default: one per core but one, at least one).
   */
  static async start(
    shards: readonly SearchShard[],
    output: Pick<StagedOutput, "target" | "folder" | "keepFolder">,
    options: { readonly workers?: number } = {},
  ): Promise<SearchIndexBuild> {
    const version = await pagefindVersion();
    const toBuild: SearchShard[] = [];
    for (const shard of shards) {
      const folder = outputFolderFor(shard.folder);
      if (!((await isPagefindIndex(join(output.target, folder), version)) && output.keepFolder(folder))) toBuild.push(shard);
    }
    const indexer = new Indexer(toBuild, output.folder);
    indexer.addWorkers(options.workers ?? Math.max(1, availableParallelism() - 1));
    return new SearchIndexBuild({ shards: shards.length, kept: shards.length - toBuild.length }, indexer, output.folder);
  }

  /**
   * Wait for every shard (on up to one worker per core from now on); `pagefind/` then holds
   * them all (it is made, empty, for a site without articles).
   * @throws Error with Pagefind's messages when a shard could not be indexed.
   */
  async finish(): Promise<SearchIndexSummary> {
    try {
      this.indexer.addWorkers(availableParallelism() - this.indexer.workers.length);
      const errors = (await this.indexer.replies()).flatMap((r) => r.errors);
      if (errors.length > 0) throw new Error(errors.join("\n"));
      await mkdir(join(this.into, outputFolderFor(searchIndexFolder())), { recursive: true });
      return this.summary;
    } finally {
      await this.abandon();
    }
  }

  /** Stop indexing (when the site could not be rendered); what was written goes with the staging folder. */
  async abandon(): Promise<void> {
    await this.indexer.stop();
  }
}

/** The installed Pagefind's version (its package does not export package.json). */
async function pagefindVersion(): Promise<string> {
  const manifest = new URL("../package.json", import.meta.resolve("pagefind"));
  return (JSON.parse(await readFile(manifest, "utf8")) as { version: string }).version;
}

/** A new folder beside `outDir` for shards being indexed (gitignored as `._site-search-*`). */
function stagingFolder(outDir: string): Promise<string> {
  return mkdtemp(join(dirname(outDir), `.${basename(outDir)}-search-`));
}

/** Whether `folder` holds a Pagefind index written by Pagefind `version`. */
async function isPagefindIndex(folder: string, version: string): Promise<boolean> {
  try {
    const entry = JSON.parse(await readFile(join(folder, "pagefind-entry.json"), "utf8")) as { version?: unknown };
    return entry.version === version;
  } catch {
    // Not there, or not readable as a Pagefind index.
    return false;
  }
}

/**
 * Shards queued in a worker beyond the one it indexes, while many remain (see `Indexer`). One
 * covers an Eleventy batch and most of the site data; each holds a shard's text in the worker
 * (measurements: docs/performance.md, 'Search shards handed out ahead').
 */
const SHARDS_AHEAD = 1;

/**
 * Indexes `shards` into `<staging>/pagefind/<key>/` on worker threads. A worker is handed its
 * next shards before it needs them: this thread hands them out only between its own tasks, and
 * building the site data or an Eleventy batch keeps it busy for long stretches, in which an
 * indexer with nothing queued sits idle (measurements: docs/performance.md, 'Search shards
 * handed out ahead'). Near the end shards are handed out one at a time again, so workers added
 * by `finish` find some waiting.
 * A shard's documents are made only when it is handed out: a worker holds at most two shards'
 * text at a time, and this thread none for long. Workers can be added while others run; they
 * take from the same queue.
 */
class Indexer {
  readonly workers: Worker[] = [];
  private readonly running: Promise<SearchShardReply[]>[] = [];
  private next = 0;

  constructor(
    private readonly shards: readonly SearchShard[],
    private readonly staging: string,
  ) {}

  /** Start up to `count` more workers, none beyond the shards not yet handed out. */
  addWorkers(count: number): void {
    // Node 20 does not carry tsx's module hooks into worker threads: register them there first.
    const entry = JSON.stringify(new URL("./search-index-worker.ts", import.meta.url).href);
    const source = `import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${entry}); });`;
    for (let i = 0; i < Math.min(count, this.shards.length - this.next); i++) {
      const worker = new Worker(source, { eval: true });
      this.workers.push(worker);
      const replies = runJobs<SearchShardJob, SearchShardReply>(
        worker,
        () => this.take(),
        () => this.ahead(),
      );
      // Rejections are seen by whoever awaits `replies()`; none may go unhandled meanwhile.
      replies.catch(() => undefined);
      this.running.push(replies);
    }
  }

  /** One reply per shard once all are indexed; rejects if a worker dies. */
  async replies(): Promise<SearchShardReply[]> {
    return (await Promise.all(this.running)).flat();
  }

  async stop(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }

  private ahead(): number {
    return shardsAhead(this.shards.length - this.next, availableParallelism());
  }

  private take(): SearchShardJob | null {
    const shard = this.shards[this.next++];
    return shard === undefined ? null : { outputPath: join(this.staging, outputFolderFor(shard.folder)), documents: shard.documents() };
  }
}

/**
 * Bring `<outDir>/pagefind/` up to date in place (the dev server, whose output folder stays):
 * shards already there are kept, missing ones indexed beside the folder and moved in, and
 * folders of shards no longer wanted removed.
 * @returns how many shards were indexed, kept and removed.
 * @throws Error with Pagefind's messages when a shard could not be indexed.
 */
export async function updateSearchIndex(
  shards: readonly SearchShard[],
  outDir: string,
): Promise<{ indexed: number; kept: number; removed: number }> {
  const version = await pagefindVersion();
  const toBuild: SearchShard[] = [];
  for (const shard of shards) if (!(await isPagefindIndex(join(outDir, outputFolderFor(shard.folder)), version))) toBuild.push(shard);
  if (toBuild.length > 0) {
    const staging = await stagingFolder(outDir);
    const indexer = new Indexer(toBuild, staging);
    indexer.addWorkers(availableParallelism());
    try {
      const errors = (await indexer.replies()).flatMap((r) => r.errors);
      if (errors.length > 0) throw new Error(errors.join("\n"));
      for (const shard of toBuild) {
        const to = join(outDir, outputFolderFor(shard.folder));
        await mkdir(dirname(to), { recursive: true });
        await rm(to, { recursive: true, force: true });
        await rename(join(staging, outputFolderFor(shard.folder)), to);
      }
    } finally {
      await indexer.stop();
      await rm(staging, { recursive: true, force: true });
    }
  }
  const folder = join(outDir, outputFolderFor(searchIndexFolder()));
  const wanted = new Set(shards.map((s) => basename(outputFolderFor(s.folder))));
  const stale = (await readdir(folder).catch(() => [] as string[])).filter((name) => !wanted.has(name));
  for (const name of stale) await rm(join(folder, name), { recursive: true, force: true });
  return { indexed: toBuild.length, kept: shards.length - toBuild.length, removed: stale.length };
}

/**
 * Shards a worker may hold beyond the one it is indexing, when `remaining` are still to be
 * handed out: `SHARDS_AHEAD` while enough remain for each of `cores` workers to take as many,
 * none after that (so workers added near the end find shards waiting).
 */
export function shardsAhead(remaining: number, cores: number): number {
  return remaining > cores * (1 + SHARDS_AHEAD) ? SHARDS_AHEAD : 0;
}

/** What {@link runJobs} needs of a worker thread. */
export type JobWorker = Pick<Worker, "postMessage" | "on" | "once">;

/**
 * Send `worker` the jobs `take` hands out, keeping up to `ahead()` of them queued beyond the one
 * it works on, until it has none left; resolves with one reply per job, rejects if the worker
 * dies first.
 */
export function runJobs<Job, Reply>(worker: JobWorker, take: () => Job | null, ahead: () => number): Promise<Reply[]> {
  return new Promise((resolve, reject) => {
    const replies: Reply[] = [];
    let sent = 0;
    const topUp = (): void => {
      while (sent - replies.length < 1 + ahead()) {
        const job = take();
        if (job === null) break;
        worker.postMessage(job);
        sent++;
      }
      if (sent === replies.length) resolve(replies);
    };
    worker.on("message", (reply: Reply) => {
      replies.push(reply);
      topUp();
    });
    worker.once("error", reject);
    worker.once("exit", (code) => reject(new Error(`The search indexer stopped (exit code ${code}) before finishing`)));
    topUp();
  });
}

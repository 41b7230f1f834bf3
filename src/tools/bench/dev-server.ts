import { spawn } from "node:child_process";
import { readFile, utimes, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { PROJECT_ROOT } from "../../config/project-root";

/**
 * The dev server timed by the benchmark (`npm run bench`): started on an archive with the
 * builds' caches, then edits saved one at a time, each timed to the server's "Rebuilt" line.
 */

/** Longest wait for one line of the dev server (its first build of a large archive included). */
const DEV_LINE_TIMEOUT_MS = 15 * 60_000;

/** What the dev server did on one archive. */
export interface DevServerRun {
  /** From starting the command until it serves the first build. */
  readonly startSeconds: number;
  /** Per edited article: from the save to the "Rebuilt" line, and pages rewritten. */
  readonly edits: readonly { readonly seconds: number; readonly pages: number }[];
  /** A save that changes no byte. */
  readonly unchanged: { readonly seconds: number; readonly pages: number };
}

/**
 * Start the dev server on `root` (a free port), wait for its first build, then save edits to
 * `articles` (files under `root`) one at a time, timing each save to its "Rebuilt" line.
 * @param root the archive's folder (`content/` in it)
 * @param cacheDir the caches of the builds before it
 * @param articles paths under `root` of the articles to edit, in order
 * @returns its start-up time and each save's time and pages rewritten
 * @throws when the server stops, or prints no awaited line within 15 minutes
 * @example (await timeDevServer("/tmp/bench/n10000", "/tmp/bench/n10000/parse-cache", ["content/articles/000002.md"])).edits[0]
 * //=> { seconds: 0.41, pages: 4 }
 */
export async function timeDevServer(root: string, cacheDir: string, articles: readonly string[]): Promise<DevServerRun> {
  const started = performance.now();
  // The caches of the builds before it, as an editor who builds and then starts the server has them.
  const child = spawn(
    join(PROJECT_ROOT, "node_modules/.bin/tsx"),
    ["src/cli/serve.ts", "--root", root, "--port", "0", "--cache-dir", cacheDir],
    {
      cwd: PROJECT_ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const errors: string[] = [];
  child.stderr.setEncoding("utf8").on("data", (text: string) => errors.push(text));
  const waitFor = async (pattern: RegExp): Promise<string> => {
    const deadline = performance.now() + DEV_LINE_TIMEOUT_MS;
    for (;;) {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no ${pattern} line in time`)), deadline - performance.now());
      });
      const { value, done } = await Promise.race([lines.next(), late]).finally(() => clearTimeout(timer));
      if (done) throw new Error(`the dev server stopped: ${errors.join("").slice(-2000)}`);
      if (pattern.test(value as string)) return value as string;
    }
  };
  /** Seconds from `change` to the next "Rebuilt" line, and the pages it rewrote. */
  const timed = async (change: () => Promise<void>): Promise<{ seconds: number; pages: number }> => {
    const t = performance.now();
    await change();
    const line = await waitFor(/^Rebuilt /);
    return { seconds: (performance.now() - t) / 1000, pages: Number(/^Rebuilt (\d+) page/.exec(line)?.[1] ?? NaN) };
  };
  try {
    await waitFor(/^Serving /);
    const startSeconds = (performance.now() - started) / 1000;
    const edits = [];
    for (const file of articles) {
      const text = await readFile(join(root, file), "utf8");
      // One more sentence at the end of the last paragraph of the body.
      edits.push(await timed(() => writeFile(join(root, file), text.replace(/\s*$/, " One more sentence was added to this paragraph.\n"))));
    }
    const touched = join(root, articles[0] ?? "content/topics.yml");
    const unchanged = await timed(() => utimes(touched, new Date(), new Date()));
    return { startSeconds, edits, unchanged };
  } finally {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGINT");
    await exited;
  }
}

/**
 * One line for the benchmark's output: start-up, the edits' median and range, the unchanged save.
 * @param run what {@link timeDevServer} measured
 * @returns the line
 * @example devServerSummary(run) //=> "dev server: start 8.8 s; one-article edit median 0.37 s (0.35–0.50 s over 5 edits, 4 pages rewritten); unchanged save 0.06 s (0 pages)"
 */
export function devServerSummary(run: DevServerRun): string {
  const seconds = run.edits.map((e) => e.seconds).sort((a, b) => a - b);
  const pages = run.edits.map((e) => e.pages);
  const median = seconds[Math.floor((seconds.length - 1) / 2)] ?? NaN;
  const [fewest, most] = [Math.min(...pages), Math.max(...pages)];
  return (
    `dev server: start ${run.startSeconds.toFixed(1)} s; one-article edit median ${median.toFixed(2)} s ` +
    `(${(seconds[0] ?? NaN).toFixed(2)}–${(seconds.at(-1) ?? NaN).toFixed(2)} s over ${seconds.length} edits, ` +
    `${fewest === most ? fewest : `${fewest}–${most}`} pages rewritten); unchanged save ${run.unchanged.seconds.toFixed(2)} s (${run.unchanged.pages} pages)`
  );
}

import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";

/**
 * Run a command and sample the memory of its whole process tree. A build is several
 * processes (the build itself with its worker threads, one Pagefind indexer per search shard
 * being built), and `/usr/bin/time` only sees the processes their parents waited for, which
 * misses indexers closed through their pipes. Linux only (reads `/proc`).
 */

/** What a run of a command gave. */
export interface TreeRun {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly seconds: number;
  /** The largest resident set of any one process of the tree, in MiB. */
  readonly peakProcessMiB: number;
  /** The largest sum of the resident sets of the tree's processes at one sample, in MiB. */
  readonly peakTotalMiB: number;
}

const PAGE_KIB = 4;

/** Parent pid and resident set (KiB) of every process, from `/proc/<pid>/stat`. */
function processTable(): Map<number, { parent: number; rssKiB: number }> {
  const table = new Map<number, { parent: number; rssKiB: number }>();
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      // The command name (field 2) may hold spaces and parentheses: split after its last ")".
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      table.set(Number(name), { parent: Number(fields[1]), rssKiB: Number(fields[21]) * PAGE_KIB });
    } catch {
      // The process ended between listing and reading.
    }
  }
  return table;
}

/** Resident sets (KiB) of `root` and all its descendants. */
export function treeResidentSets(root: number): number[] {
  const table = processTable();
  const children = new Map<number, number[]>();
  for (const [pid, { parent }] of table) children.set(parent, [...(children.get(parent) ?? []), pid]);
  const sizes: number[] = [];
  const stack = [root];
  for (let pid = stack.pop(); pid !== undefined; pid = stack.pop()) {
    const entry = table.get(pid);
    if (entry) sizes.push(entry.rssKiB);
    stack.push(...(children.get(pid) ?? []));
  }
  return sizes;
}

/**
 * Run `command` with `args` and sample its process tree's memory every `intervalMs`.
 * Short peaks between samples are missed: quote the figures as sampled.
 */
export function runSampled(command: string, args: readonly string[], options: { cwd: string; intervalMs?: number }): Promise<TreeRun> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    let peakProcess = 0;
    let peakTotal = 0;
    const sample = (): void => {
      if (child.pid === undefined) return;
      const sizes = treeResidentSets(child.pid);
      peakProcess = Math.max(peakProcess, ...sizes);
      peakTotal = Math.max(
        peakTotal,
        sizes.reduce((a, b) => a + b, 0),
      );
    };
    const timer = setInterval(sample, options.intervalMs ?? 100);
    child.on("error", (error) => {
      clearInterval(timer);
      reject(error);
    });
    child.on("close", (status) => {
      clearInterval(timer);
      resolve({
        status,
        stdout,
        stderr,
        seconds: (performance.now() - started) / 1000,
        peakProcessMiB: peakProcess / 1024,
        peakTotalMiB: peakTotal / 1024,
      });
    });
  });
}

import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";
import { PROJECT_ROOT } from "../../src/config/project-root";

/** A running `npm start` (`src/cli/serve.ts`) started by {@link startServeCommand}. */
export interface ServeCommand {
  /** The URL of its `Serving URL` line, e.g. `http://127.0.0.1:41623/`. */
  readonly url: string;
  /** Every line it printed on stdout up to the `Serving` line, which is the last. */
  readonly startLines: readonly string[];
  /** The next line it prints that matches `pattern` (lines before it are skipped). */
  waitFor(pattern: RegExp): Promise<string>;
  /** Stop it as Ctrl-C does, and wait for it to exit. */
  stop(): Promise<void>;
}

/**
 * Start the dev server command on a project root, on a free port, with a fixed clock and time
 * zone, and wait until it serves.
 * @param args more options, e.g. `["--host", "0.0.0.0"]` or `["--cache-dir", dir]` (without
 *   `--cache-dir`, `--no-cache`: the project's own caches are left alone)
 * @example const serve = await startServeCommand(root); await rawGet(serve.url, "/"); await serve.stop();
 */
export async function startServeCommand(root: string, args: readonly string[] = []): Promise<ServeCommand> {
  const cache = args.includes("--cache-dir") ? [] : ["--no-cache"];
  // Port 0 is refused by nothing and taken by no one: the server then picks a free port itself.
  const server: ChildProcessWithoutNullStreams = spawn(
    process.execPath,
    ["--import", "tsx", path.join(PROJECT_ROOT, "src/cli/serve.ts"), "--root", root, "--port", "0", ...cache, ...args],
    {
      cwd: PROJECT_ROOT,
      env: { ...process.env, SOURCE_DATE_EPOCH: "1798761600", TZ: "UTC" },
    },
  );
  server.stderr.pipe(process.stderr);
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  const lines = createInterface({ input: server.stdout })[Symbol.asyncIterator]();
  const nextLine = async (awaited: RegExp): Promise<string> => {
    const { value, done } = await lines.next();
    if (done) throw new Error(`The server stopped before printing ${awaited}`);
    return value as string;
  };
  const waitFor = async (pattern: RegExp): Promise<string> => {
    for (;;) {
      const line = await nextLine(pattern);
      if (pattern.test(line)) return line;
    }
  };
  const startLines: string[] = [];
  while (!startLines.at(-1)?.startsWith("Serving ")) startLines.push(await nextLine(/^Serving /));
  const url = (startLines.at(-1) as string).replace(/^Serving /, "");
  return {
    url,
    startLines,
    waitFor,
    stop: async () => {
      if (server.exitCode === null && server.signalCode === null) server.kill("SIGINT");
      await exited;
    },
  };
}

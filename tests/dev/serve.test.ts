import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import { get } from "node:http";
import path from "node:path";
import { createInterface } from "node:readline";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/project-root";
import { syntheticRoot } from "../helpers/synthetic-root";

let root = "";
let server: ChildProcessWithoutNullStreams;
let lines: AsyncIterator<string>;
let url = "";

/** The next line the server prints that matches `pattern`. */
async function waitFor(pattern: RegExp): Promise<string> {
  for (;;) {
    const { value, done } = await lines.next();
    if (done) throw new Error(`The server stopped before printing ${pattern}`);
    if (pattern.test(value as string)) return value as string;
  }
}

beforeAll(async () => {
  root = await syntheticRoot(12, 3);
  // Port 0 is refused by nothing and taken by no one: the server then picks a free port itself.
  // Caches of its own, not the project's: the server saves them after its first build.
  const cacheDir = path.join(root, ".cache");
  server = spawn(process.execPath, ["--import", "tsx", path.join(PROJECT_ROOT, "src/cli/serve.ts"), "--root", root, "--port", "0", "--cache-dir", cacheDir], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, SOURCE_DATE_EPOCH: "1798761600", TZ: "UTC" },
  });
  server.stderr.pipe(process.stderr);
  lines = createInterface({ input: server.stdout })[Symbol.asyncIterator]();
  await waitFor(/^Built \d+ pages from 12 articles in /);
  url = (await waitFor(/^Serving /)).replace(/^Serving /, "");
});
afterAll(async () => {
  server.kill("SIGINT");
  await new Promise((resolve) => server.once("exit", resolve));
  await rm(root, { recursive: true, force: true });
});

describe("npm start", () => {
  it("serves the site with the live-reload script, and serves an edit after its Rebuilt line", async () => {
    // Plain HTTP: Node's fetch says it is a script's request, and those get no reload script.
    const page = (): Promise<string> =>
      new Promise((resolve, reject) => {
        get(url, (res) => {
          let body = "";
          res.setEncoding("utf8").on("data", (chunk: string) => (body += chunk)).on("end", () => resolve(body));
        }).on("error", reject);
      });
    const home = await page();
    expect(home).toContain("reload-client.js");
    const markdown = (await readdir(path.join(root, "content/articles"))).find((f) => f.endsWith(".md")) as string;
    const file = path.join(root, "content/articles", markdown);
    const text = await readFile(file, "utf8");
    await writeFile(file, text.replace(/^title: ".*"$/m, 'title: "A headline written while serving"'));
    expect(await waitFor(/^Rebuilt /)).toMatch(/^Rebuilt \d+ pages?(, removed \d+)? \(1 changed article\) in \d+\.\d\d s$/);
    expect(await page()).toContain("A headline written while serving");
  });

  it("brings the search index into step with the search page in the background, after the edit too", async () => {
    const site = path.join(root, "_site");
    /** The shard folders the search page lists, and those in pagefind/ with an index. */
    const state = async (): Promise<{ listed: string[]; indexed: string[] }> => {
      const html = await readFile(path.join(site, "search/index.html"), "utf8");
      const listed = (JSON.parse((/data-bundles="([^"]*)"/.exec(html)?.[1] ?? "[]").replaceAll("&quot;", '"')) as string[]).map((b) => b.split("/").at(-2) ?? "");
      const folders = await readdir(path.join(site, "pagefind")).catch(() => [] as string[]);
      const indexed = [];
      for (const f of folders) if (await readFile(path.join(site, "pagefind", f, "pagefind-entry.json")).then(() => true, () => false)) indexed.push(f);
      return { listed: listed.sort(), indexed: indexed.sort() };
    };
    await expect.poll(state, { timeout: 60_000, interval: 250 }).toSatisfy(({ listed, indexed }: { listed: string[]; indexed: string[] }) => listed.length > 0 && listed.join() === indexed.join());
  });
});

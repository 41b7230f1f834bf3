import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rawGet } from "../helpers/raw-get";
import { startServeCommand, type ServeCommand } from "../helpers/serve-command";
import { syntheticRoot } from "../helpers/synthetic-root";

let root = "";
let serve: ServeCommand;

beforeAll(async () => {
  root = await syntheticRoot(12, 3);
  // Caches of its own, not the project's: the server saves them after its first build.
  serve = await startServeCommand(root, ["--cache-dir", path.join(root, ".cache")]);
  expect(serve.startLines).toContainEqual(expect.stringMatching(/^Built \d+ pages from 12 articles in /));
});
afterAll(async () => {
  await serve.stop();
  await rm(root, { recursive: true, force: true });
});

describe("npm start", () => {
  it("serves the site with the live-reload script, and serves an edit after its Rebuilt line", async () => {
    // Plain HTTP: Node's fetch says it is a script's request, and those get no reload script.
    const page = async (): Promise<string> => (await rawGet(serve.url, "/")).body;
    const home = await page();
    expect(home).toContain("reload-client.js");
    const markdown = (await readdir(path.join(root, "content/articles"))).find((f) => f.endsWith(".md")) as string;
    const file = path.join(root, "content/articles", markdown);
    const text = await readFile(file, "utf8");
    await writeFile(file, text.replace(/^title: ".*"$/m, 'title: "A headline written while serving"'));
    expect(await serve.waitFor(/^Rebuilt /)).toMatch(/^Rebuilt \d+ pages?(, removed \d+)? \(1 changed article\) in \d+\.\d\d s$/);
    expect(await page()).toContain("A headline written while serving");
  });

  it("brings the search index into step with the search page in the background, after the edit too", async () => {
    const site = path.join(root, "_site");
    /** The shard folders the search page lists, and those in pagefind/ with an index. */
    const state = async (): Promise<{ listed: string[]; indexed: string[] }> => {
      const html = await readFile(path.join(site, "search/index.html"), "utf8");
      const listed = (JSON.parse((/data-bundles="([^"]*)"/.exec(html)?.[1] ?? "[]").replaceAll("&quot;", '"')) as string[]).map(
        (b) => b.split("/").at(-2) ?? "",
      );
      const folders = await readdir(path.join(site, "pagefind")).catch(() => [] as string[]);
      const indexed = [];
      for (const f of folders)
        if (
          await readFile(path.join(site, "pagefind", f, "pagefind-entry.json")).then(
            () => true,
            () => false,
          )
        )
          indexed.push(f);
      return { listed: listed.sort(), indexed: indexed.sort() };
    };
    await expect
      .poll(state, { timeout: 60_000, interval: 250 })
      .toSatisfy(({ listed, indexed }: { listed: string[]; indexed: string[] }) => listed.length > 0 && listed.join() === indexed.join());
  });
});

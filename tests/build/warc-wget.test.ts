import { execFile } from "node:child_process";
import { cpSync, existsSync, readdirSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BuildOutcome } from "../../src/build/build-site";
import { PROJECT_ROOT } from "../../src/config/project-root";
import { buildHere, outcomeReport } from "../helpers/build-here";
import { tempDirs } from "../helpers/folders";

// A WARC written by wget itself, crawling a local site: what an editor drops into the folder.
const WGET = "/usr/bin/wget";
const temp = tempDirs();
afterAll(temp.remove);

const STORIES: Readonly<Record<string, string>> = {
  "/news/bridge-opens": "Bridge opens to traffic",
  "/news/school-year-starts": "School year starts early",
  "/news/market-moves": "Market moves to the square",
};

function story(headline: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${headline}</title></head><body>
<article><h1>${headline}</h1>
<p>${headline} this week, the town council said in a statement on Monday morning.</p>
<p>Residents were invited to a meeting at the town hall to ask questions about the plans.</p>
</article></body></html>`;
}

describe.skipIf(!existsSync(WGET))("a WARC written by wget --warc-file", () => {
  let server: Server;
  let root: string;
  let outcome: BuildOutcome;
  beforeAll(async () => {
    server = createServer((request, response) => {
      const headline = STORIES[request.url ?? ""];
      if (headline === undefined) {
        response.writeHead(404, { "Content-Type": "text/plain" }).end("not found");
        return;
      }
      response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(story(headline));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    root = temp.make("warc-wget");
    cpSync(join(PROJECT_ROOT, "tests/fixtures/site/good"), root, { recursive: true });
    const urls = Object.keys(STORIES).map((p) => `http://127.0.0.1:${port}${p}`);
    const warc = join(root, "content/articles/crawl");
    // wget writes `crawl.warc.gz`; the pages it also saves go to a folder outside the content.
    await promisify(execFile)(WGET, ["-q", "--no-config", `--warc-file=${warc}`, "-P", join(root, "downloads"), ...urls]);
    outcome = await buildHere({ root, out: join(root, "_site") });
  }, 60_000);
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("becomes one article per page wget fetched", () => {
    expect(readdirSync(join(root, "content/articles")).filter((f) => f.startsWith("crawl"))).toEqual(["crawl.warc.gz"]);
    expect(outcome.status, outcomeReport(outcome)).toBe("built");
    if (outcome.status !== "built") return;
    const fromWarc = outcome.ingest.records.filter((r) => r.file.startsWith("content/articles/crawl.warc.gz#"));
    expect(fromWarc.map((r) => r.headline).sort()).toEqual(Object.values(STORIES).sort());
    expect(fromWarc.map((r) => new URL(r.canonical?.value ?? "").pathname).sort()).toEqual(Object.keys(STORIES).sort());
  });
});

import { execFile } from "node:child_process";
import { accessSync, constants, mkdtempSync, rmSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readWarcFile } from "../../src/load/warc";
import { isArticleRecord } from "../../src/load/warc-article";

/** wget on PATH, or null. CI installs it (.ci/run), so only a developer's machine may lack it. */
function findWget(): string | null {
  for (const folder of (process.env["PATH"] ?? "").split(delimiter)) {
    const candidate = join(folder, "wget");
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {}
  }
  return null;
}

const WGET = findWget();
const IN_CI = Boolean(process.env["CI"]);
if (!WGET && !IN_CI) console.warn("Skipping the wget WARC tests: wget is not installed (Debian package `wget`).");

const latin1 = Buffer.from("<html><head><title>Caf\u00e9 fire</title></head><body><p>A fire at the caf\u00e9.</p></body></html>", "latin1");

interface Route {
  readonly status: number;
  readonly headers: Record<string, string | number>;
  readonly parts: readonly (string | Buffer)[];
}

function page(html: string, type = "text/html; charset=utf-8"): Route {
  return { status: 200, headers: { "Content-Type": type, "Content-Length": Buffer.byteLength(html) }, parts: [html] };
}

/** A small site: a home page, two articles (one in Latin-1), and a redirect to a chunked one. */
const ROUTES: Readonly<Record<string, Route>> = {
  "/": page('<html><body><a href="/2024/05/floods.html">Floods</a></body></html>'),
  "/2024/05/floods.html": page("<html><head><title>Floods</title></head><body><p>The river rose.</p></body></html>"),
  "/2024/05/cafe.html": {
    status: 200,
    headers: { "Content-Type": "text/html; charset=ISO-8859-1", "Content-Length": latin1.length },
    parts: [latin1],
  },
  "/old": { status: 301, headers: { Location: "/news/quake" }, parts: [] },
  // No Content-Length: node sends the body in chunked transfer coding.
  "/news/quake": {
    status: 200,
    headers: { "Content-Type": "text/html" },
    parts: ["<html><body><p>The ground ", "shook.</p></body></html>"],
  },
};

function site(request: IncomingMessage, response: ServerResponse): void {
  const route = ROUTES[request.url ?? ""] ?? { status: 404, headers: { "Content-Type": "text/plain" }, parts: ["not found"] };
  response.writeHead(route.status, route.headers);
  for (const part of route.parts) response.write(part);
  response.end();
}

describe.skipIf(!WGET && !IN_CI)("a WARC written by wget --warc-file", () => {
  let server: Server;
  let origin = "";
  const folder = mkdtempSync(join(tmpdir(), "warc-wget-"));

  beforeAll(async () => {
    server = createServer(site);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(folder, { recursive: true, force: true });
  });

  it.each([
    ["compressed", [], "crawl.warc.gz"],
    ["uncompressed", ["--no-warc-compression"], "crawl.warc"],
  ])("reads one HTML record per page fetched (%s)", async (_name, options, file) => {
    expect(WGET, "wget is not installed; .ci/run installs the Debian package").toBeTruthy();
    const paths = ["/", "/2024/05/floods.html", "/2024/05/cafe.html", "/old"];
    const args = ["--no-config", "--no-proxy", "--tries=1", "--timeout=20", "--quiet", "-O", "/dev/null"];
    // wget names the file itself: the base given plus .warc.gz or .warc.
    const base = join(folder, file.replace(/\.warc(\.gz)?$/, ""));
    await promisify(execFile)(WGET!, [...args, ...options, `--warc-file=${base}`, ...paths.map((p) => origin + p)]);

    const reading = await readWarcFile(join(folder, file));
    expect(reading.problems).toEqual([]);
    expect(reading.records.map((r) => r.targetUri)).toEqual(
      ["/", "/2024/05/floods.html", "/2024/05/cafe.html", "/news/quake"].map((p) => origin + p),
    );
    expect(reading.redirects.map((r) => [r.targetUri, r.httpStatus, r.location])).toEqual([[`${origin}/old`, 301, `${origin}/news/quake`]]);
    const cafe = reading.records[2]!;
    expect([cafe.charset, Buffer.from(cafe.body).equals(latin1)]).toEqual(["iso-8859-1", true]);
    expect(new TextDecoder().decode(reading.records[3]!.body)).toBe("<html><body><p>The ground shook.</p></body></html>");
    expect(reading.records.every((r) => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/.test(r.captureTime))).toBe(true);
    expect(reading.records.map(isArticleRecord)).toEqual([false, true, true, true]);
  });
});

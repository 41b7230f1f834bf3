import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { isLoopback } from "../../src/dev/dev-server";
import { guardRequests, refusedRequestPath } from "../../src/dev/request-guard";
import { rawGet } from "../helpers/raw-get";

describe("refusedRequestPath", () => {
  it.each([
    // Pages, assets and the reload script are served.
    ["/", undefined],
    ["/articles/talks-resume/", undefined],
    ["/assets/site.css?v=3", undefined],
    ["/.11ty/reload-client.js", undefined],
    // Encoded characters that decode to ordinary ones.
    ["/topics/caf%C3%A9/", undefined],
    ["/a%2fb/", undefined],
    // Dots that are not a whole segment.
    ["/..a/b..", undefined],
    // URL parsing resolves literal and %2e dots before the path is looked at.
    ["/../../etc/passwd", undefined],
    ["/%2e%2e/etc/passwd", undefined],
    // Encoded slashes around dots survive URL parsing and climb once decoded.
    ["/..%2f..%2fetc%2fpasswd", "a `..` segment in the path"],
    ["/a/..%2F..%2F", "a `..` segment in the path"],
    ["/..%5cwindows", "a `..` segment in the path"],
    // The path of an absolute-form request target is checked the same way.
    ["http://example.com/..%2fx", "a `..` segment in the path"],
    // Percent-encoding that is not UTF-8.
    ["/%ff", "malformed percent-encoding in the path"],
    ["/%c0%ae%c0%ae/etc/passwd", "malformed percent-encoding in the path"],
    ["/%E0%A4%A", "malformed percent-encoding in the path"],
    ["/index.html%00.txt", "a NUL character in the path"],
    ["//[", "not a URL"],
  ])("%s → %s", (url, expected) => {
    expect(refusedRequestPath(url)).toBe(expected);
  });
});

describe("guardRequests", () => {
  let server: Server | undefined;
  afterEach(() => new Promise<void>((done) => (server === undefined ? done() : server.close(() => done()))));

  /** A server whose handler after the guard is `then`; its origin and what the guard logged. */
  async function serve(then: (req: IncomingMessage, res: ServerResponse) => void): Promise<{ origin: string; logged: string[] }> {
    const logged: string[] = [];
    const guard = guardRequests((message) => logged.push(message));
    server = createServer((req, res) => guard(req, res, () => then(req, res)));
    await new Promise<void>((done) => server?.listen(0, "127.0.0.1", done));
    return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, logged };
  }

  it("answers a refused path with 400 in plain text, without calling the rest of the chain", async () => {
    let called = 0;
    const { origin } = await serve((_req, res) => {
      called++;
      res.end("served");
    });
    expect(await rawGet(origin, "/%ff")).toEqual({
      status: 400,
      type: "text/plain; charset=utf-8",
      body: "Bad request: malformed percent-encoding in the path.\n",
    });
    expect(called).toBe(0);
    expect(await rawGet(origin, "/fine")).toMatchObject({ status: 200, body: "served" });
  });

  it("answers 500 and logs the error when the rest of the chain throws, and serves the next request", async () => {
    const { origin, logged } = await serve((req, res) => {
      if (req.url === "/gone") throw new Error("ENOENT: no such file");
      res.end("served");
    });
    expect(await rawGet(origin, "/gone")).toMatchObject({ status: 500, type: "text/plain; charset=utf-8" });
    expect(logged).toEqual(['Request "/gone" failed: ENOENT: no such file']);
    expect(await rawGet(origin, "/next")).toMatchObject({ status: 200, body: "served" });
  });

  it("closes the connection when the chain throws after the headers went out", async () => {
    const { origin, logged } = await serve((_req, res) => {
      res.writeHead(200, { "Content-Type": "text/plain" });
      res.write("partial");
      throw new Error("read failed");
    });
    await expect(rawGet(origin, "/")).rejects.toThrow();
    expect(logged).toHaveLength(1);
  });
});

describe("isLoopback", () => {
  it.each([
    ["127.0.0.1", true],
    ["127.1.2.3", true],
    ["::1", true],
    ["::ffff:127.0.0.1", true],
    ["0.0.0.0", false],
    ["::", false],
    ["192.0.2.2", false],
    ["fd00::2", false],
    ["::ffff:192.0.2.2", false],
  ])("%s → %s", (ip, expected) => {
    expect(isLoopback(ip)).toBe(expected);
  });
});

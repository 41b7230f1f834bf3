/**
 * `npm start` against the network: it listens on loopback unless `--host` says otherwise, and no
 * request can stop it or read a file outside the output folder.
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import { networkInterfaces } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rawGet } from "../helpers/raw-get";
import { startServeCommand, type ServeCommand } from "../helpers/serve-command";
import { syntheticRoot } from "../helpers/synthetic-root";

const SECRET = "a secret beside the output folder";
const REACHABLE = /^Reachable from the network/;

/**
 * Addresses of this machine other than 127.0.0.1: a server listening on every interface answers
 * on them, one bound to 127.0.0.1 refuses. Linux routes all of 127.0.0.0/8 to the loopback
 * interface, so 127.0.0.2 is there even on a machine without a network.
 */
function otherAddresses(): string[] {
  const external = Object.values(networkInterfaces())
    .flat()
    .filter((i) => i !== undefined && !i.internal && i.family === "IPv4")
    .map((i) => (i as { address: string }).address);
  return process.platform === "linux" ? [...external, "127.0.0.2"] : external;
}

/** The server's URL with `host` in place of the one it printed. */
function on(serve: ServeCommand, host: string): string {
  const url = new URL(serve.url);
  url.hostname = host;
  return url.origin;
}

let root = "";
beforeAll(async () => {
  root = await syntheticRoot(2, 11);
  // A folder whose name starts with the output folder's: a containment check comparing string
  // prefixes would let `/..%2f_site-private%2f…` through.
  await mkdir(path.join(root, "_site-private"));
  await writeFile(path.join(root, "_site-private/secret.txt"), SECRET);
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("npm start by default", () => {
  let serve: ServeCommand;
  beforeAll(async () => {
    serve = await startServeCommand(root);
  });
  // Stopped before the next server writes the same output folder.
  afterAll(() => serve.stop());

  it("listens on 127.0.0.1 only, and says nothing about the network", async () => {
    expect(serve.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(serve.startLines.filter((l) => REACHABLE.test(l))).toEqual([]);
    const others = otherAddresses();
    expect(others.length).toBeGreaterThan(0);
    for (const address of others) await expect(rawGet(on(serve, address), "/"), address).rejects.toMatchObject({ code: "ECONNREFUSED" });
  });

  it.each([
    // Encoded slashes climb out once decoded (the package threw `Invalid path` and stopped).
    ["/..%2f..%2fetc%2fpasswd", 400],
    // Into a sibling folder named like the output folder (the package served it).
    ["/..%2f_site-private%2fsecret.txt", 400],
    // Backslashes separate paths on Windows.
    ["/..%5c_site-private%5csecret.txt", 400],
    // Not UTF-8 (a URIError stopped the package).
    ["/%ff", 400],
    // Overlong UTF-8 for `..` (a URIError too).
    ["/%c0%ae%c0%ae/etc/passwd", 400],
    // A NUL byte.
    ["/index.html%00.txt", 400],
    // Not a URL at all: the package's URL parser threw.
    ["//[", 400],
    // Literal and percent-encoded dots are resolved by URL parsing, inside the site.
    ["/../../etc/passwd", 404],
    ["/%2e%2e/%2E%2e/etc/passwd", 404],
  ])("answers %s with %i, and keeps serving", async (hostile, status) => {
    const answer = await rawGet(on(serve, "127.0.0.1"), hostile);
    expect(answer.status).toBe(status);
    expect(answer.body).not.toContain(SECRET);
    expect(answer.body).not.toMatch(/^root:/m);
    const home = await rawGet(on(serve, "127.0.0.1"), "/");
    expect(home.status).toBe(200);
    expect(home.body).toContain("reload-client.js");
  });
});

describe("npm start -- --host 0.0.0.0", () => {
  it("listens on every interface and says the drafts are reachable from the network", async () => {
    const serve = await startServeCommand(root, ["--host", "0.0.0.0"]);
    try {
      expect(serve.startLines).toContainEqual(
        expect.stringMatching(/^Reachable from the network \(listening on 0\.0\.0\.0\): drafts are shown/),
      );
      for (const address of otherAddresses()) expect((await rawGet(on(serve, address), "/")).status, address).toBe(200);
    } finally {
      await serve.stop();
    }
  });
});

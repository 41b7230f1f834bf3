import { mkdirSync, writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rawGet as get } from "../helpers/raw-get";
import { tempDir } from "../helpers/run-build";
import { serveStatic, type StaticServer } from "../helpers/static-server";

describe("the static test server", () => {
  let parent: string;
  let server: StaticServer;
  beforeAll(async () => {
    parent = tempDir("static-server");
    const root = join(parent, "site");
    mkdirSync(join(root, "a/b"), { recursive: true });
    writeFileSync(join(root, "index.html"), "home");
    writeFileSync(join(root, "404.html"), "missing");
    writeFileSync(join(root, "a/b/index.html"), "deep");
    writeFileSync(join(root, "a/b/original.txt"), "plain é");
    writeFileSync(join(root, "a/site.css"), "body{}");
    writeFileSync(join(parent, "secret.txt"), "secret");
    server = await serveStatic(root);
  });
  afterAll(async () => {
    await server.close();
    await rm(parent, { recursive: true, force: true });
  });

  it("listens on 127.0.0.1 only", () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it.each([
    ["/", 200, "text/html; charset=utf-8", "home"],
    ["/a/b/", 200, "text/html; charset=utf-8", "deep"],
    ["/a/b", 200, "text/html; charset=utf-8", "deep"],
    ["/a/b/original.txt", 200, "text/plain; charset=utf-8", "plain é"],
    ["/a/site.css", 200, "text/css; charset=utf-8", "body{}"],
    ["/nope/", 404, "text/html; charset=utf-8", "missing"],
    ["/a/", 404, "text/html; charset=utf-8", "missing"],
  ])("serves %s with %i and %s", async (path, status, type, body) => {
    expect(await get(server.origin, path)).toEqual({ status, type, body });
  });

  it.each(["/../secret.txt", "/a/../../secret.txt", "/%2e%2e/secret.txt", "/a%2f..%2f..%2fsecret.txt", "/%00", "/%E0%A4%A"])(
    "refuses %s",
    async (path) => {
      const res = await get(server.origin, path);
      expect(res.body).not.toContain("secret");
      expect([403, 404]).toContain(res.status);
    },
  );
});

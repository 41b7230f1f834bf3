import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, resolve, sep } from "node:path";

/** A static file server started by {@link serveStatic}. */
export interface StaticServer {
  /** The address to prefix paths with, without a trailing slash: `http://127.0.0.1:PORT`. */
  readonly origin: string;
  close(): Promise<void>;
}

const TYPES: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".ico": "image/x-icon",
};

/** The file under `root` a URL path names, or `null` when it would leave `root` or is malformed. */
function resolveInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes("\0")) return null;
  const file = resolve(root, `.${decoded.startsWith("/") ? decoded : `/${decoded}`}`);
  return file === root || file.startsWith(root + sep) ? file : null;
}

/** The regular file to send for `file`: itself, or `index.html` inside it when it is a folder. */
async function servable(file: string): Promise<string | null> {
  try {
    const info = await stat(file);
    if (info.isFile()) return file;
    if (info.isDirectory()) {
      const index = join(file, "index.html");
      return (await stat(index)).isFile() ? index : null;
    }
  } catch {
    // Missing: fall through.
  }
  return null;
}

/**
 * Serve the files of `dir` on 127.0.0.1 at a free port, as a static host would: a folder
 * serves its `index.html`, a missing path gets `404.html` (when present) with status 404, and
 * a path that would leave `dir` gets 403. Only GET and HEAD are answered.
 *
 * With `prefix` (e.g. `/archive/`), the folder is served under that subpath only, as a host
 * serving the site from a subfolder would: any path outside it is a 404.
 * @example const server = await serveStatic(outDir); await page.goto(`${server.origin}/topics/`);
 */
export async function serveStatic(dir: string, prefix = "/"): Promise<StaticServer> {
  const root = resolve(dir);
  const server: Server = createServer((req, res) => {
    void (async () => {
      if (req.method !== "GET" && req.method !== "HEAD") {
        res.writeHead(405, { Allow: "GET, HEAD" }).end();
        return;
      }
      const requested = new URL(req.url ?? "/", "http://localhost").pathname;
      // Outside the prefix nothing exists: such a path is looked up as a missing file.
      const inside = requested.startsWith(prefix);
      const target = inside ? resolveInside(root, `/${requested.slice(prefix.length)}`) : root;
      if (target === null) {
        res.writeHead(403, { "Content-Type": TYPES[".txt"] }).end("Forbidden\n");
        return;
      }
      let file = inside ? await servable(target) : null;
      let status = 200;
      if (file === null) {
        status = 404;
        file = await servable(join(root, "404.html"));
        if (file === null) {
          res.writeHead(404, { "Content-Type": TYPES[".txt"] }).end("Not found\n");
          return;
        }
      }
      res.writeHead(status, {
        "Content-Type": TYPES[extname(file).toLowerCase()] ?? "application/octet-stream",
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
      });
      if (req.method === "HEAD") {
        res.end();
        return;
      }
      createReadStream(file)
        .on("error", () => res.destroy())
        .pipe(res);
    })().catch(() => {
      if (!res.headersSent) res.writeHead(500);
      res.end();
    });
  });
  await new Promise<void>((done, fail) => {
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => done());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done, fail) => {
        server.closeAllConnections();
        server.close((error) => (error ? fail(error) : done()));
      }),
  };
}

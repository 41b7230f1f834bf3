/**
 * The dev server's first middleware: it refuses request paths that are malformed or climb out of
 * the output folder before `@11ty/eleventy-dev-server` maps them to a file, and contains any error
 * thrown while the rest of the chain answers, so one request can never stop the server.
 *
 * The package (2.1.2) decodes the path with `decodeURIComponent` after joining it to the output
 * folder, so `%ff` throws a `URIError` and `..%2f` reaches its containment check, which throws
 * `Invalid path`; both escape its request handler as an unhandled rejection and end the process.
 * That check also compares by string prefix only, so `/..%2f_site-old%2fx` would be served from a
 * sibling folder whose name starts with the output folder's.
 */
import type { IncomingMessage, ServerResponse } from "node:http";

/** A connect-style middleware, as `@11ty/eleventy-dev-server`'s `middleware` option takes. */
export type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void;

/**
 * Why a request's URL must not be served, or `undefined` when it may be.
 * @param url the request target as received (`req.url`), still percent-encoded
 * @returns a phrase naming the problem: not a URL, or malformed percent-encoding, a NUL character
 *   or a `..` segment in the decoded path (URL parsing already resolves a literal `..` or `%2e%2e`,
 *   but not one joined by an encoded slash)
 * @example refusedRequestPath("/..%2f..%2fetc%2fpasswd") //=> "a `..` segment in the path"
 * @example refusedRequestPath("/topics/") //=> undefined
 */
export function refusedRequestPath(url: string): string | undefined {
  let pathname: string;
  try {
    pathname = new URL(url, "http://localhost/").pathname;
  } catch {
    return "not a URL";
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return "malformed percent-encoding in the path";
  }
  if (decoded.includes("\0")) return "a NUL character in the path";
  // Backslashes too: on Windows the package's path.join treats them as separators.
  if (decoded.split(/[/\\]/).includes("..")) return "a `..` segment in the path";
  return undefined;
}

/**
 * Middleware answering 400 to every request {@link refusedRequestPath} refuses, and 500 (or a
 * closed connection, once the headers are out) when the rest of the chain throws.
 * @param logError where to report the errors contained (the server's error log)
 * @returns the middleware; it must come first, and it never throws
 * @example EleventyDevServer.getServer(name, dir, { middleware: [guardRequests(console.error)] })
 */
export function guardRequests(logError: (message: string) => void): Middleware {
  return (req, res, next) => {
    const url = req.url ?? "/";
    const refused = refusedRequestPath(url);
    if (refused !== undefined) {
      answer(res, 400, `Bad request: ${refused}.\n`);
      return;
    }
    // The package's last middleware maps the URL to a file and reads it synchronously, so its
    // errors (a page deleted by a rebuild between its existence check and its read) surface here.
    try {
      next();
    } catch (error) {
      logError(`Request ${JSON.stringify(url)} failed: ${error instanceof Error ? error.message : String(error)}`);
      if (res.headersSent) res.destroy();
      else answer(res, 500, "The dev server could not answer this request; see its log.\n");
    }
  };
}

function answer(res: ServerResponse, status: number, text: string): void {
  res.statusCode = status;
  // Plain text: the package adds its reload script to HTML responses only.
  res.setHeader("Content-Type", "text/plain; charset=utf-8");
  res.end(text);
}

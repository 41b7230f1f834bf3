/**
 * `@11ty/eleventy-dev-server` 2.1.2 ships no type declarations. This declares only the part of
 * its API the dev server uses.
 */
declare module "@11ty/eleventy-dev-server" {
  import type { IncomingMessage, Server, ServerResponse } from "node:http";

  export interface DevServerOptions {
    /** The subpath the site is served under, e.g. `/archive/`. */
    readonly pathPrefix?: string;
    /** Tries the next port up to this many times when the port is taken (default 10). */
    readonly portReassignmentRetryCount?: number;
    readonly logger?: {
      readonly info: (message: string) => void;
      readonly log: (message: string) => void;
      readonly error: (message: string) => void;
    };
    /** The line logged once the server listens; false prints nothing. */
    readonly messageOnStart?: (info: { readonly localhostUrl: string }) => string | false;
    /** Connect-style middleware, run in order after the live-reload script's own and before the files are served. */
    readonly middleware?: readonly ((req: IncomingMessage, res: ServerResponse, next: () => void) => void)[];
  }

  export default class EleventyDevServer {
    constructor(name: string, dir: string, options?: DevServerOptions);
    /** The HTTP server, created on first use (not yet listening). */
    get server(): Server;
    /** Start listening; see {@link ready}. */
    serve(port: number): void;
    /** Listens on `port`; called by {@link serve} and again with the next port when one is taken. */
    _serverListen(port: number): void;
    /** Resolves once the server listens. */
    ready(): Promise<void>;
    /** `http://HOST:PORT/` and the path prefix, once the server listens. */
    getServerUrl(host: string): string;
    /** Tell every open page to reload. */
    reload(event?: { readonly files?: readonly string[] }): void;
    close(): Promise<void>;
  }
}

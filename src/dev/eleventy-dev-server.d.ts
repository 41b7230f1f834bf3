/**
 * `@11ty/eleventy-dev-server` 2.1.2 ships no type declarations. This declares only the part of
 * its API the dev server uses.
 */
declare module "@11ty/eleventy-dev-server" {
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
  }

  export default class EleventyDevServer {
    static getServer(name: string, dir: string, options?: DevServerOptions): EleventyDevServer;
    /** Start listening; see {@link ready}. */
    serve(port: number): void;
    /** Resolves once the server listens. */
    ready(): Promise<void>;
    /** Tell every open page to reload. */
    reload(event?: { readonly files?: readonly string[] }): void;
    close(): Promise<void>;
  }
}

/**
 * `@11ty/eleventy-dev-server`, started on one host (loopback unless asked otherwise) with
 * {@link guardRequests} in front of it.
 */
import type { AddressInfo } from "node:net";
import EleventyDevServer, { type DevServerOptions } from "@11ty/eleventy-dev-server";
import { guardRequests } from "./request-guard";

/** Where the dev server listens unless `--host` says otherwise: this machine only. */
export const DEFAULT_HOST = "127.0.0.1";

/**
 * The package's server, listening on one host. Version 2.1.2 has no option for it: it calls
 * `server.listen({ port })`, i.e. every interface, from `_serverListen` and nowhere else (also
 * when it tries the next port after one is taken), so that one method is replaced.
 */
class HostDevServer extends EleventyDevServer {
  readonly #host: string;

  constructor(name: string, dir: string, options: DevServerOptions, host: string) {
    super(name, dir, options);
    this.#host = host;
  }

  override _serverListen(port: number): void {
    this.server.listen({ port, host: this.#host });
  }
}

/** A started dev server: the package's object, the URL to print and the address it is bound to. */
export interface StartedDevServer {
  readonly server: EleventyDevServer;
  /** e.g. `http://127.0.0.1:8080/`, or `http://localhost:8080/` when listening on every address */
  readonly url: string;
  readonly address: AddressInfo;
  /** False when the address is not a loopback one: other machines may reach the server. */
  readonly loopback: boolean;
}

/**
 * Serve `dir` with live reload on `host` and `port` (the next free port when that one is taken),
 * every request guarded by {@link guardRequests}.
 * @param options.pathPrefix the subpath the site is served under (`/` or e.g. `/archive/`)
 * @returns once the server listens
 * @throws when it cannot listen on `host` (an unknown name, an address of no interface) or on
 *   any of the ports tried
 * @example const { url } = await startDevServer({ dir: "_site", host: DEFAULT_HOST, port: 8080, pathPrefix: "/", logger: console });
 */
export async function startDevServer(options: {
  readonly dir: string;
  readonly host: string;
  readonly port: number;
  readonly pathPrefix: string;
  readonly logger: NonNullable<DevServerOptions["logger"]>;
}): Promise<StartedDevServer> {
  const { dir, host, port, pathPrefix, logger } = options;
  const server = new HostDevServer(
    "news-archive",
    dir,
    { pathPrefix, logger, middleware: [guardRequests(logger.error)], messageOnStart: () => false },
    host,
  );
  // The package logs any error but a taken port and waits on: without this, a host it cannot
  // listen on would leave the command waiting for ever.
  const failed = new Promise<never>((_, reject) =>
    server.server.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EADDRINUSE") reject(new Error(`Cannot listen on ${host}: ${error.message}`));
    }),
  );
  server.serve(port);
  await Promise.race([server.ready(), failed]);
  const address = server.server.address() as AddressInfo;
  return { server, url: serverUrl(server, address), address, loopback: isLoopback(address.address) };
}

/**
 * Whether an IP address is a loopback one (127.0.0.0/8, `::1`, or 127.x mapped into IPv6).
 * @example isLoopback("127.0.0.1") //=> true
 * @example isLoopback("0.0.0.0") //=> false
 */
export function isLoopback(ip: string): boolean {
  return ip === "::1" || /^(::ffff:)?127\.\d+\.\d+\.\d+$/i.test(ip);
}

/** The URL to open: the bound address, or `localhost` for the wildcard addresses. */
function serverUrl(server: EleventyDevServer, address: AddressInfo): string {
  const wildcard = address.address === "0.0.0.0" || address.address === "::";
  const host = wildcard ? "localhost" : address.family === "IPv6" ? `[${address.address}]` : address.address;
  return server.getServerUrl(host);
}

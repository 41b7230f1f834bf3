import { request } from "node:http";

/** What a server answered to {@link rawGet}. */
export interface RawResponse {
  readonly status: number;
  readonly type: string;
  readonly body: string;
}

/**
 * A GET sent with its path exactly as written, so paths like `/../` or `/%ff` reach the server
 * without the client normalising or refusing them.
 * @param origin e.g. `http://127.0.0.1:8080`
 * @throws (rejects) when the connection fails, with the socket error's `code` (`ECONNREFUSED`)
 * @example const { status } = await rawGet(server.origin, "/..%2fsecret.txt");
 */
export function rawGet(origin: string, path: string): Promise<RawResponse> {
  return new Promise((done, fail) => {
    const req = request(`${origin}/`, { path }, (res) => {
      let body = "";
      res.setEncoding("utf8").on("data", (chunk: string) => (body += chunk));
      res.on("end", () => done({ status: res.statusCode ?? 0, type: res.headers["content-type"] ?? "", body }));
    });
    req.on("error", fail).end();
  });
}

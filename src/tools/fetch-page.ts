/**
 * Fetching one web page for the archive (`npm run new -- URL`): `http` and `https` only, within a
 * time limit and a size limit, redirects followed one by one so that the chain can be recorded,
 * and the response body kept as the exact bytes the server sent.
 */
import { concatBytes } from "../load/chunk-reader";
import { charsetOf, mediaTypeOf } from "../load/warc-payload";

/** What the server sent for a page. */
export interface FetchedPage {
  /** The address asked for. */
  readonly requested: string;
  /** The address that answered, after every redirect. */
  readonly finalUrl: string;
  /** Each redirect followed, in order: the address and the status that moved it on. */
  readonly redirects: readonly { readonly url: string; readonly status: number }[];
  readonly status: number;
  /** The Content-Type header as sent. */
  readonly contentType: string;
  /** The charset that header names, lower-cased; absent when it names none. */
  readonly charset?: string;
  /** The response body, byte for byte. */
  readonly bytes: Uint8Array;
}

/** Limits and identification for {@link fetchPage}. */
export interface FetchLimits {
  /** For the whole exchange, redirects and body included. */
  readonly timeoutMs: number;
  readonly maxBytes: number;
  readonly maxRedirects: number;
  readonly userAgent: string;
}

/** A page that could not be fetched, with a message saying why for the editor. */
export class FetchProblem extends Error {
  override readonly name = "FetchProblem";
}

const REDIRECTS: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

// Saved pages are HTML; XHTML served as such is HTML too.
const HTML_TYPES: ReadonlySet<string> = new Set(["text/html", "application/xhtml+xml"]);

/**
 * Whether an address is one {@link fetchPage} will fetch: an absolute `http` or `https` URL.
 * @example isFetchableUrl("https://example.org/a") //=> true
 * @example isFetchableUrl("ftp://example.org/a") //=> false
 */
export function isFetchableUrl(address: string): boolean {
  return URL.canParse(address) && ["http:", "https:"].includes(new URL(address).protocol);
}

/**
 * Fetch a page.
 * @param address an `http` or `https` URL
 * @returns the final response's bytes, type and the redirects that led to it
 * @throws FetchProblem when the page cannot be had: a network error, the time limit, too many
 *   redirects or one to another scheme, a status other than 2xx, a type other than HTML, a body
 *   over the size limit
 * @throws Error when `address` is not an `http`/`https` URL (callers check with {@link isFetchableUrl})
 * @example const page = await fetchPage("https://example.org/", { timeoutMs: 20_000, maxBytes: 2 ** 21, maxRedirects: 10, userAgent: "news-archive" });
 */
export async function fetchPage(address: string, limits: FetchLimits): Promise<FetchedPage> {
  if (!isFetchableUrl(address)) throw new Error(`not an http or https URL: ${address}`);
  const signal = AbortSignal.timeout(limits.timeoutMs);
  const redirects: { url: string; status: number }[] = [];
  let url = address;
  try {
    for (;;) {
      const response = await fetch(url, {
        redirect: "manual",
        signal,
        headers: { "user-agent": limits.userAgent, accept: "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1" },
      });
      const location = response.headers.get("location");
      if (REDIRECTS.has(response.status) && location !== null) {
        await response.body?.cancel();
        redirects.push({ url, status: response.status });
        if (redirects.length > limits.maxRedirects)
          throw new FetchProblem(`more than ${limits.maxRedirects} redirects, the last to ${location}`);
        const next = URL.canParse(location, url) ? new URL(location, url).href : null;
        if (next === null || !isFetchableUrl(next))
          throw new FetchProblem(`${url} redirects to ${location}, which is not an http or https URL`);
        url = next;
        continue;
      }
      return await accepted(address, url, redirects, response, limits);
    }
  } catch (error) {
    if (error instanceof FetchProblem) throw error;
    if (signal.aborted) throw new FetchProblem(`no complete answer from ${url} within ${limits.timeoutMs / 1000} s (--timeout)`);
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : "";
    throw new FetchProblem(`${url} could not be fetched${cause}`);
  }
}

async function accepted(
  requested: string,
  url: string,
  redirects: readonly { url: string; status: number }[],
  response: Response,
  limits: FetchLimits,
): Promise<FetchedPage> {
  if (response.status < 200 || response.status > 299) {
    await response.body?.cancel();
    throw new FetchProblem(`${url} answered ${response.status}${response.statusText ? ` ${response.statusText}` : ""}`);
  }
  const contentType = response.headers.get("content-type") ?? "";
  if (!HTML_TYPES.has(mediaTypeOf(contentType))) {
    await response.body?.cancel();
    throw new FetchProblem(`${url} is ${contentType === "" ? "of no stated type" : `\`${mediaTypeOf(contentType)}\``}, not an HTML page`);
  }
  const bytes = await boundedBody(url, response, limits.maxBytes);
  const charset = charsetOf(contentType);
  const page = { requested, finalUrl: url, redirects, status: response.status, contentType, bytes };
  return charset === undefined ? page : { ...page, charset };
}

/** The body, refused as soon as it is known to be over the limit (from its length or while reading). */
async function boundedBody(url: string, response: Response, maxBytes: number): Promise<Uint8Array> {
  const tooBig = () => new FetchProblem(`${url} is larger than the ${maxBytes} bytes an article file may have (maxFileBytes)`);
  const declared = Number(response.headers.get("content-length") ?? Number.NaN);
  if (declared > maxBytes) {
    await response.body?.cancel();
    throw tooBig();
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (response.body === null) return new Uint8Array();
  for await (const chunk of response.body) {
    size += chunk.byteLength;
    if (size > maxBytes) throw tooBig();
    chunks.push(chunk);
  }
  return concatBytes(chunks, size);
}

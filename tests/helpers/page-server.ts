import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A local HTTP server on 127.0.0.1 for the fetching tests: articles, a redirect chain, a loop, a
 * slow endpoint, oversize bodies, an error status, a non-HTML type and a windows-1252 page that
 * names its charset only in the header. Tests never touch the network.
 */

const PARAGRAPHS = [
  "The city council voted on Tuesday to close the old harbour bridge to traffic after engineers found cracks in two of its supports.",
  "Repairs are expected to take most of the summer, and buses will run over the northern crossing until the work is done.",
  "Shop owners on the waterfront said they feared losing customers during the busiest months of the year, and asked for help.",
  "The council promised a fund for businesses that can show a loss, and said it would publish the engineers' report next week.",
];

/** A news article page; `charsetMeta` false leaves the charset to the HTTP header. */
export function articlePage(headline: string, charsetMeta = true): string {
  const ld = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline,
    author: { "@type": "Person", name: "Jane Doe" },
    datePublished: "2025-06-03T09:30:00+02:00",
    publisher: { "@type": "Organization", name: "Harbour Gazette" },
  };
  return [
    "<!doctype html><html><head>",
    charsetMeta ? '<meta charset="utf-8">' : "",
    `<title>${headline} | Harbour Gazette</title>`,
    `<script type="application/ld+json">${JSON.stringify(ld)}</script>`,
    "</head><body><article>",
    `<h1>${headline}</h1><p class="byline">By Jane Doe</p>`,
    ...PARAGRAPHS.map((p) => `<p>${p}</p>`),
    "</article></body></html>",
  ].join("\n");
}

/** The windows-1252 page's headline; `’` and `–` are single bytes there and invalid UTF-8. */
export const LATIN_HEADLINE = "Council’s bridge vote – what it means";

function latin1252(text: string): Buffer {
  const special: Record<string, number> = { "’": 0x92, "–": 0x96 };
  return Buffer.from([...text].map((c) => special[c] ?? c.charCodeAt(0)));
}

const HTML = "text/html; charset=utf-8";

/** Routes: path → how to answer. */
const ROUTES: Record<string, (res: ServerResponse) => void> = {
  "/article": (res) => res.writeHead(200, { "content-type": HTML }).end(articlePage("Harbour Bridge Closed for Summer Repairs")),
  "/moved": (res) => res.writeHead(301, { location: "/moved-again" }).end(),
  "/moved-again": (res) => res.writeHead(302, { location: "/article" }).end(),
  "/loop": (res) => res.writeHead(301, { location: "/loop" }).end(),
  "/to-ftp": (res) => res.writeHead(301, { location: "ftp://127.0.0.1/article" }).end(),
  "/slow": (res) => res.writeHead(200, { "content-type": HTML }).write("<!doctype html><p>"),
  "/big": (res) => res.writeHead(200, { "content-type": HTML, "content-length": String(4096) }).end("x".repeat(4096)),
  "/big-unstated": (res) => {
    // Chunked, no length: the limit must be found while reading.
    res.writeHead(200, { "content-type": HTML });
    for (let i = 0; i < 8; i++) res.write("x".repeat(512));
    res.end();
  },
  // Over the default maxFileBytes (2 MiB), for the command, which has no lower limit to set.
  "/huge": (res) => res.writeHead(200, { "content-type": HTML }).end(Buffer.alloc(3 * 1024 * 1024, 0x20)),
  "/missing": (res) => res.writeHead(404, { "content-type": HTML }).end("<p>gone</p>"),
  "/data": (res) => res.writeHead(200, { "content-type": "application/json" }).end("{}"),
  "/latin": (res) =>
    res.writeHead(200, { "content-type": "text/html; charset=windows-1252" }).end(latin1252(articlePage(LATIN_HEADLINE, false))),
};

/** A running server: its base URL, the request headers it saw, and how to stop it. */
export interface PageServer {
  readonly base: string;
  readonly seen: { path: string; headers: IncomingHttpHeaders }[];
  close(): Promise<void>;
}

/** Start the server on a free port of 127.0.0.1. */
export async function startPageServer(): Promise<PageServer> {
  const seen: { path: string; headers: IncomingHttpHeaders }[] = [];
  const server: Server = createServer((req, res) => {
    const path = req.url ?? "/";
    seen.push({ path, headers: req.headers });
    const route = ROUTES[path];
    if (route === undefined) res.writeHead(404).end();
    else route(res);
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const { port } = server.address() as AddressInfo;
  return {
    base: `http://127.0.0.1:${port}`,
    seen,
    close: () =>
      new Promise<void>((done) => {
        // The slow endpoint's connections never end by themselves.
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

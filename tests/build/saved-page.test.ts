import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/project-root";
import { SNAPSHOT_CSP } from "../../src/snapshot/snapshot-page";
import { listFileTree } from "../../src/util/file-tree";
import { buildHere } from "../helpers/build-here";
import { tempDirs } from "../helpers/folders";

// A saved page built beside the text and Markdown articles of the good fixture, carrying what a
// real page carries: scripts, event handlers, `javascript:` links, a form, an iframe, a base.
const temp = tempDirs();
afterAll(temp.remove);

const PAGE = `<!doctype html><html><head><meta charset="windows-1252">
<base href="https://evil.example/">
<title>Envoys sign harbour treaty | Example Gazette</title>
<script>window.hostile = 1</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Envoys sign harbour treaty","datePublished":"2023-10-05T18:30:00-04:00","author":[{"@type":"Person","name":"Jane Doe"}],"publisher":{"@type":"Organization","name":"Example Gazette"}}</script>
<link rel="canonical" href="https://gazette.example/envoys-treaty">
<meta http-equiv="refresh" content="0;url=https://evil.example/">
</head><body onload="steal()">
<nav><a href="javascript:alert(1)">Home</a> <a href="/world">World</a></nav>
<article><h1>Envoys sign harbour treaty</h1>
<p>The envoys signed the harbour treaty on Thursday evening after three rounds of talks, the diplomats said.</p>
<p onclick="steal()">Under the treaty the harbour will reopen to ships of both countries, and a joint \x93peace\x94 commission will meet monthly.<img src="https://tracker.example/p.gif" onerror="steal()"></p>
<p>Diplomats said the treaty was the first between the two countries in a decade. <a href="javascript:steal()">Read more</a><script>steal()</script></p>
<form action="https://evil.example/"><input name="q"></form><iframe src="https://evil.example/"></iframe>
<svg><script>steal()</script></svg>
</article></body></html>`;

describe("a build with a saved page beside text and Markdown articles", () => {
  let root: string;
  let out: string;
  let texts: Map<string, string>;
  const slug = "envoys-sign-harbour-treaty";
  beforeAll(async () => {
    root = temp.make("saved-page-site");
    cpSync(join(PROJECT_ROOT, "tests/fixtures/site/good"), root, { recursive: true });
    writeFileSync(join(root, "content/articles/treaty.html"), Buffer.from(PAGE, "latin1"));
    writeFileSync(join(root, "content/articles/treaty.yml"), "summary: The envoys' treaty, in the sidecar's words.\n");
    out = join(root, "..", `${root.split("/").at(-1)}-site`);
    const outcome = await buildHere({ root, out, cacheDir: join(root, ".cache") });
    expect(outcome.status).toBe("built");
    texts = new Map(
      listFileTree(out).map((f) => {
        const raw = readFileSync(join(out, f));
        return [f, (/\.pf_[a-z]+$/.test(f) ? gunzipSync(raw) : raw).toString("utf8")];
      }),
    );
  });

  const page = (): string => texts.get(`articles/${slug}/index.html`) ?? "";
  const snapshot = (): string => texts.get(`articles/${slug}/snapshot/index.html`) ?? "";
  const body = (): string => /<div class="article-body">([\s\S]*?)<\/div>/.exec(page())?.[1] ?? "";

  it("publishes the article page with the page's fields, its declared charset read, and its sidecar's", () => {
    expect(page()).toContain("<h1>Envoys sign harbour treaty</h1>");
    expect(page()).toContain("The envoys&#39; treaty, in the sidecar&#39;s words.");
    expect(page()).toContain("Jane Doe");
    expect(page()).toContain("Example Gazette");
    expect(body()).toContain("a joint “peace” commission");
  });

  it("lets no script, event handler, javascript: URL, form, frame or remote load into the body", () => {
    expect(body()).not.toBe("");
    expect(body()).not.toMatch(/<script|<iframe|<form|<svg|<img|<base/i);
    expect(body()).not.toMatch(/\son[a-z]+\s*=/i);
    expect(body()).not.toMatch(/javascript:|evil\.example|tracker\.example/i);
    expect(page()).not.toMatch(/steal\(|window\.hostile|http-equiv="refresh"/);
  });

  it("shows where the article was originally published, with a link that passes nothing on", () => {
    expect(page()).toContain(
      'Originally published at <a href="https://gazette.example/envoys-treaty" rel="noopener noreferrer nofollow">https://gazette.example/envoys-treaty</a>',
    );
    const ld = /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(page())?.[1] ?? "{}";
    expect((JSON.parse(ld) as { isBasedOn: string[] }).isBasedOn[0]).toBe("https://gazette.example/envoys-treaty");
    expect(texts.get("api/articles/2023.json") ?? texts.get("api/articles.json") ?? "").toContain("https://gazette.example/envoys-treaty");
  });

  it("lists the article on its topic, date, source and author pages, in the feed and the search index", () => {
    const linked = (file: string) => expect(texts.get(file) ?? "", file).toContain(`/articles/${slug}/`);
    linked("topics/diplomacy/index.html");
    linked("archive/2023/10/index.html");
    linked("sources/example-gazette/index.html");
    linked("authors/jane-doe/index.html");
    linked("feed.xml");
    const index = [...texts].filter(([f]) => f.startsWith("pagefind/")).map(([, t]) => t);
    expect(index.some((t) => t.includes("harbour treaty"))).toBe(true);
  });

  it("publishes the saved page's archival snapshot, its CSP first in the head, with nothing that runs or loads", () => {
    const head = /<head>\n([^\n]*)\n([^\n]*)/.exec(snapshot());
    expect(head?.[1]).toBe('<meta charset="utf-8">');
    expect(head?.[2]).toBe(`<meta http-equiv="Content-Security-Policy" content="${SNAPSHOT_CSP}">`);
    expect(snapshot()).toContain("a joint “peace” commission will meet monthly");
    expect(snapshot()).toContain(`<a href="/articles/${slug}/">Back to the article: Envoys sign harbour treaty</a>`);
    expect(snapshot()).not.toMatch(/<script|<iframe|<form|<base|http-equiv="refresh"/i);
    expect(snapshot()).not.toMatch(/\son[a-z]+\s*=/i);
    expect(snapshot()).not.toMatch(/javascript:|steal\(|window\.hostile/i);
    expect(snapshot()).not.toMatch(/\ssrc\s*=\s*["']?(?!data:)/i);
    // Relative links resolve against the page's canonical address, not its hostile <base>.
    expect(snapshot()).toContain('href="https://gazette.example/world"');
  });

  it("shows the snapshot on the article page in a sandboxed frame, with a link to it and the download", () => {
    expect(page()).toContain(
      `<iframe class="snapshot-frame" src="/articles/${slug}/snapshot/" title="Archival snapshot of the saved page: Envoys sign harbour treaty" sandbox="" referrerpolicy="no-referrer" loading="lazy"></iframe>`,
    );
    expect(page()).toContain(`<a href="/articles/${slug}/snapshot/">Open the archival snapshot</a>`);
    expect(page()).toContain(`<a href="/articles/${slug}/original.bin" download="${slug}.html">Download the saved page</a>`);
    expect(page()).not.toContain(`/articles/${slug}/original.txt`);
  });

  it("publishes the saved page's bytes exactly as collected, and no original text for it", () => {
    expect(readFileSync(join(out, `articles/${slug}/original.bin`)).equals(Buffer.from(PAGE, "latin1"))).toBe(true);
    expect(texts.has(`articles/${slug}/original.txt`)).toBe(false);
    // The text and Markdown articles beside it keep theirs.
    expect([...texts.keys()].filter((f) => f.endsWith("/original.txt")).length).toBeGreaterThan(0);
  });

  it("leaves the snapshot out of the sitemap and the search index", () => {
    expect(texts.get("sitemap.xml") ?? "").toContain(`/articles/${slug}/</loc>`);
    expect(texts.get("sitemap.xml") ?? "").not.toContain("/snapshot/");
    const index = [...texts].filter(([f]) => f.startsWith("pagefind/")).map(([, t]) => t);
    expect(index.some((t) => t.includes("/snapshot/"))).toBe(false);
  });

  it("keeps the snapshot and the bytes as they were when built again with nothing changed", async () => {
    const files = [`articles/${slug}/snapshot/index.html`, `articles/${slug}/original.bin`, `articles/${slug}/index.html`];
    const before = files.map((f) => readFileSync(join(out, f)));
    const outcome = await buildHere({ root, out, cacheDir: join(root, ".cache") });
    expect(outcome.status).toBe("built");
    if (outcome.status !== "built") return;
    for (const [i, f] of files.entries()) expect(readFileSync(join(out, f)).equals(before[i] ?? Buffer.alloc(0)), f).toBe(true);
    expect([...outcome.site.rendered.kept]).toEqual(
      expect.arrayContaining([`/articles/${slug}/snapshot/`, `/articles/${slug}/original.bin`]),
    );
  });
});

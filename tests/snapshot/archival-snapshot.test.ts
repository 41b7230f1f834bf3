import { describe, expect, it } from "vitest";
import { REMOVED } from "../../src/snapshot/allowlist";
import { type ArchivalSnapshot, archivalSnapshot, MAX_SNAPSHOT_DEPTH } from "../../src/snapshot/archival-snapshot";
import { EVIL, HOSTILE_PAGE, HOSTILE_VECTORS } from "./hostile-page";

const PAGE_URL = "https://news.example/2024/05/story.html";

/** Elements that run, embed, submit, steer the document or load media: never in a snapshot. */
const FORBIDDEN_ELEMENT =
  /^(?:script|iframe|frame|object|embed|applet|noscript|template|foreignobject|animate|set|form|input|button|textarea|select|option|base|meta|link|title|video|audio|source|track|picture|image)$/i;
/** Attributes that load, send or steer: never in a snapshot. */
const FORBIDDEN_ATTRIBUTE = /^(?:on.*|srcset|imagesrcset|ping|formaction|action|poster|background|target|srcdoc|data)$/i;
const INLINE_RASTER = /^data:image\/(?:png|jpeg|gif|webp|avif|bmp);/;
const CSS_LOAD = /url\(\s*["']?(?!#)|@import|image-set\(|@font-face/i;
// The sanitizer writes every attribute value in double quotes with `"`, `<`, `>` and `&`
// escaped, and text with `<` escaped: so a `<` followed by a letter opens an element, and its
// attributes can be read off one by one.
const TAG = /<([a-zA-Z][^\s/>]*)([^>]*)>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:="([^"]*)")?/g;
const STYLE_ELEMENT = /<style>([^<]*)<\/style>/g;

/** An attribute value as the browser reads it. */
function unescaped(value: string): string {
  return value
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");
}

/**
 * What in a snapshot's HTML could run code or load from elsewhere, read as a browser reads it:
 * element names, attribute names and URL values, CSS in attributes and style elements.
 */
function hazards(html: string): string[] {
  const found: string[] = [];
  for (const [, name = "", rest = ""] of html.matchAll(TAG)) {
    if (FORBIDDEN_ELEMENT.test(name)) found.push(`element ${name}`);
    for (const [, attribute = "", raw = ""] of rest.matchAll(ATTRIBUTE)) {
      const value = unescaped(raw);
      if (FORBIDDEN_ATTRIBUTE.test(attribute)) found.push(`attribute ${attribute}`);
      if (attribute === "src" && !INLINE_RASTER.test(value)) found.push(`src ${value}`);
      if (/href$/.test(attribute) && !/^(?:https?:\/\/|#)/.test(value)) found.push(`${attribute} ${value}`);
      if (/^(?:https?:\/\/)/.test(value) && attribute !== "href") found.push(`${attribute} ${value}`);
      if (CSS_LOAD.test(value)) found.push(`CSS in ${attribute}`);
    }
  }
  for (const [, css = ""] of html.matchAll(STYLE_ELEMENT)) if (CSS_LOAD.test(css)) found.push(`CSS ${css}`);
  return found;
}

const snap = (html: string): ArchivalSnapshot => archivalSnapshot(html, { pageUrl: PAGE_URL });
const snapWithoutAddress = (html: string): ArchivalSnapshot => archivalSnapshot(html);

describe("archivalSnapshot on hostile markup", () => {
  it.each(HOSTILE_VECTORS)("leaves nothing active of %s", (_name, html) => {
    const snapshot = snap(`<p>before</p>${html}<p>after</p>`);
    expect(hazards(snapshot.html)).toEqual([]);
    expect(snapshot.html).toContain("<p>before</p>");
  });

  it.each(HOSTILE_VECTORS)("leaves nothing active of %s without the page's address", (_name, html) => {
    expect(hazards(snapWithoutAddress(html).html)).toEqual([]);
  });

  it.each(HOSTILE_VECTORS.filter(([name]) => !/unclosed|split|noscript attribute|math|template|srcdoc|escaped/.test(name)))(
    "finds %s in the page itself (the check can fail)",
    (_name, html) => {
      expect(hazards(html)).not.toEqual([]);
    },
  );

  it("leaves nothing active of all the vectors in one page, and keeps its text", () => {
    const snapshot = snap(HOSTILE_PAGE);
    expect(hazards(snapshot.html)).toEqual([]);
    expect(snapshot.html).toContain("<h1>Hostile headline</h1>");
    expect(snapshot.html).toContain("Officials said on Tuesday that the talks would resume.");
  });

  it.each([
    // Each row: markup, a kind that must be counted.
    [`<script>x()</script>`, REMOVED.script],
    [`<svg><script>x()</script></svg>`, REMOVED.script],
    [`<img src="x.png" onerror="x()">`, REMOVED.handler],
    [`<a href="&#106;avascript:x()">a</a>`, REMOVED.scriptUrl],
    [`<a href="mailto:a@b.example">a</a>`, REMOVED.otherUrl],
    [`<base href="${EVIL}/">`, REMOVED.base],
    [`<meta http-equiv="refresh" content="0;url=${EVIL}">`, REMOVED.metaHttpEquiv],
    [`<form><input></form>`, REMOVED.form],
    [`<form><input></form>`, REMOVED.formControl],
    [`<link rel="stylesheet" href="s.css">`, REMOVED.link],
    [`<style>p{background:url(${EVIL}/a.png)}</style>`, REMOVED.remoteStyle],
    [`<p style="background:url(${EVIL}/a.png)">p</p>`, REMOVED.remoteStyle],
    [`<img src="${EVIL}/a.png">`, REMOVED.remoteImage],
    [`<img src="data:image/png;base64,AA" srcset="${EVIL}/a.png 2x">`, REMOVED.srcset],
    [`<iframe src="${EVIL}/f"></iframe>`, REMOVED.frame],
    [`<object data="${EVIL}/o"></object>`, REMOVED.object],
    [`<video src="${EVIL}/v.mp4"></video>`, REMOVED.media],
    [`<a href="${EVIL}/" ping="${EVIL}/p">a</a>`, REMOVED.ping],
    [`<a href="${EVIL}/" target="_blank">a</a>`, REMOVED.target],
    [`<svg><use href="${EVIL}/s.svg#a"/></svg>`, REMOVED.remoteSvg],
    [`<svg><foreignObject><p>x</p></foreignObject></svg>`, REMOVED.foreignObject],
  ])("counts what it removes from %s as %s", (html, kind) => {
    expect(snap(html).removed.map((r) => r.kind)).toContain(kind);
  });
});

describe("archivalSnapshot on ordinary pages", () => {
  it("keeps the text and structure of an article: headings, paragraphs, lists, tables, figures", () => {
    const html =
      "<article><h1>Title</h1><p>One <em>two</em> <strong>three</strong>.</p><ul><li>a</li></ul>" +
      '<table><tbody><tr><td colspan="2">cell</td></tr></tbody></table><figure><figcaption>Cap</figcaption></figure></article>';
    expect(snap(html)).toEqual({ html, removed: [], remoteLinks: [] });
  });

  it("resolves relative links against the page's address and marks every web link noopener noreferrer nofollow", () => {
    expect(snap('<a href="../other.html">a</a> <a href="//cdn.example/x">b</a> <a href="#s">c</a>').html).toBe(
      '<a href="https://news.example/2024/other.html" rel="noopener noreferrer nofollow">a</a> ' +
        '<a href="https://cdn.example/x" rel="noopener noreferrer nofollow">b</a> <a href="#s" rel="noopener noreferrer nofollow">c</a>',
    );
  });

  it("drops relative links when the page's address is unknown, keeping their text", () => {
    const snapshot = snapWithoutAddress('<a href="/elsewhere">text</a>');
    expect(snapshot.html).toBe("<a>text</a>");
    expect(snapshot.removed).toEqual([{ kind: REMOVED.relativeUrl, count: 1 }]);
  });

  it("lists remote images, media and frames once each, in the order they appear, resolved", () => {
    const snapshot = snap(
      `<img src="a.png"><img src="${EVIL}/b.png"><img src="a.png"><video poster="p.jpg"><source src="v.mp4"></video><iframe src="/f"></iframe>`,
    );
    expect(snapshot.remoteLinks).toEqual([
      "https://news.example/2024/05/a.png",
      `${EVIL}/b.png`,
      "https://news.example/2024/05/p.jpg",
      "https://news.example/2024/05/v.mp4",
      "https://news.example/f",
    ]);
    expect(snapshot.html).toBe("");
  });

  it("keeps an inline raster image and drops an inline SVG image", () => {
    const png = "data:image/png;base64,iVBORw0KGgo=";
    expect(snap(`<img src="${png}" alt="dot"><img src="data:image/svg+xml,<svg></svg>">`).html).toBe(`<img src="${png}" alt="dot" />`);
  });

  it("keeps the styles that load nothing and removes the declarations that do", () => {
    const snapshot = snap(`<style>p{color:red;background:url(${EVIL}/a.png)}</style><p style="color:blue">x</p>`);
    expect(snapshot.html).toBe('<style>p{color:red}</style><p style="color:blue">x</p>');
  });

  it("keeps inline SVG shapes and their references inside the document", () => {
    const svg =
      '<svg viewbox="0 0 2 2"><defs><lineargradient id="g"></lineargradient></defs><rect fill="url(#g)"></rect><use href="#g"></use></svg>';
    expect(snap(svg).html).toBe(svg);
  });

  it("closes what the page left open", () => {
    expect(snap("<div><p><b>unclosed").html).toBe("<div><p><b>unclosed</b></p></div>");
  });

  it("lists its removals in code-unit order of their kinds", () => {
    const kinds = snap(HOSTILE_PAGE).removed.map((r) => r.kind);
    expect(kinds).toEqual([...kinds].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });

  it.each(["ftp://example.com/", "/relative", "javascript:alert(1)", "not a url"])("throws on the page address %s", (pageUrl) => {
    expect(() => archivalSnapshot("<p>x</p>", { pageUrl })).toThrow(TypeError);
  });
});

describe("archivalSnapshot on very large and very deep pages", () => {
  it("snapshots a page nested 1,000 levels deep", () => {
    const snapshot = snap(`${"<div>".repeat(1000)}<p>deep text</p>${"</div>".repeat(1000)}`);
    expect(snapshot.html).toContain("<p>deep text</p>");
    expect(snapshot.html.split("<div>").length - 1).toBe(1000);
  });

  it("gives no snapshot of a page nested deeper than browsers nest, and says so", () => {
    const snapshot = snap(`${"<div>".repeat(MAX_SNAPSHOT_DEPTH + 1)}text`);
    expect(snapshot).toEqual({ html: "", removed: [{ kind: REMOVED.tooDeep, count: 1 }], remoteLinks: [] });
  });

  it("snapshots a 20 MB page with what it holds removed and its text kept", () => {
    const block = `<div class="c"><h2>Part</h2><p>Officials said <a href="/n">more</a>.</p><img src="/i.png"><script>x()</script></div>\n`;
    const page = `<html><body>${block.repeat(Math.ceil(20_000_000 / block.length))}</body></html>`;
    expect(page.length).toBeGreaterThanOrEqual(20_000_000);
    const snapshot = snap(page);
    const blocks = Math.ceil(20_000_000 / block.length);
    expect(snapshot.html.split("<h2>Part</h2>").length - 1).toBe(blocks);
    expect(snapshot.removed).toEqual([
      { kind: REMOVED.remoteImage, count: blocks },
      { kind: REMOVED.script, count: blocks },
    ]);
    expect(snapshot.remoteLinks).toEqual(["https://news.example/i.png"]);
  });
});

/**
 * Synthetic saved pages for the benchmark: a generated article's text inside the page a browser
 * saves — JSON-LD and Open Graph metadata, a large inline script and stylesheet, a navigation
 * menu, the article, a footer — at the size of a typical news page (about 150–250 KB).
 */

/** Inline script and style characters per page: most of a real saved page is its scripts. */
const SCRIPT_CHARS = 120_000;
const STYLE_CHARS = 30_000;
const MENU_LINKS = 150;

const escapeHtml = (s: string) => s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

/** `chars` characters of script-like text, the same for every page of a seed. */
function filler(kind: "script" | "style", chars: number, seed: number): string {
  const unit =
    kind === "script"
      ? `window.__data${seed}=window.__data${seed}||[];__data${seed}.push({id:${seed},track:function(e){return e&&e.type},ready:!0});\n`
      : `.nav-item-${seed}{display:inline-block;margin:0 4px;padding:2px 6px;color:#223;}\n`;
  return unit.repeat(Math.ceil(chars / unit.length)).slice(0, chars);
}

/**
 * A saved page holding `text` (a generated raw article: headline on its first line, then
 * paragraphs), with `i` varying its script and menu.
 * @example syntheticSavedPage("Council approves bridge\n\nThe council voted.", 1).includes("NewsArticle") //=> true
 */
export function syntheticSavedPage(text: string, i: number): string {
  const lines = text.split("\n").filter((l) => l.trim() !== "");
  const headline = lines[0] ?? "Untitled";
  const paragraphs = lines.slice(1).filter((l) => l.split(" ").length >= 8);
  const ld = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline,
    datePublished: "2024-05-14T06:02:00+04:00",
    author: { "@type": "Person", name: "Jane Doe" },
    publisher: { "@type": "Organization", name: "The Example Times" },
  };
  const menu = Array.from({ length: MENU_LINKS }, (_, k) => `<li><a href="/section/${k}">Section ${k}</a></li>`).join("");
  return [
    "<!doctype html>",
    '<html lang="en"><head><meta charset="utf-8">',
    `<title>${escapeHtml(headline)} | The Example Times</title>`,
    `<meta property="og:title" content="${escapeHtml(headline)}"><meta property="og:site_name" content="The Example Times">`,
    `<link rel="canonical" href="https://example.com/news/${i}">`,
    `<script type="application/ld+json">${JSON.stringify(ld)}</script>`,
    `<script>${filler("script", SCRIPT_CHARS, i)}</script>`,
    `<style>${filler("style", STYLE_CHARS, i)}</style>`,
    "</head><body>",
    `<header><a href="/">The Example Times</a><nav><ul>${menu}</ul></nav></header>`,
    `<main><article><h1>${escapeHtml(headline)}</h1><p class="byline">By Jane Doe</p>`,
    ...paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    "</article></main>",
    "<footer><p>© 2024 The Example Times. All rights reserved.</p></footer>",
    "</body></html>",
  ].join("\n");
}

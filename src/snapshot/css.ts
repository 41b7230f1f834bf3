import postcss, { type AtRule, type Declaration, type Root } from "postcss";

/**
 * CSS of a saved page without anything that loads: every declaration or at-rule that names a
 * resource (`url(…)`, `image-set(…)`, `@import`, `@font-face`) is removed. A snapshot's CSP blocks
 * such loads as well; removing them means a host that ignores the CSP still loads nothing.
 */

/**
 * Functions and at-rules that fetch something, matched after comments and escapes are undone
 * (so `u\72 l(` and `@\69mport` are caught too). `src(`, `image(` and `image-set(` take
 * strings as well as `url(`; `expression(` and `-moz-binding` and `behavior` ran code in old
 * browsers.
 */
const LOADS = /url\(|src\(|image\(|image-set\(|cross-fade\(|element\(|@import|expression\(|-moz-binding|behavior\s*:/;
/** Blocks deeper than this are refused before parsing: PostCSS writes nested rules recursively. */
export const MAX_CSS_DEPTH = 32;
/** A URL inside the same document (`url(#gradient)`), the only kind an SVG attribute may keep. */
const LOCAL_URLS = /url\(\s*["']?#[^()"']*["']?\s*\)/g;
// CSS escapes: `\75` with an optional space after the hex digits, or `\` before any other character.
const ESCAPE = /\\(?:([0-9a-fA-F]{1,6})[ \t\n\r\f]?|([^\n\r\f0-9a-fA-F]))/g;

/**
 * `text` without its comments. A loop of `indexOf` rather than a regular expression: one that
 * looks for the end of each `/*` rescans the rest of the text for every unclosed one.
 */
function withoutComments(text: string): string {
  let out = "";
  let from = 0;
  for (let open = text.indexOf("/*"); open !== -1; open = text.indexOf("/*", from)) {
    out += text.slice(from, open);
    const close = text.indexOf("*/", open + 2);
    // An unclosed comment runs to the end of the text, as a CSS parser reads it.
    from = close === -1 ? text.length : close + 2;
  }
  return out + text.slice(from);
}

/** `text` with CSS comments removed and escapes decoded, lower-cased, for matching. */
function plain(text: string): string {
  return withoutComments(text)
    .replace(ESCAPE, (_m, hex: string | undefined, other: string | undefined) => {
      if (other !== undefined) return other;
      const code = Number.parseInt(hex ?? "", 16);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "\uFFFD";
    })
    .toLowerCase();
}

/**
 * Whether CSS text names anything a browser would fetch.
 * @example loadsResource("background: u\\72 l(https://x.example/a.png)") //=> true
 * @example loadsResource("color: red") //=> false
 */
export function loadsResource(text: string): boolean {
  return LOADS.test(plain(text));
}

/**
 * Whether an attribute value (an SVG `fill`, `mask`, `filter`) fetches something: any `url(…)`
 * except one that points inside the document.
 * @example attributeLoads("url(#shade)") //=> false
 * @example attributeLoads("url(https://x.example/f.svg#a)") //=> true
 */
export function attributeLoads(value: string): boolean {
  return loadsResource(plain(value).replace(LOCAL_URLS, ""));
}

/** The deepest nesting of braces in `text`, counted in one pass. */
function braceDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 123) deepest = Math.max(deepest, ++depth);
    else if (c === 125 && depth > 0) depth--;
  }
  return deepest;
}

/** Remove every rule and declaration under `root` that loads something; returns how many. */
function removeLoads(root: Root): number {
  // Collected first (removing while PostCSS walks would skip the next sibling), at-rules before
  // declarations so that a removed `@font-face` is counted once, not once more for its `src`.
  const rules: AtRule[] = [];
  root.walkAtRules((rule) => {
    if (/^(?:import|font-face)$/i.test(rule.name) || loadsResource(`@${rule.name} ${rule.params}`)) rules.push(rule);
  });
  for (const rule of rules) rule.remove();
  const declarations: Declaration[] = [];
  root.walkDecls((declaration) => {
    if (loadsResource(`${declaration.prop}:${declaration.value}`)) declarations.push(declaration);
  });
  for (const declaration of declarations) declaration.remove();
  return rules.length + declarations.length;
}

/** What {@link cleanStylesheet} made of a `<style>` element's text. */
export interface CleanedCss {
  /** The CSS to keep, or `null` when the whole element is to go. */
  readonly css: string | null;
  /** Declarations and rules removed. */
  readonly removed: number;
}

/**
 * A `<style>` element's text without what loads. The whole text goes when it cannot be read,
 * nests deeper than {@link MAX_CSS_DEPTH}, contains `<` (which an HTML parser inside SVG would
 * read as markup), or still names a load after the rules were removed (a load hidden where no
 * rule holds it).
 * @example cleanStylesheet("p{color:red;background:url(//x.example/a.png)}").css //=> "p{color:red}"
 */
export function cleanStylesheet(text: string): CleanedCss {
  if (text.includes("<") || braceDepth(text) > MAX_CSS_DEPTH) return { css: null, removed: 1 };
  let root: Root;
  try {
    root = postcss.parse(text);
  } catch {
    return { css: null, removed: 1 };
  }
  const removed = removeLoads(root);
  const css = root.toString();
  if (loadsResource(css)) return { css: null, removed: removed + 1 };
  return { css, removed };
}

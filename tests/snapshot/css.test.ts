import { describe, expect, it } from "vitest";
import { attributeLoads, cleanStylesheet, loadsResource, MAX_CSS_DEPTH } from "../../src/snapshot/css";

describe("loadsResource", () => {
  it.each([
    ["background:url(https://x.example/a.png)", true],
    ["background:URL( 'a.png' )", true],
    // Escapes and comments are undone before matching.
    ["background:u\\72 l(a.png)", true],
    ["background:\\75\\72\\6c(a.png)", true],
    ["@im/**/port 'a.css'", true],
    ["@\\69mport 'a.css'", true],
    ["background:image-set('a.png' 1x)", true],
    ["background:-webkit-image-set('a.png' 1x)", true],
    ["src:src('a.woff')", true],
    ["width:expression(alert(1))", true],
    ["color:red;font:12px serif", false],
    // An unclosed comment hides the rest, as a CSS parser reads it.
    ["color:red/* url(a.png)", false],
  ])("on %s is %s", (css, loads) => {
    expect(loadsResource(css)).toBe(loads);
  });
});

describe("attributeLoads", () => {
  it.each([
    ["url(#shade)", false],
    ["url( '#shade' )", false],
    ["url(https://x.example/f.svg#a)", true],
    ["url(#a) url(b.svg#c)", true],
    ["#fff", false],
  ])("on %s is %s", (value, loads) => {
    expect(attributeLoads(value)).toBe(loads);
  });
});

describe("cleanStylesheet", () => {
  it.each([
    // Declarations that load go; the rest of the rule stays.
    ["p{color:red;background:url(//x.example/a.png)}", "p{color:red}", 1],
    // An import and a font face go whole, counted once each.
    ["@import 'a.css';p{color:red}", "p{color:red}", 1],
    ["@font-face{font-family:a;src:url(a.woff)}p{color:red}", "p{color:red}", 1],
    ["@media (min-width:1px){p{background:url(a.png);color:red}}", "@media (min-width:1px){p{color:red}}", 1],
    ["p{color:red}", "p{color:red}", 0],
  ])("makes %s into %s", (css, kept, removed) => {
    expect(cleanStylesheet(css)).toEqual({ css: kept, removed });
  });

  it.each([
    ["CSS with markup in it", "p{content:'</style><script>'}"],
    ["CSS that does not parse", "p{color:red"],
    [`CSS nested deeper than ${MAX_CSS_DEPTH} blocks`, `${"a{".repeat(MAX_CSS_DEPTH + 1)}${"}".repeat(MAX_CSS_DEPTH + 1)}`],
  ])("drops %s whole", (_name, css) => {
    expect(cleanStylesheet(css).css).toBeNull();
  });
});

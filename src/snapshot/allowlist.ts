/**
 * What a snapshot keeps of a saved page, as data: the elements and attributes allowed (anything
 * else goes), the elements that go with everything inside them, and the kind each removal is
 * counted as. An allowlist, so an element or attribute that browsers add next year is dropped
 * until it is listed here.
 */

/** Elements of text and structure kept, HTML and SVG (names as the HTML parser lower-cases them). */
export const ALLOWED_ELEMENTS: readonly string[] = [
  ...["a", "abbr", "address", "article", "aside", "b", "bdi", "bdo", "blockquote", "br", "caption", "center", "cite", "code"],
  ...["col", "colgroup", "data", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "fieldset", "figcaption", "figure"],
  ...["footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "i", "img", "ins", "kbd", "label", "legend"],
  ...["li", "main", "mark", "nav", "ol", "p", "pre", "q", "rp", "rt", "ruby", "s", "samp", "section", "small", "span"],
  ...["strong", "style", "sub", "summary", "sup", "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul"],
  ...["var", "wbr"],
  // Inline SVG icons and charts; no script, animation, foreignObject or image.
  ...["svg", "g", "path", "circle", "ellipse", "line", "polyline", "polygon", "rect", "text", "tspan", "defs", "symbol"],
  ...["use", "lineargradient", "radialgradient", "stop", "clippath", "mask", "marker", "pattern", "desc"],
];

const SVG_ATTRIBUTES = [
  ...["viewbox", "preserveaspectratio", "xmlns", "d", "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "dx"],
  ...["dy", "points", "transform", "fill", "fill-opacity", "fill-rule", "clip-rule", "clip-path", "mask", "stroke"],
  ...["stroke-width", "stroke-linecap", "stroke-linejoin", "stroke-miterlimit", "stroke-dasharray", "stroke-dashoffset"],
  ...["stroke-opacity", "opacity", "offset", "stop-color", "stop-opacity", "gradientunits", "gradienttransform", "fx", "fy"],
  ...["patternunits", "patterntransform", "markerwidth", "markerheight", "refx", "refy", "orient", "font-size"],
  ...["font-family", "font-weight", "text-anchor", "dominant-baseline", "focusable", "visibility", "display"],
];

/** Attributes kept, by element; `*` for every element. URLs are checked before this list applies. */
export const ALLOWED_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  "*": ["id", "class", "title", "lang", "dir", "style", "role", "aria-*", "hidden", "width", "height", "align"],
  a: ["href", "rel"],
  img: ["src", "alt"],
  ol: ["start", "reversed", "type"],
  li: ["value"],
  td: ["colspan", "rowspan", "headers"],
  th: ["colspan", "rowspan", "headers", "scope", "abbr"],
  col: ["span"],
  colgroup: ["span"],
  time: ["datetime"],
  data: ["value"],
  del: ["datetime"],
  ins: ["datetime"],
  details: ["open"],
  ...Object.fromEntries(
    ["svg", "g", "path", "circle", "ellipse", "line", "polyline", "polygon", "rect", "text", "tspan", "defs", "symbol"]
      .concat(["lineargradient", "radialgradient", "stop", "clippath", "mask", "marker", "pattern"])
      .map((name) => [name, SVG_ATTRIBUTES]),
  ),
  use: [...SVG_ATTRIBUTES, "href", "xlink:href"],
};

/**
 * Elements removed with everything inside them: code, embedded documents, form values, and
 * what the page's head says to the browser. Any other element not allowed is unwrapped: it
 * goes, its text stays (`<noscript>`, `<form>`, `<button>`, custom elements).
 */
export const DROPPED_WITH_CONTENT: readonly string[] = [
  ...["script", "style", "template", "title", "xmp", "iframe", "frame", "frameset", "noframes", "noembed", "object"],
  ...["applet", "textarea", "select", "option", "optgroup", "datalist", "foreignobject", "animate", "set"],
  ...["animatemotion", "animatetransform", "map", "canvas"],
];

/** The kinds of removal a snapshot counts (what a reader or a test is told was taken out). */
export const REMOVED = {
  script: "script",
  frame: "frame",
  object: "embedded object",
  form: "form",
  formControl: "form control",
  handler: "event handler attribute",
  scriptUrl: "script URL",
  otherUrl: "URL with another scheme",
  relativeUrl: "relative URL without the page's address",
  base: "base",
  metaHttpEquiv: "meta http-equiv (refresh, cookies)",
  link: "link (stylesheet, preload, icon)",
  remoteStyle: "style that loads from elsewhere",
  remoteImage: "remote image",
  media: "audio or video",
  srcset: "srcset",
  ping: "ping",
  formAction: "form action",
  target: "link target",
  remoteSvg: "SVG reference to elsewhere",
  svgAnimation: "SVG animation",
  foreignObject: "SVG foreignObject",
  tooDeep: "whole page (elements nested too deeply)",
} as const;

/** One kind of removal, as counted. */
export type RemovedKind = (typeof REMOVED)[keyof typeof REMOVED];

/** The kind each removed element is counted as; elements not listed are unwrapped silently. */
export const ELEMENT_KIND: Readonly<Record<string, RemovedKind>> = {
  script: REMOVED.script,
  iframe: REMOVED.frame,
  frame: REMOVED.frame,
  frameset: REMOVED.frame,
  object: REMOVED.object,
  embed: REMOVED.object,
  applet: REMOVED.object,
  param: REMOVED.object,
  form: REMOVED.form,
  input: REMOVED.formControl,
  button: REMOVED.formControl,
  select: REMOVED.formControl,
  textarea: REMOVED.formControl,
  datalist: REMOVED.formControl,
  output: REMOVED.formControl,
  keygen: REMOVED.formControl,
  base: REMOVED.base,
  link: REMOVED.link,
  video: REMOVED.media,
  audio: REMOVED.media,
  source: REMOVED.media,
  track: REMOVED.media,
  image: REMOVED.remoteImage,
  feimage: REMOVED.remoteImage,
  foreignobject: REMOVED.foreignObject,
  animate: REMOVED.svgAnimation,
  set: REMOVED.svgAnimation,
  animatemotion: REMOVED.svgAnimation,
  animatetransform: REMOVED.svgAnimation,
};

/** Attributes that load or send something, removed wherever they are, and the kind counted. */
export const LOADING_ATTRIBUTE: Readonly<Record<string, RemovedKind>> = {
  srcset: REMOVED.srcset,
  imagesrcset: REMOVED.srcset,
  ping: REMOVED.ping,
  formaction: REMOVED.formAction,
  action: REMOVED.formAction,
  target: REMOVED.target,
  poster: REMOVED.media,
  background: REMOVED.remoteImage,
  lowsrc: REMOVED.remoteImage,
  dynsrc: REMOVED.remoteImage,
};

/** Attributes naming the resource an element loads; its URL is listed among the remote links. */
export const RESOURCE_ATTRIBUTES: readonly string[] = ["src", "data", "poster", "href", "xlink:href"];

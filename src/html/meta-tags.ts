/**
 * The page's `<meta>` statements, `<link rel=canonical>`, `<title>`, microdata and `<time>`,
 * gathered once so the cascade (`page-metadata.ts`) asks for them by name.
 */
import { attr, collapse, type PageDocument } from "./dom";

/** The page's statements by lower-case key (`og:title`, `author`, `citation_author`, …). */
export interface PageStatements {
  /** Every `<meta>` content by its `property`, `name` or `itemprop`, in page order. */
  readonly meta: ReadonlyMap<string, readonly string[]>;
  /** `<link rel="canonical" href>`. */
  readonly canonical: string | null;
  /** `<title>`, whitespace collapsed. */
  readonly title: string | null;
  /** Microdata values by `itemprop` (`content`, `datetime` or text), in page order. */
  readonly itemprops: ReadonlyMap<string, readonly string[]>;
  /**
   * `datetime` of the `<time pubdate>` elements (marked as the publication time), in page
   * order. Other `<time>` elements date anything (comments, related stories, events).
   */
  readonly pubdates: readonly string[];
}

/**
 * Gather the statements of a page.
 * @example pageStatements(parsePage('<meta property="og:title" content="A">')).meta.get("og:title") //=> ["A"]
 */
export function pageStatements(doc: PageDocument): PageStatements {
  const meta = new Map<string, string[]>();
  for (const el of Array.from(doc.querySelectorAll("meta"))) {
    const content = attr(el, "content");
    if (content === null) continue;
    for (const key of ["property", "name", "itemprop"]) {
      const name = attr(el, key)?.toLowerCase();
      if (name) add(meta, name, content);
    }
  }
  const itemprops = new Map<string, string[]>();
  for (const el of Array.from(doc.querySelectorAll("[itemprop]"))) {
    if (el.localName === "meta") continue;
    const value = attr(el, "content") ?? attr(el, "datetime") ?? collapse(el.textContent ?? "");
    const name = attr(el, "itemprop")?.toLowerCase();
    if (name && value) add(itemprops, name, value);
  }
  const pubdates = Array.from(doc.querySelectorAll("time[datetime][pubdate]"))
    .map((el) => attr(el, "datetime"))
    .filter((v): v is string => v !== null);
  const link = Array.from(doc.querySelectorAll("link[rel][href]")).find((el) =>
    (el.getAttribute("rel") ?? "").toLowerCase().split(/\s+/).includes("canonical"),
  );
  const titleEl = doc.querySelector("title");
  const title = titleEl ? collapse(titleEl.textContent ?? "") : "";
  return { meta, canonical: link ? attr(link, "href") : null, title: title === "" ? null : title, itemprops, pubdates };
}

function add(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

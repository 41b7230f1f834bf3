/**
 * The article a page describes in JSON-LD (`<script type="application/ld+json">`): the
 * statements a publisher writes for search engines, usually the most exact ones on the page.
 */
import { collapse, type PageDocument } from "./dom";

/** What a page's JSON-LD says about its article; each field absent when not stated. */
export interface JsonLdArticle {
  /** The schema.org type the values came from, e.g. `NewsArticle`. */
  readonly type: string;
  /** `headline`, or `name` (see `headlineKey`). */
  readonly headline?: string;
  readonly headlineKey?: "headline" | "name";
  /** Author names as written (person authors only; an organisation as author is not a person). */
  readonly authors?: readonly string[];
  readonly datePublished?: string;
  readonly dateModified?: string;
  readonly publisher?: string;
  /** `url`, or `mainEntityOfPage` (an address or an object with `@id`). */
  readonly url?: string;
  readonly urlKey?: "url" | "mainEntityOfPage";
}

/** schema.org types that are an article (or a page that is one), most specific first. */
export const ARTICLE_TYPES: ReadonlySet<string> = new Set([
  "Article",
  "NewsArticle",
  "ReportageNewsArticle",
  "AnalysisNewsArticle",
  "OpinionNewsArticle",
  "BackgroundNewsArticle",
  "ReviewNewsArticle",
  "AskPublicNewsArticle",
  "BlogPosting",
  "LiveBlogPosting",
  "SocialMediaPosting",
  "DiscussionForumPosting",
  "TechArticle",
  "ScholarlyArticle",
  "SatiricalArticle",
  "Report",
  "Review",
]);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

// A JSON-LD block is at most this deep where it is read; deeper nesting is not an article's metadata.
const MAX_DEPTH = 8;

/**
 * The first article-typed object in the page's JSON-LD blocks (top level, arrays, `@graph`,
 * and one level of `mainEntity`), or null when there is none. A block that is not valid JSON
 * is skipped: it is the publisher's mistake, and the rest of the cascade still reads the page.
 * @example jsonLdArticle(parsePage('<script type="application/ld+json">{"@type":"NewsArticle","headline":"A"}</script>'))?.headline //=> "A"
 */
export function jsonLdArticle(doc: PageDocument): JsonLdArticle | null {
  const objects: JsonObject[] = [];
  for (const script of Array.from(doc.querySelectorAll("script"))) {
    const type = (script.getAttribute("type") ?? "").trim().toLowerCase();
    if (type !== "application/ld+json") continue;
    const parsed = parseBlock(script.textContent ?? "");
    if (parsed !== undefined) collect(parsed, objects, 0);
  }
  const articles = objects.filter((o) => typesOf(o).some((t) => ARTICLE_TYPES.has(t)));
  // The article with a headline is the page's own; a bare one is often a related-links stub.
  const chosen = articles.find((o) => text(o.headline) !== undefined || text(o.name) !== undefined) ?? articles[0];
  return chosen ? describe(chosen, decoderFor(doc)) : null;
}

function parseBlock(source: string): Json | undefined {
  const body = source
    .trim()
    .replace(/^<!\[CDATA\[|\]\]>$/g, "")
    .replace(/^<!--|-->$/g, "")
    .trim();
  try {
    return JSON.parse(body) as Json;
  } catch {
    return undefined;
  }
}

function collect(value: Json, out: JsonObject[], depth: number): void {
  if (depth > MAX_DEPTH || value === null || typeof value !== "object") return;
  if (Array.isArray(value)) {
    for (const item of value) collect(item, out, depth + 1);
    return;
  }
  out.push(value);
  if (value["@graph"] !== undefined) collect(value["@graph"], out, depth + 1);
  if (value.mainEntity !== undefined && depth < 2) collect(value.mainEntity, out, depth + 1);
}

function typesOf(o: JsonObject): string[] {
  const t = o["@type"];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === "string").map((x) => x.replace(/^(?:https?:\/\/)?schema\.org\//, ""));
}

type Decode = (s: string) => string;

// Publishers often write HTML entities into JSON-LD strings (`&amp;`, `&#8217;`).
function decoderFor(doc: PageDocument): Decode {
  return (s) => {
    if (!/&(?:#\d+|#x[0-9a-f]+|[a-z]+\d*);/i.test(s) && !s.includes("<")) return s;
    const holder = doc.createElement("div");
    holder.innerHTML = s;
    return holder.textContent ?? s;
  };
}

function text(value: Json | undefined, decode: Decode = (s) => s): string | undefined {
  if (typeof value !== "string") return undefined;
  const clean = collapse(decode(value));
  return clean === "" ? undefined : clean;
}

function nameOf(value: Json | undefined, decode: Decode): string | undefined {
  if (typeof value === "string") return text(value, decode);
  if (Array.isArray(value)) return value.length > 0 ? nameOf(value[0], decode) : undefined;
  if (value !== null && typeof value === "object") return text(value.name, decode);
  return undefined;
}

function personNames(value: Json | undefined, decode: Decode): string[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.flatMap((v) => personNames(v, decode));
  if (typeof value === "string") return [text(value, decode)].filter((s): s is string => s !== undefined);
  if (typeof value !== "object") return [];
  if (typesOf(value).some((t) => t === "Organization" || t === "NewsMediaOrganization" || t === "Corporation")) return [];
  const name = nameOf(value, decode);
  return name === undefined ? [] : [name];
}

function urlOf(value: Json | undefined): string | undefined {
  if (typeof value === "string") return text(value);
  if (value !== null && typeof value === "object" && !Array.isArray(value)) return text(value["@id"]) ?? text(value.url);
  return undefined;
}

function describe(o: JsonObject, decode: Decode): JsonLdArticle {
  const fromHeadline = text(o.headline, decode);
  const headline = fromHeadline ?? text(o.name, decode);
  const authors = personNames(o.author ?? o.creator, decode);
  const url = urlOf(o.url);
  const entity = urlOf(o.mainEntityOfPage);
  const datePublished = text(o.datePublished) ?? text(o.dateCreated);
  const dateModified = text(o.dateModified);
  const publisher = nameOf(o.publisher, decode);
  return {
    type: typesOf(o).find((t) => ARTICLE_TYPES.has(t)) ?? "Article",
    ...(headline !== undefined ? { headline, headlineKey: fromHeadline !== undefined ? "headline" : "name" } : {}),
    ...(authors.length > 0 ? { authors } : {}),
    ...(datePublished !== undefined ? { datePublished } : {}),
    ...(dateModified !== undefined ? { dateModified } : {}),
    ...(publisher !== undefined ? { publisher } : {}),
    ...(url !== undefined ? { url, urlKey: "url" } : entity !== undefined ? { url: entity, urlKey: "mainEntityOfPage" } : {}),
  } as JsonLdArticle;
}

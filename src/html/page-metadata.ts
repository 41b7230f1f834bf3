/**
 * The metadata cascade of a saved page: what the publisher states, field by field, in a fixed
 * order of trust — JSON-LD, then Open Graph and `article:*`, then named `<meta>` conventions,
 * then microdata, then `<time datetime>` — each value with where it came from. A field the
 * page does not state is absent: the raw-text extractor may fill it from the visible text.
 */
import type { CalendarDate, Provenance, Sourced } from "../types";
import type { PageDocument } from "./dom";
import { jsonLdArticle, type JsonLdArticle } from "./json-ld";
import { pageStatements, type PageStatements } from "./meta-tags";
import { ITEMPROP_KEYS, META_KEYS } from "./statement-keys";
import { headingTexts } from "./visible-headline";
import { siteNameOnly, statedAuthors, statedDate, stripSiteAffix } from "./statement-values";

/** What the page's metadata states; a field is absent when nothing usable was stated. */
export interface PageMetadata {
  readonly headline?: Sourced<string>;
  readonly authors?: Sourced<readonly string[]>;
  readonly published?: Sourced<CalendarDate>;
  readonly updated?: Sourced<CalendarDate>;
  readonly source?: Sourced<string>;
  /** The page's own address (`http`/`https` only). */
  readonly canonical?: Sourced<string>;
  /** Every title the page states (JSON-LD, Open Graph, `<title>`, …), site name removed, most trusted first. */
  readonly titles: readonly string[];
  /** The page's `<title>`, as written. */
  readonly pageTitle: string | null;
  /** The page's visible `<h1>` texts. */
  readonly headings: readonly string[];
  /** Names the page gives itself (site name, publisher): never authors, stripped from titles. */
  readonly siteNames: readonly string[];
}

/** A candidate value and where it was stated. */
interface Stated {
  readonly value: string;
  readonly from: string;
}

const page = (from: string): Provenance => ({ kind: "page", from });

/**
 * Read the metadata cascade of a page.
 * @param window plausible days for dates (inclusive)
 * @example pageMetadata(parsePage('<meta property="og:title" content="A">'), w).headline?.value //=> "A"
 */
export function pageMetadata(doc: PageDocument, window: { readonly minDate: string; readonly maxDate: string }): PageMetadata {
  const ld = jsonLdArticle(doc);
  const st = pageStatements(doc);
  // A handle (`@site`) names an account, not the publisher.
  const sources = [...fromLd(ld, "publisher", "publisher.name"), ...fromMeta(st, META_KEYS.source)]
    .filter((s) => !s.value.startsWith("@"))
    .map((s) => ({ ...s, value: siteNameOnly(s.value) }));
  const siteNames = [...new Set(sources.map((s) => s.value))];
  const source = sources[0];

  const headlines = [
    ...fromLd(ld, "headline", ld?.headlineKey ?? "headline"),
    ...fromMeta(st, META_KEYS.headline),
    ...fromItemprop(st, ITEMPROP_KEYS.headline),
  ];
  if (st.title !== null) headlines.push({ value: st.title, from: "<title>" });
  const stripped = headlines.map((h) => ({ ...h, value: stripSiteAffix(h.value, siteNames) })).filter((h) => h.value !== "");
  const headline = stripped[0];

  const authorGroups: Stated[][] = [
    ld?.authors ? ld.authors.map((value) => ({ value, from: "JSON-LD author" })) : [],
    ...META_KEYS.authors.map((key) => fromMeta(st, [key])),
    // Only the first: further author microdata on a page is usually its related stories'.
    fromItemprop(st, ITEMPROP_KEYS.authors).slice(0, 1),
  ];
  const authors = firstAuthors(authorGroups, siteNames);

  const dated = (candidates: Stated[]) =>
    candidates
      .map((c) => ({ value: statedDate(c.value, window), from: c.from }))
      .find((c): c is { value: string; from: string } => c.value !== null);
  const published = dated([
    ...fromLd(ld, "datePublished", "datePublished"),
    ...fromMeta(st, META_KEYS.published),
    ...fromItemprop(st, ITEMPROP_KEYS.published),
    ...st.pubdates.map((value) => ({ value, from: "<time pubdate>" })),
  ]);
  const modified = dated([
    ...fromLd(ld, "dateModified", "dateModified"),
    ...fromMeta(st, META_KEYS.updated),
    ...fromItemprop(st, ITEMPROP_KEYS.updated),
  ]);
  // An update stated as the publication itself (or before it) is no update.
  const updated = modified && published && modified.value.slice(0, 10) <= published.value.slice(0, 10) ? undefined : modified;

  const canonical = canonicalOf(st, ld);
  return {
    siteNames,
    titles: stripped.map((h) => h.value),
    headings: headingTexts(doc),
    pageTitle: st.title,
    ...(headline ? { headline: { value: headline.value, provenance: page(headline.from) } } : {}),
    ...(authors ? { authors } : {}),
    ...(published ? { published: { value: published.value, provenance: page(published.from) } } : {}),
    ...(updated ? { updated: { value: updated.value, provenance: page(updated.from) } } : {}),
    ...(source ? { source: { value: source.value, provenance: page(source.from) } } : {}),
    ...(canonical ? { canonical } : {}),
  };
}

function fromLd(ld: JsonLdArticle | null, field: "headline" | "datePublished" | "dateModified" | "publisher", label: string): Stated[] {
  const value = ld?.[field];
  return value === undefined ? [] : [{ value, from: `JSON-LD ${label}` }];
}

function fromMeta(st: PageStatements, keys: readonly string[]): Stated[] {
  return keys.flatMap((key) => (st.meta.get(key) ?? []).map((value) => ({ value, from: `meta ${key}` })));
}

function fromItemprop(st: PageStatements, keys: readonly string[]): Stated[] {
  return keys.flatMap((key) => (st.itemprops.get(key) ?? []).map((value) => ({ value, from: `itemprop ${key}` })));
}

/** The first group of stated authors that gives at least one name. */
function firstAuthors(groups: readonly Stated[][], siteNames: readonly string[]): Sourced<readonly string[]> | undefined {
  for (const group of groups) {
    const names = statedAuthors(
      group.map((g) => g.value),
      siteNames,
    );
    if (names.length > 0) return { value: names, provenance: page(group[0]!.from) };
  }
  return undefined;
}

/** The page's own address: `<link rel=canonical>`, `og:url`, then JSON-LD; `http`/`https` only. */
function canonicalOf(st: PageStatements, ld: JsonLdArticle | null): Sourced<string> | undefined {
  const stated: Stated[] = [
    ...(st.canonical !== null ? [{ value: st.canonical, from: "link rel=canonical" }] : []),
    ...fromMeta(st, META_KEYS.canonical),
    ...(ld?.url !== undefined ? [{ value: ld.url, from: `JSON-LD ${ld.urlKey ?? "url"}` }] : []),
  ];
  const absolute = stated.map((s) => ({ ...s, url: httpUrl(s.value) }));
  const base = absolute.find((s) => s.url !== null)?.url ?? undefined;
  for (const s of stated) {
    const url = httpUrl(s.value, base);
    if (url !== null) return { value: url, provenance: page(s.from) };
  }
  return undefined;
}

/** An absolute `http:`/`https:` address (resolved against `base` when relative), or null. */
export function httpUrl(value: string, base?: string): string | null {
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

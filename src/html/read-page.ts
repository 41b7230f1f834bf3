/**
 * A saved page → article fields: the page's metadata first (`page-metadata.ts`), then the
 * raw-text extractor on the page's visible text for whatever the metadata lacks, the body from
 * Readability (or, when it finds none, the extractor's densest prose). Pure: text in, fields out.
 */
import type { Root } from "mdast";
import type { CalendarDate, Provenance, Sourced } from "../types";
import { extractRaw } from "../extract/extract";
import type { RawExtraction } from "../extract/types";
import { dayOf } from "../parse/calendar";
import { parsePage } from "./dom";
import { pageMetadata, type PageMetadata } from "./page-metadata";
import { confirmedHeading } from "./visible-headline";
import { readableBody } from "./readable-body";
import { statedAuthors, stripSiteAffix, titleAffix } from "./statement-values";
import { visibleText } from "./visible-text";

/** Every field read from a saved page, each with its provenance. */
export interface PageExtraction
  extends Pick<RawExtraction, "headline" | "byline" | "authors" | "published" | "updated" | "source" | "highlights" | "bodyProvenance"> {
  readonly canonical: Sourced<string | null>;
  /** The body's blocks as plain text. */
  readonly body: readonly string[];
  /** The body as an mdast tree of text-only blocks, to be compiled by the sanitizing compiler. */
  readonly bodyTree: Root;
  /** The page's visible text, as the raw-text extractor read it. */
  readonly visibleText: string;
}

/** The plausible date window, `YYYY-MM-DD` days, inclusive. */
export interface PageWindow {
  readonly minDate: string;
  readonly maxDate: string;
}

/** A value the raw-text extractor found on the visible text, with that as its provenance. */
function fromText<T>(found: Sourced<T>): Sourced<T> {
  const p = found.provenance;
  if (p.kind !== "extracted") return found;
  return { value: found.value, provenance: { kind: "page", from: `text line ${p.line}`, rule: p.rule, confidence: p.confidence } };
}

/**
 * Read a saved page's fields.
 * @param html the page's decoded text
 * @example readSavedPage('<script type="application/ld+json">{"@type":"NewsArticle","headline":"A"}</script><p>…</p>', w).headline.value //=> "A"
 */
export function readSavedPage(html: string, window: PageWindow): PageExtraction {
  const doc = parsePage(html);
  const meta = pageMetadata(doc, window);
  const text = visibleText(doc.body ?? doc.documentElement);
  const ex = extractRaw(text, window);
  // Readability rewrites the document: everything else has read it by now.
  const readable = readableBody(doc);

  const chosen = chooseHeadline(meta, fromText(ex.headline));
  const affix = meta.pageTitle !== null && chosen.value !== null ? titleAffix(meta.pageTitle, chosen.value) : null;
  const source =
    meta.source ??
    (affix !== null ? { value: affix, provenance: { kind: "page", from: "<title> beside the headline" } } : fromText(ex.source));
  const siteNames = source.value === null ? meta.siteNames : [...meta.siteNames, source.value];
  const headline = chosen;
  const textAuthors = statedAuthors(ex.authors.value, siteNames);
  const authors =
    meta.authors ??
    (textAuthors.length > 0
      ? { value: textAuthors, provenance: fromText(ex.authors).provenance }
      : { value: [], provenance: unknown(ex.authors.provenance, "no author stated by the page") });
  const bodyTree: Root = readable
    ? readable.tree
    : { type: "root", children: ex.body.map((b) => ({ type: "paragraph", children: [{ type: "text", value: b.text }] })) };
  return {
    headline: headline.value === null ? headline : { value: stripSiteAffix(headline.value, siteNames), provenance: headline.provenance },
    byline: meta.authors ? { value: null, provenance: unknown(undefined, "the page states its authors") } : fromText(ex.byline),
    authors,
    published: meta.published ? readersDay(meta.published, fromText(ex.published)) : fromText(ex.published),
    updated:
      meta.updated ??
      (meta.published ? { value: null, provenance: unknown(undefined, "no update stated by the page") } : fromText(ex.updated)),
    source,
    canonical: meta.canonical ?? { value: null, provenance: unknown(undefined, "no canonical address stated by the page") },
    highlights: fromText(ex.highlights),
    body: readable ? readable.paragraphs : ex.body.map((b) => b.text),
    bodyTree,
    bodyProvenance: readable ? { kind: "page", from: "Readability" } : fromText({ value: null, provenance: ex.bodyProvenance }).provenance,
    visibleText: text,
  };
}

/**
 * The headline the reader saw, confirmed by two independent signals where possible: an `<h1>`
 * the metadata's titles agree with; else the extractor's headline line, when the metadata
 * agrees with it or it is an `<h1>`; else the first stated title; else the extractor's line.
 */
function chooseHeadline(meta: PageMetadata, extracted: Sourced<string | null>): Sourced<string | null> {
  const shown = confirmedHeading(meta.headings, meta.titles);
  if (shown !== null) return { value: shown, provenance: { kind: "page", from: "<h1>, as the metadata states it" } };
  const line = extracted.value;
  if (line !== null && (confirmedHeading([line], meta.titles) !== null || meta.headings.includes(line))) return extracted;
  return meta.headline ?? extracted;
}

/**
 * A stated time is often written in UTC (or with a wrong offset) while the page shows the
 * reader the local day, one day apart around midnight. When the visible text dates the article
 * one day before or after the stated time, the visible day is the one the page gives its reader.
 */
function readersDay(stated: Sourced<CalendarDate>, shown: Sourced<CalendarDate | null>): Sourced<CalendarDate> {
  if (shown.value === null || stated.value.length <= 10) return stated;
  const apart = Math.abs(Date.parse(`${dayOf(stated.value)}T00:00Z`) - Date.parse(`${dayOf(shown.value)}T00:00Z`));
  return apart === DAY_MS ? (shown as Sourced<CalendarDate>) : stated;
}

const DAY_MS = 86_400_000;

function unknown(p: Provenance | undefined, reason: string): Provenance {
  return p?.kind === "unknown" ? p : { kind: "unknown", reason };
}

import { datedValue } from "../../parse/instant";
import type { ArticleRecord } from "../../types";
import type { OriginalText } from "../site-data";
import * as urls from "../urls";
import { lazyText } from "./lazy-text";
import { originalFileUrl } from "./saved-pages";

/**
 * The JSON export of every record, in parts of one year each (and one for articles without a
 * date), so no file grows with the whole archive: one file of every record nears the longest
 * string V8 can hold at the archive sizes the site is built for (measurements:
 * docs/performance.md, 'JSON export in yearly parts').
 *
 * - `/api/articles.json`: `{ "count": n, "parts": [{ "year", "count", "url" }, …] }`, years
 *   newest first, the undated part (year null) last.
 * - `/api/articles/<year>.json`, `/api/articles/undated.json`:
 *   `{ "year": "2024" | null, "count": n, "articles": [...] }`, articles in site order with
 *   the records' own fields and their absolute URLs; a date with a time is a full RFC 3339
 *   timestamp with its offset (the one stated, else the site time zone's), a day stays a day.
 *
 * Each file is `JSON.stringify(value, null, 2)` plus a final newline.
 */

/** The records of one part, in site order. */
export interface ExportPart {
  readonly year: string | null;
  readonly records: readonly ArticleRecord[];
}

/**
 * The export's files. A part's text is made when it is read (when its file is written) and
 * not kept: together the parts hold every body. What it is made from stays on the entry (the
 * site's address and each record's exported fields, whose strings and arrays are the records'
 * own), so the dev server's page comparison and the build's page fingerprints see a part change
 * exactly when what it prints does, and do not go through the fields it leaves out (the body's
 * HTML, the provenance, the removed lines: more than half of a record).
 * @param parts the non-empty parts, newest year first, undated last.
 * @param absolute the absolute URL of a site path.
 * @param timeZone the site's time zone, for times written without an offset.
 * @example articlesJsonFiles([{ year: "2024", records }], (p) => `https://example.org${p}`, "UTC")[0]?.url //=> "/api/articles.json"
 */
export function articlesJsonFiles(parts: readonly ExportPart[], absolute: (path: string) => string, timeZone = "UTC"): OriginalText[] {
  const index = {
    count: parts.reduce((n, p) => n + p.records.length, 0),
    parts: parts.map((p) => ({ year: p.year, count: p.records.length, url: absolute(urls.articlesJsonPartUrl(p.year)) })),
  };
  const site = absolute("/");
  return [
    { url: urls.articlesJsonUrl(), text: json(index) },
    ...parts.map((part) => {
      const source = { site, timeZone, year: part.year, articles: part.records.map(exportedFields) };
      return lazyText(urls.articlesJsonPartUrl(part.year), source, () => partJson(source, absolute));
    }),
  ];
}

function partJson(
  part: { readonly timeZone: string; readonly year: string | null; readonly articles: readonly ExportedFields[] },
  absolute: (path: string) => string,
): string {
  const articles = part.articles.map((r) => exported(r, absolute, part.timeZone));
  return json({ year: part.year, count: part.articles.length, articles });
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

type ExportedFields = Pick<
  ArticleRecord,
  | "slug"
  | "file"
  | "format"
  | "headline"
  | "byline"
  | "authors"
  | "published"
  | "updated"
  | "source"
  | "topics"
  | "summary"
  | "highlights"
  | "body"
  | "draft"
  | "canonical"
>;

/** The fields of a record the export prints. */
function exportedFields(r: ArticleRecord): ExportedFields {
  const { slug, file, format, headline, byline, authors, published, updated, source, topics, summary, highlights, body, draft, canonical } =
    r;
  return {
    slug,
    file,
    format,
    headline,
    byline,
    authors,
    published,
    updated,
    source,
    topics,
    summary,
    highlights,
    body,
    draft,
    ...(canonical ? { canonical } : {}),
  };
}

function exported(r: ExportedFields, absolute: (path: string) => string, timeZone: string): Record<string, unknown> {
  return {
    slug: r.slug,
    url: absolute(urls.articleUrl(r.slug)),
    originalUrl: absolute(originalFileUrl(r)),
    file: r.file,
    format: r.format,
    headline: r.headline,
    byline: r.byline,
    authors: r.authors,
    published: r.published === null ? null : datedValue(r.published, timeZone),
    updated: r.updated === null ? null : datedValue(r.updated, timeZone),
    source: r.source,
    topics: r.topics,
    summary: r.summary,
    highlights: r.highlights,
    body: r.body,
    draft: r.draft,
    // A saved page's own address; absent for text and Markdown files.
    ...(r.canonical ? { canonical: r.canonical.value } : {}),
  };
}

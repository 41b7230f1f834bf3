import type { ArticleRecord, Provenance, Topic, TrackedField } from "../../src/types";
import type { OriginalReaders } from "../../src/load/original-bytes";
import type { OriginalTextReader } from "../../src/load/original-text";
import { textSha256 } from "../../src/util/text-hash";

const UNKNOWN: Provenance = { kind: "unknown", reason: "built by hand for a test" };
const FIELDS: readonly TrackedField[] = [
  "headline",
  "byline",
  "authors",
  "published",
  "updated",
  "source",
  "topics",
  "summary",
  "highlights",
  "body",
  "slug",
];

// The original texts of the records made here, by hash: what `readOriginal` gives back.
const originals = new Map<string, string>();

/** The original text of a record made by {@link makeRecord}, as the build would read it from its file. */
export const readOriginal: OriginalTextReader = (record) => {
  const text = originals.get(record.originalSha256);
  if (text === undefined) throw new Error(`No original text for ${record.file}`);
  return text;
};

/** {@link readOriginal}, and a saved page's bytes as its text in UTF-8: the readers `buildSiteData` is given. */
export const readOriginals: OriginalReaders = { text: readOriginal, bytes: (record) => new TextEncoder().encode(readOriginal(record)) };

/**
 * A valid record with sensible defaults; override only what a test is about. `original` is
 * the file's text, given back by {@link readOriginal}.
 * @example makeRecord({ slug: "a", published: "2023-09-20" })
 */
export function makeRecord({ original: text, ...overrides }: Partial<ArticleRecord> & { slug: string; original?: string }): ArticleRecord {
  const body = overrides.body ?? [`Body of ${overrides.slug}. It has two sentences. And a third.`];
  const original = text ?? `${overrides.headline ?? `Headline ${overrides.slug}`}\n\n${body.join("\n\n")}\n`;
  originals.set(textSha256(original), original);
  return {
    file: `content/articles/${overrides.slug}.txt`,
    format: "text",
    headline: `Headline ${overrides.slug}`,
    byline: null,
    authors: [],
    published: null,
    updated: null,
    source: null,
    topics: [],
    summary: null,
    highlights: [],
    body,
    bodyHtml: body.map((p) => `<p>${p.replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`).join("\n"),
    originalSha256: textSha256(original),
    draft: false,
    provenance: Object.fromEntries(FIELDS.map((f) => [f, UNKNOWN])) as Record<TrackedField, Provenance>,
    removed: [],
    ...overrides,
  };
}

/** A small taxonomy for tests. */
export const TOPICS: readonly Topic[] = [
  { slug: "diplomacy", label: "Diplomacy", description: "Talks, treaties and envoys.", aliases: ["diplomat"] },
  { slug: "peacekeeping", label: "Peacekeeping", description: "Peacekeeping missions.", aliases: ["peacekeepers"] },
  { slug: "armenia", label: "Armenia", description: "The Republic of Armenia.", aliases: ["Yerevan"] },
  { slug: "unused", label: "Unused topic", description: "A topic no article has.", aliases: [] },
];

/**
 * A site's worth of records covering every page kind: two years, several months, undated
 * articles, unknown fields, a `<script>` headline, a long topic for pagination and an
 * original text with characters HTML would escape.
 */
export function sampleRecords(): ArticleRecord[] {
  const many = Array.from({ length: 5 }, (_, i) =>
    makeRecord({
      slug: `diplomacy-note-${i + 1}`,
      headline: `Diplomacy note ${i + 1}`,
      published: `2024-0${i + 1}-1${i}`,
      topics: ["diplomacy"],
      source: "Example Wire",
      authors: ["Ana Example"],
      byline: "By Ana Example",
    }),
  );
  return [
    makeRecord({
      slug: "peacekeepers-killed",
      headline: "Peacekeepers killed near Stepanakert",
      published: "2023-09-20",
      topics: ["peacekeeping", "armenia"],
      byline: "By",
    }),
    makeRecord({
      slug: "bodies-handed-over",
      headline: "Bodies handed over, as alliance chief arrives in Yerevan",
      authors: ["Mark Dovich"],
      byline: "By Mark Dovich",
      topics: ["armenia", "diplomacy"],
      source: "CivilNet",
    }),
    makeRecord({
      slug: "events-cancelled",
      headline: "Events cancelled in outrage",
      published: "2025-06-29T14:23",
      updated: "2025-07-02T00:00",
      highlights: ["Cultural events were cancelled.", "Demands for an investigation followed."],
      topics: ["diplomacy"],
    }),
    makeRecord({
      slug: "script-headline",
      headline: "<script>alert(1)</script> & friends",
      published: "2023-01-01",
      original: "<script>alert(1)</script> & friends\n\nA body with <b>tags</b> & ampersands.\n",
      authors: ["Kanako Mita", "Sawako Utsumi", "Lee Jay Walker"],
      source: "Modern Tokyo Times",
    }),
    ...many,
  ];
}

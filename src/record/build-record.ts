import { textSha256 } from "../util/text-hash";
import type {
  ArticleRecord,
  CalendarDate,
  Diagnostic,
  Provenance,
  RemovedLine,
  Sourced,
  Topic,
  TrackedField,
  UnlistedTopic,
} from "../types";
import type { ValidFrontMatter } from "../parse/front-matter-schema";
import type { RawExtraction } from "../extract/types";
import type { BodyLine } from "../types";
import { extractRaw } from "../extract/extract";
import { parseMarkdown } from "../parse/markdown";
import { renderMarkdown } from "../body/render-markdown";
import { renderTextParagraphs } from "../body/render-text";
import { mdastToHtml } from "../body/render-html";
import type { PageExtraction } from "../html/read-page";
import { assignTopics, describeEvidence, type TopicMatchers } from "../topics/assign";
import { resolveTopics } from "../topics/resolve";
import { report } from "../diagnostics/messages";
import { fromFrontMatter, pick, unknownBecause } from "./provenance";
import { slugFromHeadline } from "./slug";
import { dateFromFileName, isInDraftsFolder } from "./file-name";
import { stripInvisible } from "./invisible";
import { checkFieldLimits } from "./field-limits";
import { isPlaceholderHeadline, placeholderHeadline } from "./placeholder-headline";

/** Headlines longer than this (in characters) are built with a warning: likely a pasted paragraph. */
export const LONG_HEADLINE_CHARS = 200;

/** Everything {@link buildRecord} needs about one file, already loaded and split. */
export interface RecordInput {
  /** Path relative to the project root. */
  readonly file: string;
  readonly format: ArticleRecord["format"];
  /** What a saved page (`format: "html"`) gives, read by `readSavedPage`. */
  readonly page?: PageExtraction;
  /** The sidecar the front matter came from (a saved page's `NAME.yml`), named in provenance. */
  readonly frontMatterFile?: string;
  /** The normalised text of the whole file (published as `original.txt`). */
  readonly original: string;
  /** Validated front matter, or null when the file has none. */
  readonly frontMatter: ValidFrontMatter | null;
  /** 1-based file line of each front-matter field. */
  readonly keyLines: Readonly<Record<string, number>>;
  /** The key written for each front-matter field when it is not the field's name (`author` for `authors`). */
  readonly keyNames?: Readonly<Record<string, string>>;
  /** The text after the front matter and the file line it starts on. */
  readonly body: string;
  readonly bodyLine: number;
  readonly topics: readonly Topic[];
  readonly matchers: TopicMatchers;
  /** Plausible date window for extracted dates (`YYYY-MM-DD`). */
  readonly minDate: string;
  readonly maxDate?: string | undefined;
}

/** What the body of either format contributes to the record. */
interface BodyParts {
  readonly paragraphs: readonly BodyLine[];
  readonly bodyProvenance: Provenance;
  readonly html: string;
  readonly extraction: RawExtraction | null;
  readonly diagnostics: Diagnostic[];
}

const none = <T>(value: T, reason: string): Sourced<T> => ({ value, provenance: unknownBecause(reason) });

/**
 * Turn one article's parts into an `ArticleRecord`, or report why it cannot be one.
 *
 * Front-matter fields override the extractor's guesses field by field; every field carries its
 * provenance. Nothing is invented: a field without evidence is null (or empty) and says why.
 * @returns the record (null when any error was found) and every diagnostic for the file
 */
export function buildRecord(input: RecordInput): { record: ArticleRecord | null; diagnostics: Diagnostic[] } {
  const { file, frontMatter: fm, keyLines } = input;
  const f: ValidFrontMatter = fm ?? {};
  const key = (field: string): string => writtenKey(input, field);
  const parts = input.page ? pageBody(input.page) : input.format === "text" ? textBody(input) : markdownBody(input);
  const diagnostics = [...parts.diagnostics];
  const ex = parts.extraction;

  const found = ex?.headline.value != null ? { value: ex.headline.value, provenance: ex.headline.provenance } : undefined;
  const noHeadline = ex ? reasonOf(ex.headline.provenance) : "Markdown articles take their headline from `title`";
  const picked = pick<string | null>(f.title, key("title"), keyLines.title, found, none(null, noHeadline));
  const published = pick<CalendarDate | null>(
    f.date,
    key("date"),
    keyLines.date,
    datedBy(input, ex?.published),
    none(null, "no `date` in front matter"),
  );
  const source = pick<string | null>(f.source, key("source"), keyLines.source, ex?.source, none(null, "no `source` in front matter"));
  const headline = headlineOrPlaceholder(input, cleanHeadline(input, picked, diagnostics), parts, published, source, diagnostics);
  const placeholder = isPlaceholderHeadline(headline.provenance);
  if (parts.paragraphs.length === 0) {
    const message =
      ex && ex.removed.length > 0
        ? `No article paragraphs were found; all ${ex.removed.length} non-blank lines look like headline, metadata or site chrome.`
        : "No article paragraphs were found.";
    diagnostics.push(report("no-article-body", file, message, { line: input.bodyLine }));
  }

  const body = parts.paragraphs.map((p) => p.text);
  // A placeholder names the source and date, not the article: no topic evidence in it.
  const topics = chooseTopics(input, placeholder ? "" : (headline.value ?? ""), body);
  // Loops, not push(...list): a front-matter list can be long enough to overflow the stack.
  for (const d of topics.diagnostics) diagnostics.push(d);
  const slug = chooseSlug(input, headline.value);
  for (const d of slug.diagnostics) diagnostics.push(d);

  const byline: Sourced<string | null> = ex?.byline ?? none(null, "Markdown articles have no byline line; set `authors`");
  const authors = pick<readonly string[]>(
    f.authors,
    key("authors"),
    keyLines.authors,
    ex?.authors,
    none([], "no byline and no `authors` in front matter"),
  );
  const updated = pick<CalendarDate | null>(
    f.updated,
    key("updated"),
    keyLines.updated,
    ex?.updated,
    none(null, "no `updated` in front matter"),
  );
  for (const d of checkFieldLimits(file, { authors, source, slug, published, updated }, frontMatterFileOf(input))) diagnostics.push(d);

  if (headline.value === null || diagnostics.some((d) => d.severity === "error")) return { record: null, diagnostics };

  const summary = pick<string | null>(f.summary, key("summary"), keyLines.summary, undefined, none(null, "no `summary` in front matter"));
  const highlights: Sourced<readonly string[]> = ex?.highlights ?? none([], "Markdown articles have no highlights block");

  const provenance: Record<TrackedField, Provenance> = withSidecar(input.frontMatterFile, {
    headline: headline.provenance,
    byline: byline.provenance,
    authors: authors.provenance,
    published: published.provenance,
    updated: updated.provenance,
    source: source.provenance,
    topics: topics.provenance,
    summary: summary.provenance,
    highlights: highlights.provenance,
    body: parts.bodyProvenance,
    slug: slug.provenance,
  });

  const record: ArticleRecord = {
    slug: slug.value,
    file,
    format: input.format,
    headline: headline.value,
    byline: byline.value,
    authors: [...authors.value],
    published: published.value,
    updated: updated.value,
    source: source.value,
    topics: topics.value,
    ...(topics.unlisted.length > 0 ? { unlistedTopics: topics.unlisted } : {}),
    summary: summary.value,
    highlights: [...highlights.value],
    body,
    bodyHtml: parts.html,
    originalSha256: textSha256(input.original),
    draft: f.draft ?? isInDraftsFolder(file),
    ...(f.draft === true && keyLines.draft !== undefined ? { draftMarked: { file: frontMatterFileOf(input), line: keyLines.draft } } : {}),
    ...(f.aliases !== undefined && f.aliases.length > 0
      ? { aliases: { paths: f.aliases, file: frontMatterFileOf(input), line: keyLines.aliases } }
      : {}),
    provenance,
    removed: ex ? [...ex.removed] : ([] as RemovedLine[]),
    ...(input.page?.canonical.value
      ? { canonical: { value: input.page.canonical.value, provenance: input.page.canonical.provenance } }
      : {}),
  };
  return { record, diagnostics };
}

/**
 * Strip invisible formatting characters from the headline (warning), treat a headline of
 * nothing else as missing, and warn about a headline too long to be one.
 */
function cleanHeadline(input: RecordInput, headline: Sourced<string | null>, diagnostics: Diagnostic[]): Sourced<string | null> {
  if (headline.value === null) return headline;
  const line =
    headline.provenance.kind === "extracted"
      ? headline.provenance.line
      : headline.provenance.kind === "front-matter"
        ? headline.provenance.line
        : undefined;
  // A `title` set in a saved page's sidecar is on a line of the sidecar.
  const file = headline.provenance.kind === "front-matter" ? frontMatterFileOf(input) : input.file;
  const { text, removed } = stripInvisible(headline.value);
  if (removed.length > 0) {
    const list = [...new Set(removed)].join(", ");
    diagnostics.push(
      report("invisible-characters-removed", file, `Removed ${removed.length} invisible character(s) (${list}) from the headline.`, {
        line,
      }),
    );
  }
  const value = text.trim();
  if (value === "") return none(null, "the headline holds only invisible characters");
  const length = [...value].length;
  if (length > LONG_HEADLINE_CHARS) {
    diagnostics.push(
      report("headline-too-long", file, `The headline is ${length} characters long (more than ${LONG_HEADLINE_CHARS}).`, { line }),
    );
  }
  return value === headline.value ? headline : { value, provenance: headline.provenance };
}

/**
 * The headline, or when none was found: for a raw-text article with a body and a date and no
 * `title` key, a placeholder (warned about, see `placeholder-headline.ts`); otherwise null and
 * the error saying it is missing.
 */
function headlineOrPlaceholder(
  input: RecordInput,
  headline: Sourced<string | null>,
  parts: BodyParts,
  published: Sourced<CalendarDate | null>,
  source: Sourced<string | null>,
  diagnostics: Diagnostic[],
): Sourced<string | null> {
  if (headline.value !== null) return headline;
  const { file, keyLines } = input;
  const title = input.frontMatter?.title;
  if (input.format === "markdown") {
    diagnostics.push(
      title === undefined
        ? report("missing-title", file, "The front matter has no `title`.", { line: 1 })
        : report("missing-title", file, "The `title` holds only invisible characters.", { line: keyLines.title ?? 1 }),
    );
    return headline;
  }
  const placeholder =
    title === undefined && parts.paragraphs.length > 0
      ? placeholderHeadline(source.value, published.value, reasonOf(headline.provenance))
      : null;
  if (placeholder === null) {
    diagnostics.push(
      report("missing-headline", file, "No headline was found in the text and the front matter has no `title`.", { line: input.bodyLine }),
    );
    return headline;
  }
  diagnostics.push(
    report("headline-placeholder", file, `No headline was found in the text; the article is published as “${placeholder.value}”.`, {
      line: input.bodyLine,
    }),
  );
  return placeholder;
}

function reasonOf(p: Provenance): string {
  return p.kind === "unknown" ? p.reason : "not found";
}

/** Raw `.txt`: the extractor decides what is body; the body is text, never Markdown. */
function textBody(input: RecordInput): BodyParts {
  const extraction = extractRaw(input.body, {
    firstLine: input.bodyLine,
    minDate: input.minDate,
    ...(input.maxDate !== undefined ? { maxDate: input.maxDate } : {}),
  });
  return {
    paragraphs: extraction.body,
    bodyProvenance: extraction.bodyProvenance,
    html: renderTextParagraphs(extraction.body.map((p) => p.text)),
    extraction,
    diagnostics: [],
  };
}

/**
 * A saved page: fields as `readSavedPage` read them (metadata, then the visible text), the body
 * from its text-only tree through the one sanitizing compiler.
 */
function pageBody(page: PageExtraction): BodyParts {
  const extraction: RawExtraction = { ...page, body: page.body.map((text, i) => ({ line: i + 1, text })), removed: [], explain: [] };
  return {
    paragraphs: extraction.body,
    bodyProvenance: page.bodyProvenance,
    html: mdastToHtml(page.bodyTree),
    extraction,
    diagnostics: [],
  };
}

/**
 * The file the front matter's lines are in: a saved page's sidecar, else the article file.
 * A diagnostic about a front-matter value names it, so its line is found where it points.
 */
function frontMatterFileOf(input: RecordInput): string {
  return input.frontMatterFile ?? input.file;
}

/** Provenance naming the sidecar for the values set there. */
function withSidecar(file: string | undefined, provenance: Record<TrackedField, Provenance>): Record<TrackedField, Provenance> {
  if (file === undefined) return provenance;
  const out = { ...provenance };
  for (const [field, p] of Object.entries(out) as [TrackedField, Provenance][]) if (p.kind === "front-matter") out[field] = { ...p, file };
  return out;
}

/** Markdown `.md`: the whole body is the article; raw HTML is warned about and sanitized away. */
function markdownBody(input: RecordInput): BodyParts {
  const parsed = parseMarkdown(input.file, input.body, input.bodyLine);
  const first = parsed.paragraphs[0];
  return {
    paragraphs: parsed.paragraphs,
    bodyProvenance: first
      ? { kind: "extracted", line: first.line, rule: "markdown:body", confidence: 1 }
      : unknownBecause("the Markdown body is empty"),
    html: parsed.tree ? renderMarkdown(parsed.tree) : "",
    extraction: null,
    diagnostics: parsed.diagnostics,
  };
}

/**
 * Front matter `topics:` replaces automatic assignment, so editors can correct a wrong tag. A
 * name the taxonomy lacks is kept with its spelling, for the ingest to make it a topic.
 */
function chooseTopics(
  input: RecordInput,
  headline: string,
  body: readonly string[],
): Sourced<string[]> & { unlisted: UnlistedTopic[]; diagnostics: Diagnostic[] } {
  const requested = input.frontMatter?.topics;
  if (requested !== undefined) {
    const line = input.keyLines.topics;
    const { slugs, unlisted, nearMisses } = resolveTopics(requested, input.topics);
    // A warning, not an error: the name may be a topic of its own (Iran beside Iraq).
    const diagnostics = nearMisses.map(({ name, nearest }) =>
      report(
        "unknown-topic",
        frontMatterFileOf(input),
        `Topic \`${name}\` is not in content/topics.yml and becomes a new topic (did you mean \`${nearest}\`?).`,
        {
          line,
          column: 1,
          hint: `Write \`${nearest}\` if that was meant; if \`${name}\` is a topic of its own, add \`- label: ${name}\` to content/topics.yml.`,
        },
      ),
    );
    return { value: slugs, provenance: fromFrontMatter(writtenKey(input, "topics"), line), unlisted, diagnostics };
  }
  const { slugs, evidence } = assignTopics(input.matchers, headline, body);
  const provenance: Provenance =
    slugs.length > 0
      ? { kind: "inferred", rule: "topics:aliases", detail: describeEvidence(evidence, slugs) }
      : unknownBecause("no topic alias is mentioned often enough, and no `topics` in front matter");
  return { value: slugs, provenance, unlisted: [], diagnostics: [] };
}

/** The text's own date when it states one, else the one a Jekyll-style file name gives. */
function datedBy(input: RecordInput, extracted: Sourced<CalendarDate | null> | undefined): Sourced<CalendarDate | null> | undefined {
  if (extracted?.value != null) return extracted;
  return dateFromFileName(input.file, { minDate: input.minDate, maxDate: input.maxDate }) ?? extracted;
}

/** The front-matter key the editor wrote for `field` (a synonym such as `author`, or the field's name). */
function writtenKey(input: RecordInput, field: string): string {
  return input.keyNames !== undefined && Object.hasOwn(input.keyNames, field) ? input.keyNames[field]! : field;
}

function chooseSlug(input: RecordInput, headline: string | null): Sourced<string> & { diagnostics: Diagnostic[] } {
  const fmSlug = input.frontMatter?.slug;
  if (fmSlug !== undefined) {
    return { value: fmSlug, provenance: fromFrontMatter(writtenKey(input, "slug"), input.keyLines.slug), diagnostics: [] };
  }
  if (headline === null) return { ...none("", "no headline to make a slug from"), diagnostics: [] };
  const { slug, hashed } = slugFromHeadline(headline);
  const diagnostics = hashed
    ? [report("slug-hash-fallback", input.file, `The headline gives no URL-safe slug; using \`${slug}\`.`, { line: input.bodyLine })]
    : [];
  return {
    value: slug,
    provenance: { kind: "inferred", rule: hashed ? "slug:headline-hash" : "slug:headline", detail: headline },
    diagnostics,
  };
}

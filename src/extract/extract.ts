import type { CalendarDate, Provenance, RemovedLine, Sourced } from "../types";
import { isWithin } from "../parse/calendar";
import { findBody, isProse } from "./body";
import type { BylineCandidate } from "./byline";
import { bylineCandidateAt, isBylineFiller } from "./byline-search";
import { findDates, isDateLine, type DateMention } from "./dates";
import { findHeadline, headsCluster } from "./headline";
import { findHighlights } from "./highlights";
import { normalize, toLines, type Line } from "./lines";
import { listingDateLines, numericDateOrder, pageLabelledDate, pageMentions, type NumericOrder } from "./page-dates";
import { findSource } from "./source";
import { BYLINE_PREFIX, RELATIVE_DATE } from "./vocabulary";
import type { BodyLine } from "../types";
import type { ExtractOptions, LineExplanation, ObservedCandidate, RawExtraction } from "./types";
import { SOURCE_MODEL } from "./weights";

/** Lines above the headline searched for a date or byline (kickers, datelines). */
const META_BEFORE_HEADLINE = 8;
/** Prose lines into the body searched for a byline or date line (standfirsts come first). */
const META_INTO_BODY = 3;
const META_MAX_INTO_BODY_LINES = 15;
const MAX_BYLINE_WORDS = 25;
/** Short lines inside the run with fewer words than this are labels, not text. */
const MIN_SHORT_LINE_WORDS = 3;
const MAX_TIMESTAMP_WORDS = 8;
/** Unlabelled date lines this close to the nearest one belong to the same article header. */
const DATE_CLUSTER_LINES = 4;
const DEFAULT_MIN_DATE = "1800-01-01";
const DEFAULT_MAX_DATE = "9999-12-31";

const unknown = (reason: string): Provenance => ({ kind: "unknown", reason });
const extracted = (line: Line, rule: string, confidence: number, text?: string): Provenance & { kind: "extracted" } =>
  text === undefined
    ? { kind: "extracted", line: line.lineNo, rule, confidence: round(confidence) }
    : { kind: "extracted", line: line.lineNo, rule, confidence: round(confidence), text };
const round = (n: number) => Math.round(n * 100) / 100;

interface DatedLine {
  readonly line: Line;
  readonly mention: DateMention;
  readonly inByline: boolean;
  /** Found by its label away from the headline (the article header was not recognised). */
  readonly pageWide?: true;
}

/** Which role each line was given, and why: the first claim on a line wins. */
class Claims {
  readonly #roles = new Map<number, { role: string; why: string }>();

  claim(i: number, role: string, why: string): void {
    if (!this.#roles.has(i)) this.#roles.set(i, { role, why });
  }

  has(i: number): boolean {
    return this.#roles.has(i);
  }

  get(i: number): { role: string; why: string } | undefined {
    return this.#roles.get(i);
  }
}

type Headline = NonNullable<ReturnType<typeof findHeadline>>;
type Region = NonNullable<ReturnType<typeof findBody>>;
type Byline = { line: Line; cand: BylineCandidate };

/**
 * Extract an article from raw page text (as copied or dumped from a news page): headline,
 * byline and authors, dates, publisher, highlights and body, each with its provenance, plus
 * every other non-blank line in `removed` with the reason.
 *
 * Pure and deterministic: no clock, no file system. Fields without enough evidence are null.
 * @example extractRaw("Headline here\n\nBy Jane Doe\n\nA long first paragraph ...").authors.value //=> ["Jane Doe"]
 */
export function extractRaw(text: string, options: ExtractOptions = {}): RawExtraction {
  const lines = toLines(text, options.firstLine ?? 1);
  const claims = new Claims();
  // 1. Highlights: a labelled bullet list is claimed before the body search sees it.
  const { block: highlightsBlock, skip } = claimHighlights(lines, claims);

  // 2. Publisher from page-wide signals; a standalone masthead line is claimed.
  const observeSource = options.observe && ((c: readonly ObservedCandidate[]) => options.observe!("source", c));
  const pageSource = findSource(lines, [], SOURCE_MODEL, observeSource);
  const sourceKey = pageSource ? normalize(pageSource.name) : null;
  const mastheads = new Set(lines.filter((l) => !l.blank && sourceKey !== null && l.key === sourceKey).map((l) => l.index));

  // 3. Body: the densest run of prose. 4. Headline: the best title-shaped line above it.
  const observeHeadline = options.observe && ((c: readonly Headline[]) => options.observe!("headline", c));
  const { headline, region } = placeHeadline(lines, findBody(lines, skip), skip, mastheads, claims, observeHeadline);

  // 5. Byline and dates near the headline.
  const pageDates = { order: numericDateOrder(lines), listing: listingDateLines(lines) };
  const { byline, dated, refused } = findMeta(lines, headline, region, skip, claims, pageDates);
  // An outlet printed beside the byline is publisher evidence too.
  const outlet = byline?.cand.outlet;
  const source = outlet
    ? findSource(
        lines,
        [{ name: outlet, feature: "fromBylineOutlet", index: byline!.line.index, rule: "byline-outlet" }],
        SOURCE_MODEL,
        observeSource,
      )
    : pageSource;

  // 6. Published and updated.
  const [minDate, maxDate] = [options.minDate ?? DEFAULT_MIN_DATE, options.maxDate ?? DEFAULT_MAX_DATE];
  const labelledOnPage = (label: "published" | "updated"): DatedLine | null => {
    const found = pageLabelledDate(lines, label, pageDates.order, pageDates.listing, (v) => isWithin(v, minDate, maxDate));
    return found && { ...found, inByline: false, pageWide: true };
  };
  const dates = pickDates(dated, minDate, maxDate, headline?.index ?? region?.start ?? 0, labelledOnPage);

  // 7. Body lines. 8. Everything else is removed, with the reason.
  const body = collectBody(lines, region, headline, skip, mastheads, claims);
  const { removed, explain } = explainLines(lines, claims, region, mastheads, source);

  return {
    headline: headline
      ? { value: headline.text, provenance: extracted(lines[headline.index]!, headline.rule, headline.confidence) }
      : { value: null, provenance: unknown(region ? "no title-shaped line above the article text" : "no article text found") },
    byline: byline
      ? { value: byline.line.text, provenance: extracted(byline.line, byline.cand.rule, byline.cand.confidence) }
      : { value: null, provenance: unknown("no byline near the headline") },
    authors: authorsField(byline),
    published: dateField(dates.published, "published", refused, dates.implausible),
    updated: dateField(dates.updated, "updated", [], []),
    source: source
      ? { value: source.name, provenance: extracted(lines[source.index]!, source.rule, source.confidence, lines[source.index]!.text) }
      : { value: null, provenance: unknown("no copyright line, masthead or ownership statement names a publisher") },
    highlights: highlightsBlock
      ? {
          value: highlightsBlock.items.map((i) => lines[i]!.verbatim),
          provenance: extracted(lines[highlightsBlock.label]!, "highlights:labelled-bullets", 0.9),
        }
      : { value: [], provenance: unknown("no labelled bullet list of key points") },
    body,
    bodyProvenance: region
      ? extracted(lines[region.start]!, "body:densest-prose-run", Math.min(1, region.score / 10))
      : unknown("no run of prose lines found"),
    removed,
    explain,
  };
}

/** A labelled bullet list of key points, claimed (with its label) before the body search sees it. */
function claimHighlights(lines: readonly Line[], claims: Claims): { block: ReturnType<typeof findHighlights>; skip: Set<number> } {
  const block = findHighlights(lines);
  const skip = new Set<number>();
  if (block) {
    skip.add(block.label);
    claims.claim(block.label, "removed", "label:highlights");
    for (const i of block.items) {
      skip.add(i);
      claims.claim(i, "highlight", "bullet under a key-points label");
    }
  }
  return { block, skip };
}

/** The headline above (or at the top of) the body run, and the run as the headline bounds it. */
function placeHeadline(
  lines: readonly Line[],
  found: Region | null,
  skip: ReadonlySet<number>,
  mastheads: ReadonlySet<number>,
  claims: Claims,
  observe?: (candidates: readonly Headline[]) => void,
): { headline: Headline | null; region: Region | null } {
  const chosen = found
    ? findHeadline(lines, found.start, new Set([...skip, ...mastheads]), regionText(lines, found.start, found.end), found.end, observe)
    : null;
  // Of several copies of the headline, the one with the byline or date under it is the header.
  const headerCopy = chosen && !headsCluster(lines, chosen.index) ? chosen.repeats.find((r) => headsCluster(lines, r)) : undefined;
  const headline =
    chosen && headerCopy !== undefined
      ? { ...chosen, index: headerCopy, repeats: [chosen.index, ...chosen.repeats.filter((r) => r !== headerCopy)] }
      : chosen;
  // A headline found inside the run starts the article: the body begins at the first prose below it.
  const region =
    found && headline && headline.index >= found.start ? { ...found, start: firstProseAfter(lines, headline.index, found.end) } : found;
  if (headline) {
    claims.claim(headline.index, "headline", headline.rule);
    for (const r of headline.repeats) claims.claim(r, "removed", "repeated-headline");
  }
  return { headline, region };
}

/** The byline and the date lines near the headline, and dates that were seen but refused. */
function findMeta(
  lines: readonly Line[],
  headline: Headline | null,
  region: Region | null,
  skip: ReadonlySet<number>,
  claims: Claims,
  pageDates: { order: NumericOrder | null; listing: ReadonlySet<number> },
): { byline: Byline | null; dated: DatedLine[]; refused: { line: Line; text: string }[] } {
  const metaFrom = headline ? Math.max(0, headline.index - META_BEFORE_HEADLINE) : region ? Math.max(0, region.start - 20) : 0;
  const metaTo = region ? metaEnd(lines, region.start) : Math.min(lines.length - 1, metaFrom + 40);
  let byline: Byline | null = null;
  const dated: DatedLine[] = [];
  const refused: { line: Line; text: string }[] = [];
  let nonBlankAfterHeadline = 0;
  for (let i = metaFrom; i <= metaTo; i++) {
    const line = lines[i]!;
    if (line.blank || claims.has(i) || skip.has(i)) continue;
    const afterHeadline = headline !== null && i > headline.index;
    if (afterHeadline && !isBylineFiller(line)) nonBlankAfterHeadline++;
    let inByline = false;
    const prose = isProse(line);
    // A long prose line may still open with a byline ("By Jane Doe, a reporter who …").
    if (!byline && ((line.words <= MAX_BYLINE_WORDS && !prose) || BYLINE_PREFIX.test(line.text))) {
      const distance = afterHeadline ? nonBlankAfterHeadline : lines.slice(i, headline?.index ?? i).filter((l) => !l.blank).length;
      const cand = bylineCandidateAt(lines, i, { afterHeadline, distance, prose });
      if (cand) {
        byline = { line, cand };
        inByline = true;
        claims.claim(i, "byline", cand.rule);
      }
    }
    const found = findDates(line.text);
    for (const r of found.refused) refused.push({ line, text: r });
    const mentions = pageMentions(found, pageDates.order);
    if (mentions.length > 0 && (inByline || isDateLine(line.text, found))) {
      // A comment's or a gallery item's date is not the article's, however near the headline.
      if (pageDates.listing.has(i)) {
        claims.claim(i, "removed", "date:listing");
        continue;
      }
      claims.claim(i, "date", `date line: ${mentions.map((m) => m.text).join("; ")}`);
      for (const mention of mentions) dated.push({ line, mention, inByline });
    }
  }
  return { byline, dated, refused };
}

/**
 * Published and updated dates: labels first; otherwise the earliest date line is the
 * publication and a later one on another line the update.
 * @param anchorAt the headline's line (or the body's start): the date line nearest it anchors the header.
 */
function pickDates(
  dated: readonly DatedLine[],
  minDate: string,
  maxDate: string,
  anchorAt: number,
  labelledOnPage: (label: "published" | "updated") => DatedLine | null,
): { published: DatedLine | null; updated: DatedLine | null; implausible: DatedLine[] } {
  const plausible = dated.filter((d) => isWithin(d.mention.value, minDate, maxDate));
  const implausible = dated.filter((d) => !plausible.includes(d));
  const pick = (label: "published" | "updated") => plausible.find((d) => d.mention.label === label) ?? null;
  // Unlabelled dates: dates on lines right next to the anchor are its companions (a teaser's
  // date further away is not).
  const unlabeledAll = plausible.filter((d) => d.mention.label === null);
  const anchor = unlabeledAll.reduce<DatedLine | null>(
    (best, d) => (best === null || Math.abs(d.line.index - anchorAt) < Math.abs(best.line.index - anchorAt) ? d : best),
    null,
  );
  const unlabeled = unlabeledAll
    .filter((d) => anchor !== null && Math.abs(d.line.index - anchor.line.index) <= DATE_CLUSTER_LINES)
    .sort((a, b) => (a.mention.value < b.mention.value ? -1 : a.mention.value > b.mention.value ? 1 : a.line.index - b.line.index));
  const published = pick("published") ?? unlabeled[0] ?? labelledOnPage("published");
  let updated = pick("updated");
  if (!updated && unlabeled.length >= 2) {
    const last = unlabeled[unlabeled.length - 1]!;
    if (last !== published && last.line.index !== published?.line.index && last.mention.value > (published?.mention.value ?? ""))
      updated = last;
  }
  updated ??= labelledOnPage("updated");
  if (updated && published && updated.mention.value < published.mention.value) updated = null;
  return { published, updated, implausible };
}

/** The body: the region minus claimed lines, chrome and repeats of the headline. */
function collectBody(
  lines: readonly Line[],
  region: Region | null,
  headline: Headline | null,
  skip: ReadonlySet<number>,
  mastheads: ReadonlySet<number>,
  claims: Claims,
): BodyLine[] {
  const body: BodyLine[] = [];
  if (!region) return body;
  // Galleries and captions print the same line twice; the body keeps it once.
  const bodySeen = new Set<string>();
  const headlineKey = headline ? normalize(headline.text) : null;
  for (let i = region.start; i <= region.end; i++) {
    const line = lines[i]!;
    if (line.blank || claims.has(i)) continue;
    if (line.chrome) claims.claim(i, "removed", line.chrome);
    else if (skip.has(i)) continue;
    else if (headlineKey !== null && line.key === headlineKey) claims.claim(i, "removed", "repeated-headline");
    else if (mastheads.has(i)) claims.claim(i, "source", "masthead line naming the publisher");
    else if (!isProse(line) && isPageFurniture(line)) claims.claim(i, "removed", "furniture:inside-article");
    else if (bodySeen.has(line.text)) claims.claim(i, "removed", "repeated-line");
    else {
      body.push({ line: line.lineNo, text: line.verbatim });
      bodySeen.add(line.text);
      claims.claim(i, "body", isProse(line) ? "prose inside the article run" : "short line inside the article run");
    }
  }
  return body;
}

/** Every non-blank line with its role and why; those not in a field are the removed lines. */
function explainLines(
  lines: readonly Line[],
  claims: Claims,
  region: Region | null,
  mastheads: ReadonlySet<number>,
  source: ReturnType<typeof findSource>,
): { removed: RemovedLine[]; explain: LineExplanation[] } {
  const removed: RemovedLine[] = [];
  const explain: LineExplanation[] = [];
  for (const line of lines) {
    if (line.blank) continue;
    let r = claims.get(line.index);
    if (!r) {
      const where = !region ? "no-article-found" : line.index < region.start ? "before-article" : "after-article";
      if (mastheads.has(line.index) && source) r = { role: "source", why: "masthead line naming the publisher" };
      else if (source && line.index === source.index) r = { role: "source", why: `publisher named here (${source.rule})` };
      else r = { role: "removed", why: line.chrome ?? where };
    }
    if (r.role === "removed") removed.push({ line: line.lineNo, text: line.raw, reason: r.why });
    explain.push({ line: line.lineNo, endLine: line.lineNo + line.raw.split("\n").length - 1, text: line.text, role: r.role, why: r.why });
  }
  return { removed, explain };
}

/** Where the search for byline and date lines stops: a few prose lines into the body. */
function metaEnd(lines: readonly Line[], start: number): number {
  let prose = 0;
  let i = start;
  for (; i < lines.length - 1 && i < start + META_MAX_INTO_BODY_LINES; i++) {
    if (isProse(lines[i]!) && ++prose >= META_INTO_BODY) break;
  }
  return i;
}

/**
 * Short lines inside the article run that are page furniture, not text: one- or two-word
 * labels and user names, bracketed widgets, vote counts, relative timestamps.
 */
function isPageFurniture(line: Line): boolean {
  if (line.words < MIN_SHORT_LINE_WORDS && !line.terminal) return true;
  if (/^\[.*\]$|^\(.*\)$/.test(line.text)) return true;
  return RELATIVE_DATE.test(line.text) && line.words <= MAX_TIMESTAMP_WORDS;
}

function firstProseAfter(lines: readonly Line[], from: number, end: number): number {
  for (let i = from + 1; i <= end; i++) if (isProse(lines[i]!)) return i;
  return end;
}

function regionText(lines: readonly Line[], start: number, end: number): string {
  return lines
    .slice(start, end + 1)
    .filter((l) => !l.blank && !l.chrome)
    .map((l) => l.text)
    .join(" ");
}

function authorsField(byline: { line: Line; cand: BylineCandidate } | null): Sourced<readonly string[]> {
  if (!byline) return { value: [], provenance: unknown("no byline near the headline") };
  if (byline.cand.authors.length === 0) {
    return { value: [], provenance: unknown(`byline "${byline.line.text}" names no person`) };
  }
  return { value: byline.cand.authors, provenance: extracted(byline.line, byline.cand.rule, byline.cand.confidence) };
}

function dateField(
  found: DatedLine | null,
  what: string,
  refused: readonly { line: Line; text: string }[],
  implausible: readonly DatedLine[],
): Sourced<CalendarDate | null> {
  if (found) {
    const labelled = found.pageWide ? "date:page-labelled" : "date:labelled";
    const rule = found.mention.label ? `${labelled}-${found.mention.label}` : found.inByline ? "date:in-byline" : "date:date-line";
    const confidence = found.mention.label || found.inByline ? 0.9 : 0.8;
    const provenance = extracted(found.line, rule, confidence, found.mention.text);
    const note = found.mention.zoneNote;
    return { value: found.mention.value, provenance: note === undefined ? provenance : { ...provenance, detail: note } };
  }
  const seen = [
    ...refused.map((r) => `"${r.text}" on line ${r.line.lineNo} is relative or ambiguous`),
    ...implausible.map((d) => `"${d.mention.text}" on line ${d.line.lineNo} is outside the plausible range`),
  ];
  return { value: null, provenance: unknown(seen.length ? seen.join("; ") : `no ${what} date near the headline`) };
}

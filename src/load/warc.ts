import { ChunkReader } from "./chunk-reader";
import { type Framed, frameRecords, type RecordHandler } from "./warc-frames";
import { gzipDataStart, inflateMember, isGzipAt, nextGzipMember } from "./warc-gzip";
import {
  responseHandler,
  type WarcEntry,
  type WarcHtmlResponse,
  type WarcProblem,
  type WarcRedirect,
  type WarcSkipReason,
} from "./warc-response";
import { bytesSource, openWarcFile, type WarcSource, windowsFrom } from "./warc-source";

export type { WarcEntry, WarcHtmlResponse, WarcProblem, WarcRedirect, WarcSkipReason } from "./warc-response";
export type { WarcPlace } from "./warc-frames";
export { bytesSource, openWarcFile, type WarcSource } from "./warc-source";

/** How much of a WARC is read. */
export interface WarcLimits {
  /** The largest HTML payload kept, as recorded and after decoding; a larger one is skipped with a problem. */
  readonly maxPayloadBytes: number;
  /** The most bytes a `.warc.gz` may decompress to in all; past it reading stops with a problem. */
  readonly maxDecompressedBytes: number;
}

/** The limits {@link readWarc} uses unless told otherwise. */
export const WARC_LIMITS: WarcLimits = Object.freeze({ maxPayloadBytes: 20 * 1024 * 1024, maxDecompressedBytes: 4 * 1024 ** 3 });

/** Everything {@link readWarc} found in one file, in file order. */
export interface WarcReading {
  /** The HTML pages: `response` records with status 200 and an HTML media type. */
  readonly records: WarcHtmlResponse[];
  /** `response` records with a 3xx status. */
  readonly redirects: WarcRedirect[];
  /** How many records gave no page, by reason (assets, requests, metadata, revisits…). */
  readonly skipped: Readonly<Record<WarcSkipReason, number>>;
  /** Damaged or unusable records, each with its offset; the other records are unaffected. */
  readonly problems: WarcProblem[];
}

/**
 * Read a WARC file's HTML pages. Takes `.warc`, a `.warc.gz` of one gzip member per record (as
 * `wget --warc-file`, Webrecorder and Heritrix write), or a whole `.warc` gzipped as one
 * member; which one is told by the bytes, not the name. Memory holds one record's HTTP
 * headers and one kept payload at a time, whatever the file's size.
 * @param source the file's bytes, or a {@link WarcSource} such as {@link openWarcFile}'s
 * @param limits payload and decompression limits ({@link WARC_LIMITS} by default)
 * @returns the pages, redirects, counts of skipped records and problems
 * @example const { records, problems } = await readWarc(readFileSync("crawl.warc.gz"))
 */
export async function readWarc(source: WarcSource | Uint8Array, limits: WarcLimits = WARC_LIMITS): Promise<WarcReading> {
  const reading: WarcReading = {
    records: [],
    redirects: [],
    skipped: { "not-a-response": 0, "not-http": 0, status: 0, "not-html": 0 },
    problems: [],
  };
  const skipped = reading.skipped as Record<WarcSkipReason, number>;
  for await (const entry of warcEntries(source instanceof Uint8Array ? bytesSource(source) : source, limits)) {
    if (entry.kind === "html") reading.records.push(entry.record);
    else if (entry.kind === "redirect") reading.redirects.push(entry.redirect);
    else if (entry.kind === "skipped") skipped[entry.reason]++;
    else reading.problems.push(entry.problem);
  }
  return reading;
}

/**
 * {@link readWarc} on a file path; the file is read window by window, never whole.
 * @throws when the file cannot be opened
 * @example await readWarcFile("content/articles/crawl.warc.gz")
 */
export async function readWarcFile(path: string, limits: WarcLimits = WARC_LIMITS): Promise<WarcReading> {
  const file = await openWarcFile(path);
  try {
    return await readWarc(file, limits);
  } finally {
    await file.close();
  }
}

/**
 * What each record of a WARC gives, one at a time, in file order: for a caller that handles
 * each page as it comes (a kept payload is then the only large thing in memory).
 * @example for await (const entry of warcEntries(source)) if (entry.kind === "html") handle(entry.record);
 */
export async function* warcEntries(source: WarcSource, limits: WarcLimits = WARC_LIMITS): AsyncGenerator<WarcEntry> {
  const handle = responseHandler(limits.maxPayloadBytes);
  if (isGzipAt(await source.read(0, 3), 0)) {
    yield* gzipEntries(source, handle, limits.maxDecompressedBytes);
    return;
  }
  for await (const framed of frameRecords(new ChunkReader(windowsFrom(source, 0)), handle, (offset) => ({ offset }))) yield entryOf(framed);
}

/** Gzip members one after another; a damaged member is reported and the next one searched for. */
async function* gzipEntries(source: WarcSource, handle: RecordHandler<WarcEntry>, maxDecompressed: number): AsyncGenerator<WarcEntry> {
  const budget = { left: maxDecompressed };
  for (let at = 0; at < source.size; ) {
    const dataStart = await gzipDataStart(source, at);
    if (typeof dataStart === "string") {
      yield problem({ offset: at }, `No gzip member starts here: ${dataStart}. Reading resumed at the next gzip member.`);
      at = await nextGzipMember(source, at + 1);
      continue;
    }
    const member = inflateMember(source, dataStart);
    const counter = counted(member.chunks, budget);
    const placeOf = (position: number) => (position === 0 ? { offset: at } : { offset: at, inMember: position });
    try {
      for await (const framed of frameRecords(new ChunkReader(counter.chunks), handle, placeOf)) yield entryOf(framed);
      at = member.end();
    } catch (error) {
      if (error instanceof DecompressionLimit) {
        yield problem(
          { offset: at },
          `The file decompresses to more than ${maxDecompressed} bytes; the records after this point were not read.`,
        );
        return;
      }
      if (!isZlibError(error)) throw error;
      const after = counter.produced() === 0 ? "" : `, ${counter.produced()} bytes into its decompressed data`;
      yield problem(
        { offset: at },
        `Its gzip member is corrupt or cut short (${error.message}${after}); reading resumed at the next gzip member.`,
      );
      at = await nextGzipMember(source, at + 1);
    }
  }
}

class DecompressionLimit extends Error {}

function counted(chunks: AsyncIterable<Uint8Array>, budget: { left: number }) {
  let produced = 0;
  async function* pass(): AsyncGenerator<Uint8Array> {
    for await (const chunk of chunks) {
      produced += chunk.length;
      budget.left -= chunk.length;
      if (budget.left < 0) throw new DecompressionLimit();
      yield chunk;
    }
  }
  return { chunks: pass(), produced: () => produced };
}

function isZlibError(error: unknown): error is Error {
  return error instanceof Error && /^Z_/.test(String((error as { code?: unknown }).code));
}

function entryOf(framed: Framed<WarcEntry>): WarcEntry {
  return framed.kind === "record" ? framed.value : problem(framed.place, framed.message);
}

function problem(place: { offset: number; inMember?: number }, message: string): WarcEntry {
  return { kind: "problem", problem: { ...place, message } };
}

import type { ChunkReader } from "./chunk-reader";

/** The longest WARC header block read; a longer one is taken as damage, not as a record. */
export const MAX_WARC_HEADER_BYTES = 64 * 1024;

const ascii = (text: string) => new TextEncoder().encode(text);
const BLANK_LINE = ascii("\r\n\r\n");
/** A record starts at a line beginning with the version; a resync looks for this. */
const RECORD_START = ascii("\nWARC/");

/** Where a record is: its byte offset in the file, and for one inside a gzip member, where in it. */
export interface WarcPlace {
  /** Byte offset in the file of the record, or of the gzip member holding it (what CDX indexes list). */
  readonly offset: number;
  /** Byte offset in the member's decompressed bytes, when the record does not start its member (a whole-file gzip). */
  readonly inMember?: number;
}

/** A record's WARC header block, parsed only as far as framing needs. */
export interface WarcHead {
  /** The header block's bytes, through its blank line (for a full parser). */
  readonly bytes: Uint8Array;
  /** Field names lower-cased; the first value of each. */
  readonly fields: ReadonlyMap<string, string>;
  /** `WARC-Type`, lower-cased ("" when absent). */
  readonly type: string;
  readonly contentLength: number;
}

/** A record's block, read no further than its Content-Length. */
export interface WarcBlock {
  /** Bytes of the block not read yet. */
  readonly remaining: number;
  /** The bytes through the first `delimiter` within `max` bytes, or null (nothing read). */
  readThrough(delimiter: Uint8Array, max: number): Promise<Uint8Array | null>;
  /**
   * The next `length` bytes of the block (at most what remains).
   * @throws {DamagedRecord} when the file ends first
   */
  read(length: number): Promise<Uint8Array>;
}

/** A record that cannot be read as written; the message says what is wrong with it. */
export class DamagedRecord extends Error {}

/** What the framing gives for each record: the handler's value, or why the record was dropped. */
export type Framed<T> =
  | { readonly kind: "record"; readonly value: T }
  | { readonly kind: "damaged"; readonly place: WarcPlace; readonly message: string };

/** Reads one record from its head and block; what it does not read of the block is skipped. */
export type RecordHandler<T> = (head: WarcHead, block: WarcBlock, place: WarcPlace) => Promise<T>;

/**
 * Split an uncompressed WARC stream into records and hand each to `handle`. A record whose
 * header cannot be parsed, whose block runs past the end of the stream, or whose
 * Content-Length does not end at a record boundary is reported as damaged, and reading goes on
 * from the next line starting `WARC/` — so one broken record costs only itself (and, when its
 * Content-Length is too large, the records its block swallowed).
 * @param reader the decompressed bytes
 * @param placeOf the place of a record starting at a stream position
 * @example for await (const framed of frameRecords(new ChunkReader(chunks), handle, (at) => ({ offset: at }))) …
 */
export async function* frameRecords<T>(
  reader: ChunkReader,
  handle: RecordHandler<T>,
  placeOf: (position: number) => WarcPlace,
): AsyncGenerator<Framed<T>> {
  for (;;) {
    await reader.skipLineEnds();
    if (await reader.atEnd()) return;
    const place = placeOf(reader.position);
    const headBytes = await reader.readThrough(BLANK_LINE, MAX_WARC_HEADER_BYTES);
    const head = headBytes === null ? "no WARC header ends within 64 KiB" : parseHead(headBytes);
    if (typeof head === "string") {
      yield { kind: "damaged", place, message: `Not a readable WARC record: ${head}.` };
      // Nothing was consumed when no header ended: step on so the search cannot stay here.
      if (headBytes === null) await reader.skip(1);
      if (!(await resync(reader))) return;
      continue;
    }
    const outcome = await readBlock(reader, head, handle, place);
    if (outcome.kind === "record") yield outcome;
    else {
      yield { kind: "damaged", place, message: outcome.message };
      if (outcome.fatal || !(await resync(reader))) return;
    }
  }
}

/** Move to the next line starting `WARC/`; false when there is none. */
async function resync(reader: ChunkReader): Promise<boolean> {
  if (reader.atLineStart && sameBytes(await reader.peek(RECORD_START.length - 1), RECORD_START.subarray(1))) return true;
  return reader.seek(RECORD_START, 1);
}

/** A damaged record is fatal when nothing can follow it (the stream ended inside it). */
type BlockOutcome<T> =
  | { readonly kind: "record"; readonly value: T }
  | { readonly kind: "damaged"; readonly place: WarcPlace; readonly message: string; readonly fatal: boolean };

async function readBlock<T>(reader: ChunkReader, head: WarcHead, handle: RecordHandler<T>, place: WarcPlace): Promise<BlockOutcome<T>> {
  const block = limitedBlock(reader, head.contentLength);
  let value: T;
  try {
    value = await handle(head, block, place);
  } catch (error) {
    if (!(error instanceof DamagedRecord)) throw error;
    return { kind: "damaged", place, message: error.message, fatal: await reader.atEnd() };
  }
  const rest = block.remaining;
  const skipped = await reader.skip(rest);
  if (skipped < rest)
    return { kind: "damaged", place, message: cutShort(head.contentLength, head.contentLength - rest + skipped), fatal: true };
  // The block is followed by two line ends; junk after them is the next record's problem.
  if (sameBytes(await reader.peek(BLANK_LINE.length), BLANK_LINE)) return { kind: "record", value };
  await reader.skipLineEnds();
  if (!(await reader.atEnd())) {
    return {
      kind: "damaged",
      place,
      message: `The record's Content-Length (${head.contentLength}) does not end where the record does: the length is wrong or the record was altered.`,
      fatal: false,
    };
  }
  return { kind: "record", value };
}

function limitedBlock(reader: ChunkReader, length: number): WarcBlock {
  let remaining = length;
  return {
    get remaining() {
      return remaining;
    },
    async readThrough(delimiter, max) {
      const got = await reader.readThrough(delimiter, Math.min(max, remaining));
      if (got) remaining -= got.length;
      return got;
    },
    async read(want) {
      const wanted = Math.min(want, remaining);
      const got = await reader.read(wanted);
      remaining -= got.length;
      if (got.length < wanted) throw new DamagedRecord(cutShort(length, length - remaining));
      return got;
    },
  };
}

function cutShort(contentLength: number, present: number): string {
  return `The record is cut short: its Content-Length is ${contentLength} bytes but the file ends ${present} bytes into it.`;
}

/**
 * A WARC header block's fields, or why it is not one.
 * @example parseHead(bytes("WARC/1.0\r\nContent-Length: 0\r\n\r\n")).contentLength //=> 0
 */
export function parseHead(bytes: Uint8Array): WarcHead | string {
  const lines = new TextDecoder().decode(bytes).split("\r\n");
  if (!/^WARC\/\d+\.\d+$/.test(lines[0] ?? "")) return `it starts with "${(lines[0] ?? "").slice(0, 40)}", not a WARC version line`;
  const fields = new Map<string, string>();
  let last = "";
  for (const line of lines.slice(1)) {
    if (line === "") continue;
    if ((line.startsWith(" ") || line.startsWith("\t")) && last) {
      fields.set(last, `${fields.get(last)} ${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(":");
    if (colon <= 0) return `the header line "${line.slice(0, 40)}" has no field name`;
    last = line.slice(0, colon).trim().toLowerCase();
    if (!fields.has(last)) fields.set(last, line.slice(colon + 1).trim());
  }
  const length = fields.get("content-length");
  if (length === undefined) return "it has no Content-Length";
  if (!/^\d{1,15}$/.test(length)) return `its Content-Length "${length.slice(0, 20)}" is not a number of bytes`;
  return { bytes, fields, type: (fields.get("warc-type") ?? "").toLowerCase(), contentLength: Number(length) };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((byte, i) => byte === b[i]);
}

import { createInflateRaw, inflateRawSync } from "node:zlib";
import { WARC_READ_WINDOW, type WarcSource } from "./warc-source";

// RFC 1952: ID1 ID2 CM(8 = deflate) FLG MTIME(4) XFL OS, then the optional fields FLG names.
const FHCRC = 2;
const FEXTRA = 4;
const FNAME = 8;
const FCOMMENT = 16;
const RESERVED_FLAGS = 0xe0;
const TRAILER_BYTES = 8;

/**
 * Whether a gzip member's magic bytes (and the deflate method) stand at `at`.
 * @example isGzipAt(new Uint8Array([0x1f, 0x8b, 8]), 0) //=> true
 */
export function isGzipAt(bytes: Uint8Array, at: number): boolean {
  return bytes[at] === 0x1f && bytes[at + 1] === 0x8b && bytes[at + 2] === 8;
}

/**
 * Where the deflate data of the gzip member at `position` starts, or why no member starts there.
 * @example await gzipDataStart(source, 0) //=> 10 (a member with no optional fields)
 */
export async function gzipDataStart(source: WarcSource, position: number): Promise<number | string> {
  // Room for the largest extra field (64 KiB) and ordinary file names and comments.
  const head = await source.read(position, 2 * WARC_READ_WINDOW);
  if (!isGzipAt(head, 0)) return "the bytes there are not a gzip member";
  const flags = head[3] ?? RESERVED_FLAGS;
  if (flags & RESERVED_FLAGS) return "its gzip header sets reserved flags";
  let at = 10;
  if (flags & FEXTRA) at += 2 + (head[at] ?? 0) + ((head[at + 1] ?? 0) << 8);
  for (const flag of [FNAME, FCOMMENT]) {
    if (!(flags & flag)) continue;
    const zero = head.indexOf(0, at);
    if (zero < 0) return "its gzip header does not end";
    at = zero + 1;
  }
  if (flags & FHCRC) at += 2;
  return at < head.length ? position + at : "its gzip header does not end";
}

/**
 * The first position at or after `from` where a gzip member may start, or the source's size.
 * How reading resumes after a damaged member: the next member's start is unknown, so it is
 * searched for.
 * @example await nextGzipMember(source, 1) //=> offset of the second member
 */
export async function nextGzipMember(source: WarcSource, from: number): Promise<number> {
  for (let at = from; at < source.size; at += WARC_READ_WINDOW) {
    // Overlap by the magic and flag bytes after the first, so a start split across windows is found.
    const window = await source.read(at, WARC_READ_WINDOW + 3);
    for (let i = window.indexOf(0x1f); i >= 0 && i < WARC_READ_WINDOW; i = window.indexOf(0x1f, i + 1)) {
      if (isGzipAt(window, i) && ((window[i + 3] ?? RESERVED_FLAGS) & RESERVED_FLAGS) === 0) return at + i;
    }
  }
  return source.size;
}

/** One gzip member being decompressed. */
export interface InflatingMember {
  /** The member's decompressed bytes; throws when its deflate data is corrupt or cut short. */
  readonly chunks: AsyncIterable<Uint8Array>;
  /** Where the member ends in the file (after its trailer); known once `chunks` is drained. */
  end(): number;
}

/** A member whose deflate data fits in this many bytes is inflated in one call. */
const WHOLE_MEMBER_INPUT = 4 * WARC_READ_WINDOW;
/** …when it inflates to at most this many bytes; larger ones are streamed. */
const WHOLE_MEMBER_OUTPUT = 8 * 1024 * 1024;

/**
 * Decompress the gzip member whose deflate data starts at `dataStart`. zlib's gunzip runs on
 * into the next member by itself, hiding where each one starts; raw inflate stops at the end
 * of this member's deflate data and says how many bytes it used, so the next member's offset
 * is exact. A small member (one record, as crawlers write them) is inflated in one call; a
 * large one (a whole-file gzip) is streamed, a window at a time.
 * @example const member = inflateMember(source, 10); for await (const c of member.chunks) …; member.end()
 */
export function inflateMember(source: WarcSource, dataStart: number): InflatingMember {
  let used = -1;
  async function* chunks(): AsyncGenerator<Uint8Array> {
    const input = await source.read(dataStart, WHOLE_MEMBER_INPUT);
    try {
      // With `info`, zlib returns the engine too, which says how much input it used.
      const { buffer, engine } = inflateRawSync(input, { info: true, maxOutputLength: WHOLE_MEMBER_OUTPUT }) as unknown as {
        buffer: Uint8Array;
        engine: { bytesWritten: number };
      };
      used = engine.bytesWritten;
      yield buffer;
      return;
    } catch {
      // Too large for one call, or damaged: streaming hands on every byte before the damage,
      // so the records a damaged whole-file gzip holds before it still come through.
    }
    yield* streamed();
  }
  async function* streamed(): AsyncGenerator<Uint8Array> {
    const inflate = createInflateRaw();
    let written = 0;
    const pump = (async () => {
      for (let at = dataStart; ; ) {
        const input = await source.read(at, WARC_READ_WINDOW);
        if (input.length === 0) {
          inflate.end();
          return;
        }
        at += input.length;
        written += input.length;
        await new Promise<void>((resolve, reject) => inflate.write(input, (error) => (error ? reject(error) : resolve())));
        // Raw inflate used less than it was given: the deflate data ended inside this input.
        if (inflate.bytesWritten < written) return;
      }
    })();
    // An error reaches the reader through the stream; the pump only stops.
    pump.catch(() => {});
    try {
      for await (const output of inflate) yield output as Uint8Array;
      used = inflate.bytesWritten;
    } finally {
      inflate.destroy();
    }
  }
  return {
    chunks: chunks(),
    end() {
      if (used < 0) throw new Error("inflateMember: end() asked before the member was read to its end");
      return dataStart + used + TRAILER_BYTES;
    },
  };
}

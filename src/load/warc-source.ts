import { open } from "node:fs/promises";

/**
 * The bytes of a WARC file, read by position. The reader asks for one window at a time, so
 * a file of any size is never held in memory whole; positions let it go back to a gzip
 * member's start or scan ahead for the next record after a damaged one.
 */
export interface WarcSource {
  /** The file's length in bytes. */
  readonly size: number;
  /**
   * Up to `length` bytes from `position`; fewer only at the end of the file, none past it.
   * The returned array is the caller's to keep (never reused by a later read).
   */
  read(position: number, length: number): Promise<Uint8Array>;
}

/** A WARC file open for reading; close it when done. */
export interface WarcFile extends WarcSource {
  close(): Promise<void>;
}

/** How many bytes a reader asks a source for at once. */
export const WARC_READ_WINDOW = 64 * 1024;

/**
 * How much a file source reads at once: several times the largest window asked for, so a run
 * of small gzip members, each read from its start with a window of lookahead, costs one read
 * per span instead of one per member.
 */
const FILE_SPAN = 16 * WARC_READ_WINDOW;

/**
 * A source over bytes already in memory (tests, or a WARC received over the network).
 * @param bytes the whole file
 * @returns a source reading windows of `bytes` without copying them
 * @example await bytesSource(new Uint8Array([1, 2, 3])).read(1, 5) //=> Uint8Array [2, 3]
 */
export function bytesSource(bytes: Uint8Array): WarcSource {
  return {
    size: bytes.length,
    read: async (position, length) => bytes.subarray(Math.min(position, bytes.length), Math.min(position + length, bytes.length)),
  };
}

/**
 * Open a WARC file for positional reads.
 * @param path the file
 * @returns the open file as a {@link WarcSource}
 * @throws when the file cannot be opened (missing, unreadable): a caller reports that as the
 *   file's own diagnostic, before any record is read
 * @example const file = await openWarcFile("content/articles/crawl.warc.gz"); try { … } finally { await file.close(); }
 */
export async function openWarcFile(path: string): Promise<WarcFile> {
  const handle = await open(path, "r");
  const { size } = await handle.stat();
  // The last span read: a gzip member's header and data are read from nearly the same place,
  // and small members follow each other, so most reads fall inside it.
  let cached: { position: number; bytes: Uint8Array } = { position: 0, bytes: new Uint8Array(0) };
  async function readSpan(position: number, length: number): Promise<Uint8Array> {
    const want = Math.max(0, Math.min(length, size - position));
    const buffer = new Uint8Array(want);
    let filled = 0;
    while (filled < want) {
      const { bytesRead } = await handle.read(buffer, filled, want - filled, position + filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return buffer.subarray(0, filled);
  }
  return {
    size,
    async read(position, length) {
      const end = Math.min(position + length, size);
      const inside = position >= cached.position && end <= cached.position + cached.bytes.length;
      // A fresh array each time a span is read, never overwritten, so earlier results stay valid.
      if (!inside) cached = { position, bytes: await readSpan(position, Math.max(length, FILE_SPAN)) };
      return cached.bytes.subarray(position - cached.position, end - cached.position);
    },
    close: () => handle.close(),
  };
}

/**
 * The source's bytes from `position` to its end, one window at a time.
 * @example for await (const chunk of windowsFrom(source, 0)) total += chunk.length;
 */
export async function* windowsFrom(source: WarcSource, position: number, window = WARC_READ_WINDOW): AsyncGenerator<Uint8Array> {
  for (let at = position; at < source.size; ) {
    const chunk = await source.read(at, window);
    if (chunk.length === 0) return;
    at += chunk.length;
    yield chunk;
  }
}

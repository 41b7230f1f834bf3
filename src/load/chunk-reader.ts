const EMPTY = new Uint8Array(0);

/**
 * Where `needle` first occurs in `haystack` at or after `from`, or -1.
 * @example indexOfBytes(new Uint8Array([1, 2, 3]), new Uint8Array([2, 3])) //=> 1
 */
export function indexOfBytes(haystack: Uint8Array, needle: Uint8Array, from = 0): number {
  const first = needle[0];
  if (first === undefined) return from;
  for (let at = haystack.indexOf(first, from); at >= 0 && at + needle.length <= haystack.length; at = haystack.indexOf(first, at + 1)) {
    let same = true;
    for (let k = 1; k < needle.length && same; k++) same = haystack[at + k] === needle[k];
    if (same) return at;
  }
  return -1;
}

/**
 * Reads a stream of byte chunks forwards: lines up to a delimiter, exact lengths, skips. Only
 * what a caller asks to keep is kept; skipped bytes pass through one chunk at a time, so a
 * record of any size can be stepped over in bounded memory.
 */
export class ChunkReader {
  readonly #source: AsyncIterator<Uint8Array>;
  #buffer: Uint8Array = EMPTY;
  /** The stream position of `#buffer[0]`. */
  #position = 0;
  #ended = false;
  /** The last byte read or skipped (-1 before the first). */
  #last = -1;

  constructor(chunks: AsyncIterable<Uint8Array>) {
    this.#source = chunks[Symbol.asyncIterator]();
  }

  /** How many bytes of the stream have been read or skipped. */
  get position(): number {
    return this.#position;
  }

  /** Whether the next byte starts a line: the stream's start, or just after a line feed. */
  get atLineStart(): boolean {
    return this.#last === -1 || this.#last === 10;
  }

  /** Whether the stream has no more bytes. */
  async atEnd(): Promise<boolean> {
    while (this.#buffer.length === 0) if (!(await this.#fill())) return true;
    return false;
  }

  /** The next `length` bytes (fewer at the end), left unread. */
  async peek(length: number): Promise<Uint8Array> {
    while (this.#buffer.length < length && (await this.#fill()));
    return this.#buffer.subarray(0, length);
  }

  /**
   * The bytes up to and including the first `delimiter`, or null (nothing consumed) when it
   * does not occur within `max` bytes or before the end.
   */
  async readThrough(delimiter: Uint8Array, max: number): Promise<Uint8Array | null> {
    let from = 0;
    for (;;) {
      const at = indexOfBytes(this.#buffer, delimiter, from);
      if (at >= 0) return at + delimiter.length <= max ? this.#take(at + delimiter.length) : null;
      if (this.#buffer.length >= max) return null;
      from = Math.max(0, this.#buffer.length - delimiter.length + 1);
      if (!(await this.#fill())) return null;
    }
  }

  /** The next `length` bytes, fewer only when the stream ends first. */
  async read(length: number): Promise<Uint8Array> {
    const parts: Uint8Array[] = [];
    let got = 0;
    while (got < length && (this.#buffer.length > 0 || (await this.#fill()))) {
      const part = this.#take(Math.min(length - got, this.#buffer.length));
      parts.push(part);
      got += part.length;
    }
    return parts.length === 1 ? parts[0]! : concatBytes(parts, got);
  }

  /** Step over `length` bytes; returns how many there were (fewer when the stream ends first). */
  async skip(length: number): Promise<number> {
    let skipped = 0;
    while (skipped < length && (this.#buffer.length > 0 || (await this.#fill()))) {
      skipped += this.#take(Math.min(length - skipped, this.#buffer.length)).length;
    }
    return skipped;
  }

  /** Step over carriage returns and line feeds; returns how many. */
  async skipLineEnds(): Promise<number> {
    let skipped = 0;
    while (!(await this.atEnd())) {
      let n = 0;
      while (n < this.#buffer.length && (this.#buffer[n] === 13 || this.#buffer[n] === 10)) n++;
      skipped += this.#take(n).length;
      if (this.#buffer.length > 0) break;
    }
    return skipped;
  }

  /**
   * Discard bytes until `pattern` is next, then the first `skipPrefix` bytes of it too (so a
   * search for "\nWARC/" can leave the reader at "WARC/"). Returns false at the end of the stream.
   */
  async seek(pattern: Uint8Array, skipPrefix = 0): Promise<boolean> {
    for (;;) {
      const at = indexOfBytes(this.#buffer, pattern);
      if (at >= 0) {
        this.#take(at + skipPrefix);
        return true;
      }
      this.#take(Math.max(0, this.#buffer.length - pattern.length + 1));
      if (!(await this.#fill())) {
        this.#take(this.#buffer.length);
        return false;
      }
    }
  }

  #take(length: number): Uint8Array {
    const part = this.#buffer.subarray(0, length);
    if (length > 0) this.#last = part[length - 1]!;
    this.#buffer = this.#buffer.subarray(length);
    this.#position += length;
    return part;
  }

  async #fill(): Promise<boolean> {
    if (this.#ended) return false;
    const next = await this.#source.next();
    if (next.done) {
      this.#ended = true;
      return false;
    }
    this.#buffer =
      this.#buffer.length === 0 ? next.value : concatBytes([this.#buffer, next.value], this.#buffer.length + next.value.length);
    return true;
  }
}

/**
 * The parts joined into one array.
 * @example concatBytes([new Uint8Array([1]), new Uint8Array([2])], 2) //=> Uint8Array [1, 2]
 */
export function concatBytes(parts: readonly Uint8Array[], total: number): Uint8Array {
  const joined = new Uint8Array(total);
  let at = 0;
  for (const part of parts) {
    joined.set(part, at);
    at += part.length;
  }
  return joined;
}

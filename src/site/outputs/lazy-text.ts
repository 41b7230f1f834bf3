import type { OriginalBytes, OriginalText } from "../site-data";

/**
 * A text file whose `text` is computed on each read and not kept, for texts too large to hold
 * for the whole build (the JSON export, the original texts). `text` is a getter on the class,
 * not an own property: only `url` and `source` (what the text is made from) are compared and
 * copied, so the dev server's page comparison sees the file change exactly when
 * its source does. A class rather than an object with its own getter: V8 keeps each such object
 * in its slower, larger dictionary form, while instances of a class share one shape
 * (measurements: docs/performance.md, 'Lazy texts as class instances').
 */
class LazyText implements OriginalText {
  readonly #make: () => string;

  constructor(
    readonly url: string,
    readonly source: object,
    make: () => string,
  ) {
    this.#make = make;
  }

  get text(): string {
    return this.#make();
  }
}

/** @example lazyText("/a.txt", { sha256 }, () => read()).text // read() on each access */
export function lazyText(url: string, source: object, text: () => string): OriginalText {
  return new LazyText(url, source, text);
}

/** {@link LazyText} for a file published byte for byte: `bytes` is read on each access and not kept. */
class LazyBytes implements OriginalBytes {
  readonly #read: () => Uint8Array;

  constructor(
    readonly url: string,
    readonly source: object,
    read: () => Uint8Array,
  ) {
    this.#read = read;
  }

  get bytes(): Uint8Array {
    return this.#read();
  }
}

/** @example lazyBytes("/a.bin", { sha256 }, () => read()).bytes // read() on each access */
export function lazyBytes(url: string, source: object, bytes: () => Uint8Array): OriginalBytes {
  return new LazyBytes(url, source, bytes);
}

/**
 * Strict UTF-8 decoding. We never guess an encoding: a Latin-1 or binary file is an error the
 * editor fixes by re-saving, not mojibake published silently.
 */

/** The result of {@link decodeUtf8}: the text, or where the first invalid byte sits. */
export type DecodeResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly byteOffset: number; readonly line: number; readonly column: number };

const fatalDecoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/**
 * Decode bytes as UTF-8, failing on the first malformed sequence.
 * @returns the text (a leading BOM is kept; see `normaliseText`), or the 1-based line and
 *   column (in characters) of the first invalid byte.
 * @example decodeUtf8(new Uint8Array([0x43, 0x61, 0x66, 0xe9])) //=> { ok: false, byteOffset: 3, line: 1, column: 4 }
 */
export function decodeUtf8(bytes: Uint8Array): DecodeResult {
  try {
    return { ok: true, text: fatalDecoder.decode(bytes) };
  } catch {
    const byteOffset = firstInvalidByte(bytes);
    let lineStart = 0;
    let line = 1;
    for (let i = 0; i < byteOffset; i++) {
      if (bytes[i] === 0x0a) {
        line++;
        lineStart = i + 1;
      }
    }
    // The bytes between the line start and the bad byte are valid, so they decode cleanly.
    const before = fatalDecoder.decode(bytes.subarray(lineStart, byteOffset));
    return { ok: false, byteOffset, line, column: [...before].length + 1 };
  }
}

/** Offset of the first byte that does not start or continue a well-formed UTF-8 sequence (RFC 3629). */
function firstInvalidByte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    let need: number;
    let min = 0x80;
    let max = 0xbf;
    if (b < 0x80) {
      i++;
      continue;
    } else if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      // Overlong forms and UTF-16 surrogates are excluded by narrowing the second byte.
      if (b === 0xe0) min = 0xa0;
      if (b === 0xed) max = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) min = 0x90;
      if (b === 0xf4) max = 0x8f;
    } else return i;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      const lo = k === 1 ? min : 0x80;
      const hi = k === 1 ? max : 0xbf;
      if (c === undefined || c < lo || c > hi) return i;
    }
    i += need + 1;
  }
  return bytes.length;
}

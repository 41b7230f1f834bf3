import { createHash } from "node:crypto";
import { type FileHandle, open } from "node:fs/promises";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import { writeAtomically } from "../util/atomic-write";
import { DEFAULT_CACHE_DIR } from "./code-fingerprint";
import { ParseCache, type Entry } from "../ingest/parse-cache";

/**
 * A {@link ParseCache} kept on disk between builds, so a rebuild reads only the article files
 * whose stamp changed and parses only those whose bytes changed (parsing is most of the ingest stage's work; measurements:
 * docs/performance.md, 'Parse cache').
 *
 * The file is only a cache: it is used only when it was written by the same code (a hash of
 * every source file under `src/`, `package-lock.json` and the Node version, so any change to
 * the parser or its dependencies starts afresh), and the cache itself starts afresh when the
 * taxonomy, the settings parsing reads or the latest plausible date differ. A missing, stale or unreadable
 * file means "parse everything"; it never fails a build.
 *
 * Format: frames of [4-byte length, v8-serialised value]; the first frame is the header
 * (format, code hash, parse context), each further one a batch of entries, so neither writing
 * nor reading needs the whole cache in one buffer.
 */

/** 2: entries carry the file's stamp, so a rebuild reads only files whose stamp changed. */
const FORMAT = 2;
/** Entries per frame: small enough that no frame buffer is large. */
const FRAME_ENTRIES = 1000;

interface Header {
  readonly format: number;
  readonly code: string;
  readonly context: string | null;
}

/** The cache file for the content under `root` (one per root) in `dir`. */
export function parseCachePath(root: string, dir: string = DEFAULT_CACHE_DIR): string {
  const id = createHash("sha1").update(root).digest("hex").slice(0, 16);
  return join(dir, `parse-${id}.bin`);
}

/**
 * The cache saved at `file` by the same code, or an empty cache.
 * @param code from {@link codeFingerprint}
 */
export async function loadParseCache(file: string, code: string): Promise<ParseCache> {
  let handle: FileHandle;
  try {
    handle = await open(file, "r");
  } catch {
    return new ParseCache();
  }
  try {
    const frames = readFrames(handle);
    const first = await frames.next();
    const header = first.done ? undefined : (first.value as Header);
    if (header?.format !== FORMAT || header.code !== code || header.context === null) return new ParseCache();
    const entries: [string, Entry][] = [];
    for await (const frame of frames) entries.push(...(frame as [string, Entry][]));
    return ParseCache.restore(header.context, entries);
  } catch {
    // A truncated or foreign file: parse everything, the next save replaces it.
    return new ParseCache();
  } finally {
    await handle.close();
  }
}

/** {@link saveParseCache}, reporting a failure on stderr instead of throwing: the cache only saves time. */
export async function saveParseCacheOrReport(file: string, cache: ParseCache, code: string): Promise<void> {
  await saveParseCache(file, cache, code).catch((error: unknown) =>
    console.error(`Could not save the parse cache ${file}: ${String(error)}`),
  );
}

/** Write `cache` to `file` (through a temporary file, so a reader never sees half of it). */
export async function saveParseCache(file: string, cache: ParseCache, code: string): Promise<void> {
  const { context, entries } = cache.snapshot();
  await writeAtomically(file, async (temporary) => {
    const handle = await open(temporary, "w");
    try {
      await writeFrame(handle, { format: FORMAT, code, context } satisfies Header);
      let batch: [string, Entry][] = [];
      for (const entry of entries) {
        batch.push(entry);
        if (batch.length === FRAME_ENTRIES) {
          await writeFrame(handle, batch);
          batch = [];
        }
      }
      if (batch.length > 0) await writeFrame(handle, batch);
    } finally {
      await handle.close();
    }
  });
}

type Handle = Awaited<ReturnType<typeof open>>;

async function writeFrame(handle: Handle, value: unknown): Promise<void> {
  const body = serialize(value);
  const length = Buffer.alloc(4);
  length.writeUInt32LE(body.length);
  await handle.write(length);
  await handle.write(body);
}

async function* readFrames(handle: Handle): AsyncGenerator<unknown> {
  let position = 0;
  const length = Buffer.alloc(4);
  for (;;) {
    const { bytesRead } = await handle.read(length, 0, 4, position);
    if (bytesRead === 0) return;
    if (bytesRead < 4) throw new Error("truncated frame header");
    const size = length.readUInt32LE(0);
    const body = Buffer.alloc(size);
    if ((await handle.read(body, 0, size, position + 4)).bytesRead < size) throw new Error("truncated frame");
    position += 4 + size;
    yield deserialize(body);
  }
}

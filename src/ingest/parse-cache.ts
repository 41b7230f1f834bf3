import path from "node:path";
import { readArticleBytesSync } from "../load/read-file";
import { fileStamp, joinStamps, type FileStamp } from "../load/file-stamp";
import { sidecarPathOf } from "../parse/sidecar";
import { bytesSha1, dateWindow, type ParseContext } from "./parse-article";
import { savedPageHash } from "./parse-page";
import { formatOf, isWarcFile } from "../load/list-files";
import { warcFileSha1 } from "./parse-warc";
import { parseFiles, type FileOutcome } from "./parse-pool";

/** What {@link ParseCache.outcomes} gave. */
export interface CachedOutcomes {
  /** One per requested file, in the same order. */
  readonly outcomes: FileOutcome[];
  /** The files read and parsed afresh (new, or their bytes changed), in the requested order. */
  readonly parsed: string[];
  /** The cached files read to compare their bytes (their stamp changed or was not trusted), in the requested order. */
  readonly hashed: string[];
}

export interface Entry {
  /** SHA-1 of the file's bytes when it was parsed. */
  readonly hash: string;
  readonly outcome: FileOutcome;
  /**
   * The file's stamp (`FileStamp.key`) taken before its bytes were last read, or null when that
   * stamp was racy: the bytes are then compared again on the next rebuild.
   */
  readonly stamp: string | null;
}

/** What a {@link ParseCache} is given besides its entries. */
export interface ParseCacheOptions {
  /** The time stamps are taken at, in ms since the epoch (default `Date.now`); tests move it. */
  readonly clock?: () => number;
}

/**
 * What each article file gave when it was last read and parsed, keyed by its path (the record
 * and the diagnostics name the file) and the SHA-1 of its bytes, so a rebuild parses only the
 * files whose content changed. Parsing goes through the build's own `parseFiles`, so a cached
 * outcome is exactly what a full build would get for the same bytes.
 *
 * Each entry also keeps the file's stamp (size, times, inode; see `fileStamp`), so a rebuild
 * reads only the files whose stamp changed: a file whose bytes are the same (a `touch`, a fresh
 * checkout) is hashed once and its new stamp kept; only one whose bytes differ is parsed.
 *
 * Everything is parsed again when the parse context changes: the taxonomy, the settings parsing
 * reads (`ParseSettings`), or the latest plausible date (the day after a midnight).
 */
export class ParseCache {
  readonly #entries = new Map<string, Entry>();
  readonly #clock: () => number;
  #context: string | null = null;

  constructor(options: ParseCacheOptions = {}) {
    this.#clock = options.clock ?? Date.now;
  }

  /** A cache holding `entries` parsed under the context `context` (see {@link snapshot}). */
  static restore(context: string, entries: Iterable<readonly [string, Entry]>, options: ParseCacheOptions = {}): ParseCache {
    const cache = new ParseCache(options);
    cache.#context = context;
    for (const [file, entry] of entries) cache.#entries.set(file, entry);
    return cache;
  }

  /** The parse context and every cached file's hash, stamp and outcome, e.g. to keep them on disk. */
  snapshot(): { readonly context: string | null; readonly entries: ReadonlyMap<string, Entry> } {
    return { context: this.#context, entries: this.#entries };
  }

  /**
   * One outcome per file of `files`, parsing only the files that are not cached yet or whose
   * bytes differ from the cached ones. Files no longer listed are forgotten.
   * @param root project root; `files` are relative to it
   * @param mayHaveChanged whether a cached file may have changed (the dev server passes the paths
   *   its watcher reported); other cached files are taken as they are. One that may have is
   *   stamped, and read to compare its bytes only when its stamp differs from the cached one.
   * @example await cache.outcomes(root, listing.articles, ctx, (f) => changed.has(f))
   */
  async outcomes(
    root: string,
    files: readonly string[],
    ctx: ParseContext,
    mayHaveChanged: (file: string) => boolean,
  ): Promise<CachedOutcomes> {
    const context = contextKey(ctx);
    if (context !== this.#context) {
      this.#entries.clear();
      this.#context = context;
    }
    const listed = new Set(files);
    for (const file of this.#entries.keys()) if (!listed.has(file)) this.#entries.delete(file);

    // Read once, before any stat: every stamp is then judged against a time no later than its own.
    const takenAt = this.#clock();
    const stamps = new Map<string, FileStamp>();
    const hashed: string[] = [];
    // A file not cached yet is parsed without being hashed first: its outcome carries the
    // hash of the bytes the parser read. A cached one is read here to compare its bytes.
    const parsed: string[] = [];
    for (const file of files) {
      const entry = this.#entries.get(file);
      if (entry !== undefined && !mayHaveChanged(file)) continue;
      // Stamped before any read: an edit after the stamp leaves a stale stamp, which costs a hash next time, never a missed change.
      const stamp = stampOf(root, file, takenAt);
      stamps.set(file, stamp);
      if (entry !== undefined) {
        if (entry.stamp !== null && !stamp.racy && stamp.key === entry.stamp) continue;
        hashed.push(file);
        if (contentHash(root, file, ctx) === entry.hash) {
          this.#entries.set(file, { ...entry, stamp: trusted(stamp) });
          continue;
        }
      }
      parsed.push(file);
    }
    const fresh = new Map<string, FileOutcome>();
    (await parseFiles(root, parsed, ctx)).forEach((outcome, i) => {
      const file = parsed[i] as string;
      fresh.set(file, outcome);
      // Unreadable files are not cached: they are read again on every rebuild until fixed.
      if (outcome.sha1 === null) this.#entries.delete(file);
      else this.#entries.set(file, { hash: outcome.sha1, outcome, stamp: trusted(stamps.get(file) as FileStamp) });
    });
    const outcomes = files.map((file) => fresh.get(file) ?? (this.#entries.get(file) as Entry).outcome);
    return { outcomes, parsed, hashed };
  }
}

/** The key to keep for `stamp`: none for a racy one, so the bytes are compared next time. */
function trusted(stamp: FileStamp): string | null {
  return stamp.racy ? null : stamp.key;
}

/** The stamp of everything {@link contentHash} reads: a saved page's with its sidecar's, a whole archive's. */
function stampOf(root: string, file: string, takenAt: number): FileStamp {
  const abs = path.join(root, file);
  const own = fileStamp(abs, takenAt);
  return formatOf(file) === "html" ? joinStamps([own, fileStamp(sidecarPathOf(abs), takenAt)]) : own;
}

/** SHA-1 of a file's bytes as the parser would read them (a saved page's with its sidecar's); null when it would read none. */
function contentHash(root: string, file: string, ctx: ParseContext): string | null {
  if (formatOf(file) === "html") return savedPageHash(root, file, ctx);
  // A whole archive is one entry: a changed byte parses all its pages again.
  if (isWarcFile(file)) return warcFileSha1(path.join(root, file));
  const read = readArticleBytesSync(path.join(root, file), file, ctx.settings);
  return read.bytes === null ? null : bytesSha1(read.bytes);
}

/** Everything besides a file's bytes that its outcome depends on. */
function contextKey(ctx: ParseContext): string {
  // The fields of `ParseSettings` one by one: the object passed is often the whole settings.
  const { contentDir, minDate, futureGraceDays, maxFileBytes } = ctx.settings;
  return JSON.stringify([ctx.topics, { contentDir, minDate, futureGraceDays, maxFileBytes }, dateWindow(ctx.settings, ctx.now).maxDate]);
}

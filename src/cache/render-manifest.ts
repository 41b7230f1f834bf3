import { createHash } from "node:crypto";
import { lstatSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { deserialize, serialize } from "node:v8";
import type { SiteFingerprints } from "../site/site-pages";
import { writeAtomically } from "../util/atomic-write";
import { DEFAULT_CACHE_DIR, hashProjectFiles } from "./code-fingerprint";

/**
 * What a build rendered into its output folder: each page's fingerprint (see
 * `siteFingerprints`) and the files written for it, each with its size and modification time
 * as written. Kept beside the parse cache, so the next build into the same folder renders only
 * the pages whose fingerprint changed and keeps the others' files (Eleventy's stage is the
 * longest of a rebuild, and most of its pages are unchanged; measurements: docs/performance.md,
 * 'Render manifest').
 *
 * A page is kept only when everything its bytes depend on is the same: the same code (every
 * file under `src/`, the lockfile and Node's version), templates and Eleventy configuration
 * (the manifest's key), the same site-wide fields and view (the fingerprints), and its files
 * still as that build left them (size and modification time, so a file changed or deleted
 * since is written again). A missing, foreign or unreadable manifest means rendering every page.
 */
export interface RenderManifest {
  /** Hash of the code, templates and output folder the pages were rendered with. */
  readonly key: string;
  /** Fingerprint of the site-wide fields. */
  readonly frame: string;
  /** Page URL → its fingerprint and files. */
  readonly pages: ReadonlyMap<string, RenderedPage>;
}

export interface RenderedPage {
  readonly fingerprint: string;
  readonly files: readonly FileStamp[];
}

/** A file as a build left it: path relative to the output folder (`/` separators), size, modification time. */
export interface FileStamp {
  readonly path: string;
  readonly size: number;
  /** Nanoseconds, as a decimal string. */
  readonly mtime: string;
}

const FORMAT = 1;

/** The manifest file for the output folder `outDir` in `dir`. */
export function renderManifestPath(outDir: string, dir: string = DEFAULT_CACHE_DIR): string {
  return join(dir, `pages-${createHash("sha1").update(outDir).digest("hex").slice(0, 16)}.bin`);
}

/**
 * The key a manifest must carry to be used: the code fingerprint (see `codeFingerprint`), every
 * file of `templates/`, the Eleventy configuration, the output folder, and the part of the site
 * built (`part`, a shard build's `k/n`; "" for the whole site), so a build never takes over the
 * list of pages another part wrote.
 */
export async function renderKey(code: string, outDir: string, part = ""): Promise<string> {
  const hash = createHash("sha256").update(code).update("\0").update(outDir).update("\0").update(part).update("\0");
  await hashProjectFiles(hash, "templates", [".eleventy.ts"]);
  return hash.digest("hex");
}

/** The manifest saved at `file` with the key `key`, or null (none, another key, or unreadable). */
export async function loadRenderManifest(file: string, key: string): Promise<RenderManifest | null> {
  try {
    const saved = deserialize(await readFile(file)) as { format?: unknown; manifest?: RenderManifest };
    return saved.format === FORMAT && saved.manifest?.key === key && saved.manifest.pages instanceof Map ? saved.manifest : null;
  } catch {
    return null;
  }
}

/** Save `manifest` at `file` (through a temporary file, so a reader never sees half of it). */
export async function saveRenderManifest(file: string, manifest: RenderManifest): Promise<void> {
  await writeAtomically(file, (temporary) => writeFile(temporary, serialize({ format: FORMAT, manifest })));
}

/**
 * The pages of the previous build that can stay as they are: same frame, same fingerprint,
 * and every file of the page still as that build left it. A build that failed halfway leaves
 * the previous manifest in place: what it wrote or deleted no longer matches its stamps.
 * @returns page URL → its files, for the pages to keep.
 */
export function pagesToKeep(previous: RenderManifest | null, next: SiteFingerprints, out: string): Map<string, readonly FileStamp[]> {
  const keep = new Map<string, readonly FileStamp[]>();
  if (previous === null || previous.frame !== next.frame) return keep;
  for (const [url, fingerprint] of next.pages) {
    const page = previous.pages.get(url);
    if (page !== undefined && page.fingerprint === fingerprint && page.files.every((f) => sameStamp(stampOf(out, f.path), f)))
      keep.set(url, page.files);
  }
  return keep;
}

/** `path` under `out` as it is now, or null when it is not a regular file (a link is never kept). */
export function stampOf(out: string, path: string): FileStamp | null {
  const stat = lstatSync(join(out, path), { bigint: true, throwIfNoEntry: false });
  return stat === undefined || !stat.isFile() ? null : { path, size: Number(stat.size), mtime: String(stat.mtimeNs) };
}

function sameStamp(a: FileStamp | null, b: FileStamp): boolean {
  return a !== null && a.size === b.size && a.mtime === b.mtime;
}

/**
 * The manifest of a build that kept the pages `kept` and wrote the files `written` (stamped now).
 * A page written with no fingerprint is left out (it is rendered again next time).
 */
export function manifestAfter(
  key: string,
  prints: SiteFingerprints,
  kept: ReadonlyMap<string, readonly FileStamp[]>,
  written: readonly { readonly url: string; readonly file: string }[],
  out: string,
): RenderManifest {
  const pages = new Map<string, RenderedPage>();
  for (const [url, files] of kept) pages.set(url, { fingerprint: prints.pages.get(url) as string, files });
  const filesOf = new Map<string, string[]>();
  for (const { url, file } of written) filesOf.set(url, [...(filesOf.get(url) ?? []), file]);
  for (const [url, files] of filesOf) {
    const fingerprint = prints.pages.get(url);
    const stamps = files.map((file) => stampOf(out, file));
    if (fingerprint !== undefined && stamps.every((s) => s !== null)) pages.set(url, { fingerprint, files: stamps as FileStamp[] });
  }
  return { key, frame: prints.frame, pages };
}

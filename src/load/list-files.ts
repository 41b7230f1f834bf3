import { readdir } from "node:fs/promises";
import { lstatSync, type Dirent } from "node:fs";
import path from "node:path";
import type { Diagnostic } from "../types";
import { report } from "../diagnostics/messages";
import { byCodeUnits } from "../util/compare";
import { generatorFileReason } from "./generator-files";

/** Article file extensions and the format each one means. */
// `.markdown` is Jekyll's default name for Markdown posts.
export const ARTICLE_EXTENSIONS = {
  ".txt": "text",
  ".md": "markdown",
  ".markdown": "markdown",
  ".html": "html",
  ".htm": "html",
} as const satisfies Record<string, "text" | "markdown" | "html">;

/** Web archive file names: each such file holds many pages, each read as an article (docs/warc.md). */
export const WARC_SUFFIXES = [".warc", ".warc.gz"] as const;

/**
 * Whether `file` names a web archive (`.warc`, `.warc.gz`).
 * @example isWarcFile("content/articles/crawl.warc.gz") //=> true
 */
export function isWarcFile(file: string): boolean {
  return WARC_SUFFIXES.some((suffix) => file.endsWith(suffix));
}

/**
 * The `file` of a record read from a web archive: the archive's path, `#`, the record's id.
 * Stable across builds and unique in the archive, so slugs, diagnostics and caches keyed by
 * `file` tell the archive's pages apart.
 * @example warcRecordFile("content/articles/a.warc.gz", "urn:uuid:1") //=> "content/articles/a.warc.gz#urn:uuid:1"
 */
export function warcRecordFile(warc: string, recordId: string): string {
  return `${warc}#${recordId}`;
}

/**
 * The content file a record's or a diagnostic's `file` names: the web archive for a page of
 * one ({@link warcRecordFile}), else `file` itself.
 * @example containerFile("content/articles/a.warc#urn:uuid:1") //=> "content/articles/a.warc"
 */
export function containerFile(file: string): string {
  for (const suffix of WARC_SUFFIXES) {
    const at = file.indexOf(`${suffix}#`);
    if (at > 0) return file.slice(0, at + suffix.length);
  }
  return file;
}

/** A saved page's sidecar (`NAME.yml` beside `NAME.html`): read with the page, never an article. */
export const SIDECAR_EXTENSION = ".yml";

// Names editors and operating systems leave behind. They are reported, never silently skipped.
const TEMP_FILE_PATTERNS: readonly RegExp[] = [/\.sw[a-p]$/, /~$/, /^\.DS_Store$/, /^Thumbs\.db$/i, /^#.*#$/];

/** What {@link listArticleFiles} found. */
export interface FileListing {
  /** Every regular file and link seen, relative to `root`, POSIX separators, code-unit sorted. */
  readonly seen: string[];
  /** Files to read as articles (a subset of `seen`). */
  readonly articles: string[];
  readonly diagnostics: Diagnostic[];
}

/**
 * List the article files under `dir` recursively. Entry types are read without following
 * links, so a symbolic link is refused (it could point outside the content folder), never
 * followed. Order is code-unit order of
 * the relative path, not `localeCompare`, so every machine lists the same sequence.
 * @param root project root; paths in the result are relative to it
 * @param dir folder to scan, relative to `root` (e.g. `content/articles`)
 */
export async function listArticleFiles(root: string, dir: string): Promise<FileListing> {
  const seen: string[] = [];
  const articles: string[] = [];
  const diagnostics: Diagnostic[] = [];

  const walk = async (relDir: string): Promise<void> => {
    let entries: Dirent[];
    try {
      // The entry types come with the listing (Node falls back to lstat where the file system
      // does not report them): an awaited lstat per file would add a thread-pool round trip for
      // each (measurements: docs/performance.md, 'Entry types from the listing').
      entries = await readdir(path.join(root, relDir), { withFileTypes: true });
    } catch (error) {
      diagnostics.push(report("read-failed", relDir, `The folder could not be listed (${errorCode(error)}).`));
      return;
    }
    entries.sort((a, b) => byCodeUnits(a.name, b.name));
    const names = new Set(entries.map((e) => e.name));
    for (const entry of entries) {
      const name = entry.name;
      const rel = path.posix.join(relDir.split(path.sep).join("/"), name);
      if (entry.isDirectory()) {
        if (isHidden(name)) {
          seen.push(rel);
          diagnostics.push(report("hidden-file-skipped", rel, `Hidden folder \`${name}\` was not read.`));
          continue;
        }
        await walk(rel);
        continue;
      }
      seen.push(rel);
      const notArticle = entry.isFile() ? generatorFileReason(name, path.basename(relDir), names) : null;
      if (entry.isSymbolicLink()) {
        diagnostics.push(report("symlink-refused", rel, `\`${name}\` is a symbolic link; links are never followed.`));
      } else if (!entry.isFile()) {
        diagnostics.push(report("unsupported-extension", rel, `\`${name}\` is not a regular file.`));
      } else if (isHidden(name) || TEMP_FILE_PATTERNS.some((p) => p.test(name))) {
        diagnostics.push(report("hidden-file-skipped", rel, `\`${name}\` looks like a hidden or temporary file and was not read.`));
      } else if (notArticle !== null) {
        diagnostics.push(report("file-not-article", rel, `\`${name}\` is ${notArticle}; it is not an article and is not published.`));
      } else if (path.extname(name) === SIDECAR_EXTENSION) {
        // A saved page's sidecar is read with its page; alone, it is nobody's.
        const base = name.slice(0, -SIDECAR_EXTENSION.length);
        if (!names.has(`${base}.html`) && !names.has(`${base}.htm`)) {
          diagnostics.push(
            report("sidecar-without-page", rel, `\`${name}\` has no saved page \`${base}.html\` beside it, so nothing uses it.`),
          );
        }
      } else if (isWarcFile(name)) {
        articles.push(rel);
      } else if (!(path.extname(name) in ARTICLE_EXTENSIONS)) {
        const ext = path.extname(name) || "(none)";
        diagnostics.push(report("unsupported-extension", rel, `Extension \`${ext}\` is not an article format.`));
      } else {
        articles.push(rel);
      }
    }
  };

  const link = linkOnPath(root, dir);
  if (link === null) await walk(dir);
  else
    diagnostics.push(
      report("symlink-refused", link, `\`${link}\` is a symbolic link; content is read only from real folders, links are never followed.`),
    );
  seen.sort(byCodeUnits);
  articles.sort(byCodeUnits);
  return { seen, articles, diagnostics };
}

/**
 * The first part of `rel` (a path below `root`, `/` separators) that is a symbolic link, as a
 * path relative to `root`, or null when there is none. Content is read only through real
 * folders: a link to a folder outside would publish whatever it points to.
 * @example linkOnPath("/p", "content/articles") //=> "content" when content/ is a link
 */
export function linkOnPath(root: string, rel: string): string | null {
  const parts = rel.split("/").filter((part) => part !== "" && part !== ".");
  for (let i = 1; i <= parts.length; i++) {
    const prefix = parts.slice(0, i).join("/");
    try {
      if (lstatSync(path.join(root, prefix)).isSymbolicLink()) return prefix;
    } catch {
      // Missing: the listing reports it.
      return null;
    }
  }
  return null;
}

/** The format a file name implies, or null for an unsupported extension. */
export function formatOf(file: string): "text" | "markdown" | "html" | null {
  const ext = path.extname(file);
  return ext in ARTICLE_EXTENSIONS ? ARTICLE_EXTENSIONS[ext as keyof typeof ARTICLE_EXTENSIONS] : null;
}

function isHidden(name: string): boolean {
  return name.startsWith(".");
}

/** The `code` of a Node file-system error (e.g. `ENOENT`), for messages. */
export function errorCode(error: unknown): string {
  return error instanceof Error && "code" in error ? String(error.code) : String(error);
}

import { realpath } from "node:fs/promises";
import { isAbsolute, resolve } from "node:path";
import { containerFile, isWarcFile, SIDECAR_EXTENSION } from "../load/list-files";
import type { SiteData } from "../site/site-data";
import { articleUrl, outputFileFor } from "../site/urls";
import type { ArticleRecord, Diagnostic } from "../types";
import { OUTPUT_MARKER } from "../output/output-guard";
import { byCodeUnits } from "../util/compare";
import { listTree } from "../util/file-tree";

/**
 * Post-build checks on the written site, run by `npm run build` after Eleventy has written it:
 *
 * - every page the site data promises was written, and nothing else was (a stray or stale
 *   file, e.g. a page of a deleted article, would stay published forever);
 * - every content file ended up as exactly one article page, or with a diagnostic saying why
 *   not (never silently dropped);
 * - every output path lies inside the output folder (no `..`, no symbolic links out).
 *
 * Every check returns messages rather than throwing, so the build reports all of them at once.
 */

/** What ingestion made of the content folder (a subset of `IngestResult`). */
export interface IngestSummary {
  /** Every file seen under `content/articles/`. */
  readonly files: readonly string[];
  /** The records the site was built from. */
  readonly records: readonly Pick<ArticleRecord, "file" | "slug">[];
  readonly diagnostics: readonly Pick<Diagnostic, "file" | "severity">[];
}

/** Optional context for {@link verifySite}. */
export interface VerifyContext {
  /** When given, every content file must map to one article page or a diagnostic. */
  readonly ingest?: IngestSummary | undefined;
  /** Files copied as they are (passthrough assets), relative to the output folder. */
  readonly assets?: readonly string[] | undefined;
  /**
   * Folders written as a whole by a tool after Eleventy (the search index): their file names
   * are content hashes no page data can predict, so any file inside them is expected.
   */
  readonly generatedDirs?: readonly string[] | undefined;
  /**
   * Only the pages whose URL it accepts belong in the folder (a shard build's part, see
   * `src/site/shard.ts`): the others' files are neither expected nor allowed. Default: every page.
   */
  readonly part?: ((url: string) => boolean) | undefined;
}

/**
 * Every site path the data promises: the `url` of each view in every list of `site.views`
 * (whatever page kinds the site grows, each page is one view with a `url`, a site path without
 * the path prefix). The stylesheet and other static files are passthrough assets.
 */
export function expectedUrls(data: SiteData): string[] {
  return Object.values(data.views).flatMap((list: readonly { readonly url: string }[]) => list.map((view) => view.url));
}

/**
 * Compare what was written with what the data promises.
 * @param written files relative to the output folder, as from {@link inspectOutput}
 * @returns one message per problem; empty when the site is exactly as promised
 * @example verifySite(data, listFileTree("_site"), { ingest: result }) //=> []
 */
export function verifySite(data: SiteData, written: readonly string[], context: VerifyContext = {}): string[] {
  const present = new Set(written);
  const { part } = context;
  const urls = part === undefined ? expectedUrls(data) : expectedUrls(data).filter(part);
  const expected = new Set([...urls.map(outputFileFor), ...(context.assets ?? [])]);
  // Every build writes its marker (see `output-guard.ts`); a folder written otherwise may lack it.
  expected.delete(OUTPUT_MARKER);
  if (present.has(OUTPUT_MARKER)) expected.add(OUTPUT_MARKER);
  const generated = (context.generatedDirs ?? []).map((dir) => `${dir.replace(/\/+$/, "")}/`);
  const problems: string[] = [];
  for (const file of expected) {
    if (!present.has(file)) problems.push(`Expected page was not written: ${file}`);
  }
  for (const file of written) {
    if (isOutside(file)) problems.push(`Output path leaves the output folder: ${file}`);
    else if (!expected.has(file) && !generated.some((dir) => file.startsWith(dir)))
      problems.push(`Unexpected file in the output (stale or stray, made by no page): ${file}`);
  }
  // concat, not push(...): one argument per problem would overflow the stack on a large archive.
  return context.ingest ? problems.concat(verifyContentMapping(context.ingest, present, part)) : problems;
}

/** Whether `file` is a sidecar `NAME.yml` with its saved page `NAME.html` / `NAME.htm` among `seen`. */
function isSidecarOf(file: string, seen: ReadonlySet<string>): boolean {
  if (!file.endsWith(SIDECAR_EXTENSION)) return false;
  const base = file.slice(0, -SIDECAR_EXTENSION.length);
  return seen.has(`${base}.html`) || seen.has(`${base}.htm`);
}

/**
 * Every content file maps to exactly one written article page, or has at least one
 * diagnostic saying why it was not published; no two files share a page.
 * @param present files written, relative to the output folder
 * @param part the URLs of the pages this folder holds (see {@link VerifyContext.part}): an article
 *   page outside it is written by another shard, so its absence here is no problem. Default: every page.
 */
export function verifyContentMapping(
  ingest: IngestSummary,
  present: ReadonlySet<string>,
  part: (url: string) => boolean = () => true,
): string[] {
  const problems: string[] = [];
  const recordsByFile = new Map<string, string[]>();
  const filesByPage = new Map<string, string[]>();
  const elsewhere = new Set<string>();
  for (const r of ingest.records) {
    const url = articleUrl(r.slug);
    const page = outputFileFor(url);
    if (!part(url)) elsewhere.add(page);
    // A web archive's pages are named `ARCHIVE#RECORD-ID`: the archive is the content file.
    const file = containerFile(r.file);
    recordsByFile.set(file, [...(recordsByFile.get(file) ?? []), page]);
    filesByPage.set(page, [...(filesByPage.get(page) ?? []), r.file]);
  }
  const reported = new Map<string, Set<string>>();
  for (const d of ingest.diagnostics) reported.set(d.file, (reported.get(d.file) ?? new Set()).add(d.severity));
  // Whether anything was said about a content file, a web archive's pages included.
  const explained = new Set(ingest.diagnostics.map((d) => containerFile(d.file)));
  const seen = new Set(ingest.files);

  for (const file of ingest.files) {
    // A sidecar is published as part of its saved page, which is checked itself.
    if (isSidecarOf(file, seen)) continue;
    const pages = recordsByFile.get(file) ?? [];
    if (pages.length === 0 && !explained.has(file)) problems.push(`${file} became no page and no diagnostic says why`);
    if (pages.length > 1 && !isWarcFile(file)) problems.push(`${file} became ${pages.length} article pages: ${pages.join(", ")}`);
    for (const page of pages)
      if (!present.has(page) && !elsewhere.has(page)) problems.push(`No article page was written for ${file} (expected ${page})`);
  }
  for (const r of ingest.records) if (reported.get(r.file)?.has("error")) problems.push(`${r.file} was published despite an error`);
  for (const file of recordsByFile.keys()) {
    if (!seen.has(file)) problems.push(`${file} was published but is not in the content folder`);
  }
  for (const [page, files] of filesByPage) {
    if (files.length > 1) problems.push(`${files.join(" and ")} all map to ${page}`);
  }
  return problems;
}

function isOutside(file: string): boolean {
  return file === "" || isAbsolute(file) || file.split(/[\\/]/).includes("..");
}

/**
 * List the output folder for verification: regular files as paths relative to it (with `/`),
 * sorted; anything else (a symbolic link, a socket) or anything resolving outside the folder
 * as a problem.
 */
export async function inspectOutput(dir: string): Promise<{ files: string[]; problems: string[] }> {
  const root = await realpath(resolve(dir));
  const files: string[] = [];
  const problems: string[] = [];
  for (const entry of listTree(root)) {
    if (entry.kind === "folder") continue;
    if (entry.kind !== "file") {
      const kind = entry.kind === "link" ? "symbolic link" : "special file";
      problems.push(`Output path is a ${kind}, which may point outside the output folder: ${entry.path}`);
      continue;
    }
    // The listing does not follow links and every link is reported above, so a regular file
    // found here lies inside the folder: no need to resolve each of tens of thousands of paths.
    files.push(entry.path);
  }
  files.sort(byCodeUnits);
  return { files, problems };
}

/** Where passthrough assets come from and go, and which folders tools write after Eleventy. */
export interface OutputLayout {
  /** The passthrough asset folder and where it is copied, e.g. templates/assets → assets. */
  readonly assets: { readonly from: string; readonly to: string };
  readonly generatedDirs?: readonly string[] | undefined;
  /** The part of the site the folder holds (see {@link VerifyContext.part}); default the whole site. */
  readonly part?: ((url: string) => boolean) | undefined;
}

/**
 * The whole post-build verification of an output folder.
 * @returns every problem found (empty when the site is exactly as promised), and every regular
 *   file in the folder, sorted (the build's summary counts them: one listing serves both)
 */
export async function verifyOutputFolder(
  data: SiteData,
  outDir: string,
  ingest: IngestSummary,
  layout: OutputLayout,
): Promise<{ problems: string[]; files: string[] }> {
  const output = await inspectOutput(outDir);
  const assets = (await inspectOutput(layout.assets.from)).files.map((f) => `${layout.assets.to}/${f}`);
  return {
    problems: [
      ...output.problems,
      ...verifySite(data, output.files, { ingest, assets, generatedDirs: layout.generatedDirs, part: layout.part }),
    ],
    files: output.files,
  };
}

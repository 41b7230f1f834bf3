/**
 * `npm run new -- URL`: fetch a page and add it as `content/articles/<headline-slug>.html` with a
 * pre-filled sidecar, then print what the article will show (see `new.ts` for the options).
 */
import { readFileSync } from "node:fs";
import { rm, writeFile } from "node:fs/promises";
import { join, posix } from "node:path";
import { TextDecoder as WhatwgDecoder } from "@exodus/bytes/encoding.js";
import { formatDiagnostic } from "../diagnostics/messages";
import { PROJECT_ROOT } from "../config/project-root";
import type { ArchiveSettings } from "../config/settings";
import { normaliseText } from "../load/normalise";
import { errorCode } from "../load/list-files";
import { pageText, parseSavedPageAt, parseSavedPageText } from "../ingest/parse-page";
import { fetchPage, FetchProblem, type FetchedPage } from "../tools/fetch-page";
import { fetchedPageName, fetchedSidecar, httpOnlyCharset } from "../tools/editor/fetched-page";
import { formatFieldSummary, summariseFields } from "../tools/editor/field-summary";
import type { ExtractContext } from "../tools/extract-output";
import { sidecarPathOf } from "../parse/sidecar";

/** What `new` needs to add a page from an address. */
export interface FromUrlOptions {
  readonly root: string;
  readonly timeoutSeconds: number;
  /** A file name chosen by the editor (already checked), or null for the headline's slug. */
  readonly name: string | null;
  readonly settings: ArchiveSettings;
  readonly ctx: ExtractContext;
}

// Redirect chains longer than this are loops or trackers, not a page moving house.
const MAX_REDIRECTS = 10;

/** The User-Agent header: the tool's name and version, so a site's owner can tell who asked. */
function userAgent(): string {
  const { name, version } = JSON.parse(readFileSync(join(PROJECT_ROOT, "package.json"), "utf8")) as { name: string; version: string };
  return `${name}/${version} (+archival fetch)`;
}

/** The page's text for pre-filling: the HTTP charset when the page declares none, as a browser reads it. */
function textForFields(file: string, page: FetchedPage): string {
  const charset = httpOnlyCharset(page);
  return charset === null ? pageText(file, page.bytes).text : normaliseText(new WhatwgDecoder(charset).decode(page.bytes));
}

/**
 * Fetch `url` and add it as a draft saved page with its sidecar.
 * @returns the exit status: 0 added, 1 not added (the reason printed)
 */
export async function newFromUrl(url: string, opts: FromUrlOptions): Promise<number> {
  let page: FetchedPage;
  try {
    page = await fetchPage(url, {
      timeoutMs: opts.timeoutSeconds * 1000,
      maxBytes: opts.settings.maxFileBytes,
      maxRedirects: MAX_REDIRECTS,
      userAgent: userAgent(),
    });
  } catch (error) {
    if (!(error instanceof FetchProblem)) throw error;
    console.error(`Nothing was added: ${error.message}.`);
    return 1;
  }
  const parseCtx = { topics: opts.ctx.topics, settings: opts.settings, now: opts.ctx.now };
  const found = parseSavedPageText(page.finalUrl, textForFields(page.finalUrl, page), null, parseCtx);
  if (found.record === null) {
    for (const d of found.diagnostics) console.error(formatDiagnostic(d));
    console.error("\nNothing was added: the page gave no article.");
    return 1;
  }
  const file = posix.join(opts.settings.contentDir, "articles", opts.name ?? fetchedPageName(found.record.headline, page.finalUrl));
  const sidecar = sidecarPathOf(file);
  const written = await writeNew(join(opts.root, file), page.bytes);
  if (written) {
    const canonical = found.record.canonical?.value ?? null;
    if (!(await writeNew(join(opts.root, sidecar), fetchedSidecar(found.record, page, canonical)))) {
      // A page without its sidecar would publish unconfirmed values: both or neither.
      await rm(join(opts.root, file));
    } else {
      return report(file, sidecar, page, opts);
    }
  }
  console.error(
    `${written ? sidecar : file} already exists and was left unchanged. Is it the same article? If not, choose another name with --name.`,
  );
  return 1;
}

/** Write a file that must not exist yet; false when it does. */
async function writeNew(abs: string, content: Uint8Array | string): Promise<boolean> {
  try {
    // `wx` fails instead of replacing: an editor's earlier file is never overwritten.
    await writeFile(abs, content, { flag: "wx" });
    return true;
  } catch (error) {
    if (errorCode(error) !== "EEXIST") throw error;
    return false;
  }
}

function report(file: string, sidecar: string, page: FetchedPage, opts: FromUrlOptions): number {
  const added = parseSavedPageAt(join(opts.root, file), file, { topics: opts.ctx.topics, settings: opts.settings, now: opts.ctx.now });
  const via =
    page.redirects.length > 0
      ? ` (after ${page.redirects.length} redirect${page.redirects.length > 1 ? "s" : ""}, from ${page.finalUrl})`
      : "";
  console.log(`Added ${file} as a draft, fetched${via}, with ${sidecar}.\n`);
  const record = added.parsed?.record ?? null;
  if (record !== null) console.log(formatFieldSummary(file, summariseFields(record)));
  for (const d of [...added.readDiagnostics, ...(added.parsed?.diagnostics ?? [])]) console.log(formatDiagnostic(d));
  const charset = httpOnlyCharset(page);
  if (charset !== null) {
    console.log(
      `\nThe page declares no charset; the server sent it as ${charset}. The saved bytes are kept as sent and are ` +
        "read as UTF-8: the sidecar's values were read as the server said, check the body in the preview.",
    );
  }
  console.log(
    `\nNext: open ${sidecar}, confirm or correct the values, preview with \`npm start\`, ` +
      "run `npm run check`, and delete `draft: true` to publish.",
  );
  return 0;
}

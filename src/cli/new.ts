/**
 * `npm run new -- FILE|URL|- [--name NAME] [--root DIR] [--timeout SECONDS]`
 *
 * Adds the page text pasted into FILE (`-`: read from standard input, e.g.
 * `pbpaste | npm run new -- -`) as a new article in `content/articles/`: the file is
 * named after the headline, and a front-matter block pre-filled with what the extractor found
 * is put on top (unsure and unknown values as comments, `draft: true` until an editor has
 * confirmed them). Then prints what the article will show and any problem with it.
 * An existing file is never overwritten. A pasted file that already has front matter is copied
 * unchanged. Given an `http`/`https` URL instead of a FILE, the page is fetched and saved as
 * `NAME.html` with a pre-filled sidecar `NAME.yml` (`new-from-url.ts`).
 * Exit status: 0 when the article was added, 1 when it was not (unreadable input, broken front
 * matter, the name is taken, the page could not be fetched), 2 on a usage error.
 *
 *   --name NAME          file name to use instead of the headline's slug (`.txt`, for a URL `.html`, added when missing)
 *   --root DIR           project root holding the content folder (default: this project)
 *   --timeout SECONDS    time limit for fetching a URL (default: 20)
 */
import { readFile, writeFile } from "node:fs/promises";
import { basename, join, posix, resolve } from "node:path";
import { parseOptions } from "./parse-options";
import { formatDiagnostic } from "../diagnostics/messages";
import { formatFieldSummary, summariseFields } from "../tools/editor/field-summary";
import { articleFileName, newArticleText } from "../tools/editor/new-article";
import { buildNow } from "../config/environment";
import { PROJECT_ROOT } from "../config/project-root";
import { errorCode, formatOf } from "../load/list-files";
import { normaliseLineEnds } from "../load/normalise";
import { splitFrontMatter } from "../parse/front-matter";
import { loadTopics, readArticleFile } from "../ingest/ingest";
import type { ArchiveSettings } from "../config/settings";
import { loadSettings } from "../ingest/load-settings";
import { readArticleStream } from "../load/read-stream";
import { isFetchableUrl } from "../tools/fetch-page";
import { newFromUrl } from "./new-from-url";
import { runMain } from "./run-main";
import { displayPathOf, extractOutput, type ExtractContext } from "../tools/extract-output";

const USAGE = "usage: npm run new -- FILE|URL|- [--name NAME] [--root DIR] [--timeout SECONDS]";

/** What the new file's comment calls the text read from standard input. */
const STDIN = "standard input";
/** The name diagnostics give it: a `.txt` name, as the text is read as a raw text file. */
const STDIN_FILE = "stdin.txt";

/**
 * A plain file name: no folders, no leading dot, of the kind given (`.txt` or `.md` for text,
 * `.html` or `.htm` for a page), its usual extension added when missing.
 */
function checkedName(name: string, kind: "text" | "html"): string | null {
  const withExtension = /\.[A-Za-z0-9]+$/.test(name) ? name : `${name}.${kind === "html" ? "html" : "txt"}`;
  if (basename(withExtension) !== withExtension || withExtension.startsWith(".")) return null;
  const format = formatOf(withExtension);
  return format === null || (format === "html") !== (kind === "html") ? null : withExtension;
}

// `scheme:` of two letters or more: an address, not a path (`C:` is a Windows drive).
const LOOKS_LIKE_URL = /^[A-Za-z][A-Za-z0-9+.-]+:/;

async function main(): Promise<number> {
  const parsed = parseOptions(
    {
      options: { name: { type: "string" }, root: { type: "string", default: PROJECT_ROOT }, timeout: { type: "string", default: "20" } },
      allowPositionals: true,
      strict: true,
    },
    USAGE,
  );
  if (parsed === null) return 2;
  const [input, ...extra] = parsed.positionals;
  if (input === undefined || extra.length > 0) {
    console.error(USAGE);
    return 2;
  }
  const root = resolve(parsed.values.root);
  const loaded = loadSettings(root, { env: process.env, production: false });
  for (const d of loaded.diagnostics) console.error(formatDiagnostic(d));
  const { settings } = loaded;
  if (LOOKS_LIKE_URL.test(input)) return fromUrl(input, parsed.values, root, settings);

  // npm runs scripts from the project root; INIT_CWD is where the editor typed the command.
  const { abs, display } =
    input === "-" ? { abs: STDIN_FILE, display: STDIN_FILE } : displayPathOf(resolve(process.env["INIT_CWD"] ?? process.cwd(), input));
  const read = input === "-" ? await readArticleStream(process.stdin, display, settings) : await readArticleFile(abs, display, settings);
  for (const d of read.diagnostics) console.error(formatDiagnostic(d));
  if (read.text === null) return 1;
  const text = normaliseLineEnds(read.text);
  const split = splitFrontMatter(display, text);
  if (split.diagnostics.length > 0) {
    for (const d of split.diagnostics) console.error(formatDiagnostic(d));
    console.error("\nNothing was added: fix the front matter above, or remove it to have it pre-filled.");
    return 1;
  }

  const ctx: ExtractContext = { settings, now: buildNow(process.env), topics: (await loadTopics(root, settings)).topics };
  const found = extractOutput(display, text, ctx).output;
  const name = parsed.values.name === undefined ? articleFileName(found.headline, basename(abs)) : checkedName(parsed.values.name, "text");
  if (name === null) {
    console.error(`--name must be a plain file name ending in .txt or .md, got \`${parsed.values.name}\``);
    return 2;
  }
  const file = posix.join(settings.contentDir, "articles", name);
  const content = split.frontMatter === null ? newArticleText(found, text, input === "-" ? STDIN : basename(abs)) : text;
  try {
    // `wx` fails instead of replacing: an editor's earlier file is never overwritten.
    await writeFile(join(root, file), content, { flag: "wx" });
  } catch (error) {
    if (errorCode(error) !== "EEXIST") throw error;
    console.error(`${file} already exists and was left unchanged. Is it the same article? If not, choose another name with --name.`);
    return 1;
  }

  const added = extractOutput(file, await readFile(join(root, file), "utf8"), ctx);
  console.log(`Added ${file}${split.frontMatter === null ? " as a draft" : " (its own front matter kept)"}.\n`);
  console.log(formatFieldSummary(file, summariseFields(added.output)));
  for (const d of added.diagnostics) console.log(formatDiagnostic(d));
  console.log(
    `\nNext: open ${file}, confirm or correct the front matter, preview with \`npm start\`, ` +
      "run `npm run check`, and delete `draft: true` to publish.",
  );
  return 0;
}

/** The URL form: usage checked here (exit 2), the rest in `newFromUrl`. */
async function fromUrl(
  url: string,
  values: { name?: string | undefined; timeout: string },
  root: string,
  settings: ArchiveSettings,
): Promise<number> {
  const timeoutSeconds = Number(values.timeout);
  const name = values.name === undefined ? null : checkedName(values.name, "html");
  const problem = !isFetchableUrl(url)
    ? `only http and https addresses can be fetched, got \`${url}\``
    : !(timeoutSeconds > 0 && Number.isFinite(timeoutSeconds))
      ? `--timeout must be a number of seconds above 0, got \`${values.timeout}\``
      : name === null && values.name !== undefined
        ? `--name must be a plain file name ending in .html or .htm, got \`${values.name}\``
        : null;
  if (problem !== null) {
    console.error(`${problem}\n${USAGE}`);
    return 2;
  }
  const ctx: ExtractContext = { settings, now: buildNow(process.env), topics: (await loadTopics(root, settings)).topics };
  return newFromUrl(url, { root, timeoutSeconds, name, settings, ctx });
}

runMain(main);

import { CORE_SCHEMA, dump, load } from "js-yaml";
import { readYaml } from "../util/yaml-text";
import { z } from "zod";
import type { Diagnostic } from "../types";
import { report } from "../diagnostics/messages";
import { capRepeats } from "../diagnostics/repeats";
import { byCodeUnits } from "../util/compare";
import { sitePathProblem } from "../util/site-paths";

/**
 * The registry of published URLs, `content/urls.yml`: for each article file (its path inside
 * the content folder), every site path it has been published under, its current one first.
 * Read and written here; what it means for the site is decided in `src/ingest/permanent-urls.ts`.
 *
 * ```yaml
 * articles/2024/mayor.md:
 *   - /articles/mayor-resigns/
 *   - /articles/mayor-resings/
 * ```
 */

/** Name of the registry inside the content folder. */
export const URL_REGISTRY_FILE = "urls.yml";

/** One article's published URLs, as the registry lists them. */
export interface RegistryEntry {
  /** The article file's path inside the content folder (`articles/a.md`). */
  readonly file: string;
  /** Site paths, current first. */
  readonly urls: readonly string[];
  /** The line of the file's key (1-based), when found. */
  readonly line: number | undefined;
  /** The line of each URL, when found (the key's line for a list written on one line). */
  readonly urlLines: readonly (number | undefined)[];
}

/** A URL list: one path, or a list of them. */
const RegistrySchema = z.record(z.string(), z.union([z.string(), z.array(z.string()).min(1)]));

/**
 * Validate the text of a registry (pure). Every problem is a `url-registry-invalid` error with
 * its line; a registry with any problem gives no entries at all, so that nothing is written over
 * it and no URL is judged from half of it.
 * @param file the registry's path relative to the project root, for diagnostics.
 * @returns the entries in file order, or null with the problems.
 * @example parseUrlRegistry("content/urls.yml", "articles/a.md:\n  - /articles/a/\n").entries?.[0]?.urls //=> ["/articles/a/"]
 */
export function parseUrlRegistry(file: string, text: string): { entries: RegistryEntry[] | null; diagnostics: Diagnostic[] } {
  const yaml = readYaml(text);
  if (yaml.problem !== null)
    return {
      entries: null,
      diagnostics: [report("url-registry-invalid", file, `Invalid YAML: ${yaml.problem.reason}.`, yaml.problem.where)],
    };
  const data = yaml.data;
  const parsed = RegistrySchema.safeParse(data ?? {});
  const lines = registryLines(text);
  if (!parsed.success) {
    const diagnostics = parsed.error.issues.map((issue) => {
      const key = issue.path[0];
      const name = typeof key === "string" ? `\`${key}\`` : "the file";
      const message = `In ${name}: each key is an article file and its value a list of URL paths (${issue.message}).`;
      return report("url-registry-invalid", file, message, { line: typeof key === "string" ? lines.get(key)?.line : undefined });
    });
    return { entries: null, diagnostics: capRepeats(diagnostics) };
  }
  const entries: RegistryEntry[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const [key, value] of Object.entries(parsed.data)) {
    const urls = typeof value === "string" ? [value] : value;
    const found = lines.get(key);
    const urlLines = urls.map((url) => found?.urls.get(url) ?? found?.line);
    if (!key.startsWith("articles/") || key.split("/").some((s) => s === "" || s === "." || s === ".."))
      diagnostics.push(
        report("url-registry-invalid", file, `\`${key}\` is not an article file's path inside the content folder (\`articles/…\`).`, {
          line: found?.line,
        }),
      );
    urls.forEach((url, i) => {
      const problem = sitePathProblem(url);
      if (problem !== null)
        diagnostics.push(
          report("url-registry-invalid", file, `\`${url}\` (for \`${key}\`) is not a URL path: ${problem}.`, { line: urlLines[i] }),
        );
    });
    entries.push({ file: key, urls, line: found?.line, urlLines });
  }
  return diagnostics.length > 0 ? { entries: null, diagnostics: capRepeats(diagnostics) } : { entries, diagnostics };
}

/** The comment at the top of a written registry. */
const HEADER = [
  "# Every URL each article has been published under, its current one first. Old URLs redirect",
  "# to the current one. Written by `npm run build` and `npm start`; commit it with the articles.",
  "# Edit by hand to rename a file's key after moving the file (see docs/urls.md).",
].join("\n");

/**
 * The registry's text: the header, then the files in code-unit order, each with its URLs in the
 * order given. The same entries always give the same bytes.
 * @example serialiseUrlRegistry([{ file: "articles/a.md", urls: ["/articles/a/"] }]).endsWith("articles/a.md:\n  - /articles/a/\n") //=> true
 */
export function serialiseUrlRegistry(entries: readonly Pick<RegistryEntry, "file" | "urls">[]): string {
  const sorted = [...entries].sort((a, b) => byCodeUnits(a.file, b.file));
  const body = dump(Object.fromEntries(sorted.map((e) => [e.file, [...e.urls]])), { lineWidth: -1, noRefs: true, sortKeys: false });
  return `${HEADER}\n${sorted.length === 0 ? "" : body}`;
}

/**
 * Best-effort lines of each top-level key and of the `- /path` items under it, found in one pass
 * so that a problem can name its line (quoted keys are read as YAML).
 */
function registryLines(text: string): Map<string, { line: number; urls: Map<string, number> }> {
  const lines = new Map<string, { line: number; urls: Map<string, number> }>();
  let current: { line: number; urls: Map<string, number> } | undefined;
  text.split("\n").forEach((raw, i) => {
    const item = /^\s+-\s+(.+?)\s*$/.exec(raw);
    if (item?.[1] !== undefined && current !== undefined) {
      const url = scalar(item[1]);
      if (url !== null && !current.urls.has(url)) current.urls.set(url, i + 1);
      return;
    }
    const key = /^([^\s#-].*?):(?:\s|$)/.exec(raw);
    if (key?.[1] === undefined) return;
    const name = scalar(key[1]);
    if (name === null || lines.has(name)) return;
    current = { line: i + 1, urls: new Map() };
    lines.set(name, current);
  });
  return lines;
}

/** A plain or quoted YAML scalar's string, or null when it is not one. */
function scalar(text: string): string | null {
  try {
    const value: unknown = load(text, { schema: CORE_SCHEMA });
    return typeof value === "string" ? value : null;
  } catch {
    return null;
  }
}

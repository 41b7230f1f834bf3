import { existsSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import type { ArchiveSettings } from "../config/settings";
import type { Diagnostic } from "../types";
import { readArticleFileSync } from "../load/read-file";
import { fileStamp } from "../load/file-stamp";
import { parseUrlRegistry, URL_REGISTRY_FILE } from "../parse/url-registry";
import { writeAtomically } from "../util/atomic-write";
import type { LoadedRegistry, PermanentUrls } from "./permanent-urls";

/**
 * The largest registry read. The build writes the registry itself, about 90 bytes per article,
 * so it outgrows the limit on article files (an archive of 100,000 articles writes 8 MB); the
 * limit still keeps a runaway file from being loaded whole. Parsing it is linear.
 */
export const URL_REGISTRY_MAX_BYTES = 512 * 1024 ** 2;

/**
 * Read `<contentDir>/urls.yml`, the registry of published URLs. A missing registry is an empty
 * one (an archive that never built one, or a new archive); one that cannot be read or is
 * invalid gives no entries and an error, which stops a build (see `quarantine`) rather than
 * publish with URLs that would silently break, and keeps it from being written over.
 * @param root the project root.
 * @example const { registry, diagnostics } = loadUrlRegistry(root, settings)
 */
export function loadUrlRegistry(
  root: string,
  settings: Pick<ArchiveSettings, "contentDir" | "maxFileBytes">,
): { registry: LoadedRegistry; diagnostics: Diagnostic[] } {
  const file = path.posix.join(settings.contentDir, URL_REGISTRY_FILE);
  const absolute = path.join(root, file);
  if (!existsSync(absolute)) return { registry: { file, entries: [] }, diagnostics: [] };
  const read = readArticleFileSync(absolute, file, { maxFileBytes: Math.max(settings.maxFileBytes, URL_REGISTRY_MAX_BYTES) });
  if (read.text === null) return { registry: { file, entries: null }, diagnostics: read.diagnostics };
  const parsed = parseUrlRegistry(file, read.text);
  return { registry: { file, entries: parsed.entries }, diagnostics: [...read.diagnostics, ...parsed.diagnostics] };
}

/**
 * {@link loadUrlRegistry} for a caller that reads the registry again and again (the dev server,
 * on every save): the previous result is given back while the file's stamp (`fileStamp`) is
 * the same and was not racy. The registry grows with the archive (8 MB at 100,000 articles),
 * and parsing it on each save was a large part of a one-article rebuild (docs/performance.md,
 * 'URL registry read once').
 * @param now the clock stamps are judged against (tests move it past the racy window).
 * @example const read = registryReader(); read(root, settings); read(root, settings) // parsed once
 */
export function registryReader(now: () => number = Date.now): typeof loadUrlRegistry {
  let last: { readonly path: string; readonly key: string; readonly result: ReturnType<typeof loadUrlRegistry> } | null = null;
  return (root, settings) => {
    const absolute = path.join(root, settings.contentDir, URL_REGISTRY_FILE);
    const stamp = fileStamp(absolute, now());
    if (last !== null && last.path === absolute && last.key === stamp.key && !stamp.racy) return last.result;
    const result = loadUrlRegistry(root, settings);
    last = stamp.racy ? null : { path: absolute, key: stamp.key, result };
    return result;
  };
}

/**
 * Write the registry's new text, when there is one (through a temporary file renamed into
 * place, so a build stopped halfway never leaves half a registry).
 * @returns how many articles' current URLs were registered (0 when nothing was written).
 */
export async function saveUrlRegistry(root: string, urls: PermanentUrls): Promise<number> {
  const text = urls.registryText;
  if (text === null) return 0;
  await writeAtomically(path.join(root, urls.registryFile), (temporary) => writeFile(temporary, text));
  return urls.unregistered.length;
}

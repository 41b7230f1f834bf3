import path from "node:path";
import { SIDECAR_EXTENSION } from "../load/list-files";

/** What changed since the last build, as a file watcher saw it. */
export interface Changes {
  /** Paths under the content folder, relative to the project root with `/` separators. */
  readonly content: readonly string[];
  /** Paths under `templates/`, relative to it; `assets/…` are the copied assets. */
  readonly templates: readonly string[];
}

/**
 * Sort the absolute paths a watcher reported into a {@link Changes}: paths in the content
 * folder and in the templates folder; anything else is left out.
 * @example changesIn(["/p/content/articles/a.md"], "/p", "content", "/repo/templates").content //=> ["content/articles/a.md"]
 */
export function changesIn(paths: readonly string[], root: string, contentDir: string, templatesDir: string): Changes {
  const inside = (folder: string, file: string): string | null => {
    const rel = path.relative(folder, file);
    return rel === "" || rel.startsWith("..") || path.isAbsolute(rel) ? null : rel.split(path.sep).join("/");
  };
  const content: string[] = [];
  const templates: string[] = [];
  for (const file of paths) {
    const inContent = inside(path.join(root, contentDir), file);
    const inTemplates = inside(templatesDir, file);
    if (inContent !== null) content.push(path.posix.join(contentDir, inContent));
    else if (file === path.join(root, contentDir)) content.push(contentDir);
    if (inTemplates !== null) templates.push(inTemplates);
  }
  return { content, templates };
}

/**
 * Whether a file may have changed: the watcher named it, its sidecar (a saved page is parsed
 * with its `NAME.yml`), or a folder above it.
 */
export function touchedBy(changed: readonly string[]): (file: string) => boolean {
  const exact = new Set(changed);
  for (const p of changed) {
    if (!p.endsWith(SIDECAR_EXTENSION)) continue;
    const base = p.slice(0, -SIDECAR_EXTENSION.length);
    exact.add(`${base}.html`).add(`${base}.htm`);
  }
  const folders = changed.map((p) => `${p}/`);
  return (file) => exact.has(file) || folders.some((folder) => file.startsWith(folder));
}

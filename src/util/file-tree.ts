import { readdirSync, type Dirent } from "node:fs";
import { join } from "node:path";
import { byCodeUnits } from "./compare";

/** One entry under a listed folder. */
export interface TreeEntry {
  /** Relative to the listed folder, with `/` separators. */
  readonly path: string;
  /** A symbolic link is never followed, so a link to a folder is a `link`, not a `folder`. */
  readonly kind: "file" | "folder" | "link" | "other";
}

/**
 * Everything under `dir`, recursively, folders before what they hold, without following
 * links. Synchronous on purpose: an awaited `readdir` costs a thread-pool round trip per
 * folder, and a site has a folder per page (measurements: docs/performance.md, 'Synchronous
 * output-folder listing').
 * @throws the file system's error when `dir` cannot be read (e.g. ENOENT)
 * @example listTree("_site") //=> [{ path: "articles", kind: "folder" }, { path: "articles/a/index.html", kind: "file" }, …]
 */
export function listTree(dir: string): TreeEntry[] {
  const entries: TreeEntry[] = [];
  const visit = (folder: string, prefix: string): void => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = prefix + entry.name;
      const kind = kindOf(entry);
      entries.push({ path, kind });
      if (kind === "folder") visit(join(folder, entry.name), `${path}/`);
    }
  };
  visit(dir, "");
  return entries;
}

/**
 * Every regular file under `dir`, relative to it with `/` separators, in code-unit order.
 * @example listFileTree("_site") //=> ["404.html", "archive/index.html", …]
 */
export function listFileTree(dir: string): string[] {
  return listTree(dir)
    .filter((e) => e.kind === "file")
    .map((e) => e.path)
    .sort(byCodeUnits);
}

function kindOf(entry: Dirent): TreeEntry["kind"] {
  if (entry.isSymbolicLink()) return "link";
  if (entry.isDirectory()) return "folder";
  return entry.isFile() ? "file" : "other";
}

import { createHash, type Hash } from "node:crypto";
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { PROJECT_ROOT } from "../config/project-root";

/** The default folder for caches: `node_modules/.cache/` is where tools keep theirs, out of git. */
export const DEFAULT_CACHE_DIR = join(PROJECT_ROOT, "node_modules", ".cache", "news-archive");

/** A hash of the code that makes records: every file under `src/`, the lockfile and Node's version. */
export async function codeFingerprint(): Promise<string> {
  const hash = createHash("sha256").update(process.version);
  await hashProjectFiles(hash, "src", ["package-lock.json"]);
  return hash.digest("hex");
}

/**
 * Feed `hash` every file under the project folder `folder`, in code-unit order of their paths,
 * then the project files `more`: each as its path from the project root and its bytes.
 */
export async function hashProjectFiles(hash: Hash, folder: string, more: readonly string[]): Promise<void> {
  const dir = join(PROJECT_ROOT, folder);
  const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
  for (const file of [...files, ...more.map((f) => join(PROJECT_ROOT, f))]) {
    hash
      .update(relative(PROJECT_ROOT, file))
      .update("\0")
      .update(await readFile(file))
      .update("\0");
  }
}

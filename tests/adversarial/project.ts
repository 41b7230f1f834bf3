import { copyFile, mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { FIXTURES } from "../fixtures/temp-root";

/** One entry of a throw-away project: text or bytes to write, or a symbolic link to create. */
export type Entry = string | Uint8Array | { readonly symlink: string };

/** A throw-away project root; `outside` is a folder beside `content/` that the build must never read. */
export interface Project {
  readonly root: string;
  readonly cleanup: () => Promise<void>;
}

/**
 * Make a project root with the test taxonomy, `articles` under `content/articles/` and
 * `outside` files at the root (beside `content/`, for symlinks to point at). A symlink target
 * is written relative to the link, as `ln -s` would.
 * @example await makeProject({ "a.txt": "Headline\n\nBody." })
 */
export async function makeProject(
  articles: Readonly<Record<string, Entry>>,
  outside: Readonly<Record<string, string>> = {},
): Promise<Project> {
  const root = await mkdtemp(path.join(tmpdir(), "adversarial-"));
  const dir = path.join(root, "content", "articles");
  await mkdir(dir, { recursive: true });
  await copyFile(path.join(FIXTURES, "topics.yml"), path.join(root, "content", "topics.yml"));
  for (const [name, text] of Object.entries(outside)) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await writeFile(path.join(root, name), text);
  }
  for (const [name, entry] of Object.entries(articles)) {
    const target = path.join(dir, name);
    await mkdir(path.dirname(target), { recursive: true });
    if (typeof entry === "object" && "symlink" in entry) await symlink(entry.symlink, target);
    else await writeFile(target, entry);
  }
  return { root, cleanup: () => rm(root, { recursive: true, force: true }) };
}

import { copyFile, cp, mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The folder of editor-mistake cases: one folder of article files per mistake. */
export const MISTAKES = fileURLToPath(new URL("./mistakes/", import.meta.url));

/**
 * A throw-away project root whose `content/articles/` holds the files of one mistake case
 * (or of several, merged), with the test taxonomy as `content/topics.yml`.
 */
export async function rootWithCases(...cases: string[]): Promise<{ root: string; cleanup: () => Promise<void> }> {
  const root = await mkdtemp(path.join(tmpdir(), "editor-case-"));
  await mkdir(path.join(root, "content", "articles"), { recursive: true });
  for (const name of cases) await cp(path.join(MISTAKES, name), path.join(root, "content", "articles"), { recursive: true });
  await copyFile(fileURLToPath(new URL("../../fixtures/topics.yml", import.meta.url)), path.join(root, "content", "topics.yml"));
  return { root, cleanup: () => rm(root, { recursive: true, force: true }) };
}

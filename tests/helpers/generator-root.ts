import { copyFile, cp, mkdir, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { FIXTURES } from "../fixtures/temp-root";

/** The generators whose content folders are kept under `tests/fixtures/generators/`. */
export const GENERATORS = ["hugo", "jekyll", "eleventy"] as const;

/**
 * A throw-away project root whose `content/articles/` holds a copy of each generator's content
 * folder as it is (`content/articles/hugo/…`, `…/jekyll/…`, `…/eleventy/…`), with the test
 * taxonomy.
 * @example const { root, cleanup } = await generatorRoot()
 */
export async function generatorRoot(): Promise<{ root: string; cleanup: () => Promise<void> }> {
  const root = await mkdtemp(path.join(tmpdir(), "archive-generators-"));
  await mkdir(path.join(root, "content"), { recursive: true });
  await copyFile(path.join(FIXTURES, "topics.yml"), path.join(root, "content", "topics.yml"));
  for (const generator of GENERATORS) {
    await cp(path.join(FIXTURES, "generators", generator), path.join(root, "content", "articles", generator), { recursive: true });
  }
  return { root, cleanup: () => rm(root, { recursive: true, force: true }) };
}

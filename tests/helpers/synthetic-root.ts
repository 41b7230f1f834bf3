import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { generateArchive, topicsYaml } from "../../src/tools/bench/generate";

/**
 * A throw-away project root holding a seeded synthetic archive (`src/tools/bench/generate.ts`):
 * `content/topics.yml` and `count` article files under `content/articles/`.
 * @returns the root's absolute path.
 */
export async function syntheticRoot(count: number, seed: number): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), "archive-synthetic-"));
  const content = path.join(root, "content");
  await mkdir(path.join(content, "articles"), { recursive: true });
  await writeFile(path.join(content, "topics.yml"), topicsYaml());
  for (const f of generateArchive(count, seed)) {
    await mkdir(path.dirname(path.join(content, f.path)), { recursive: true });
    await writeFile(path.join(content, f.path), f.text);
  }
  return root;
}

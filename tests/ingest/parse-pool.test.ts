import { createHash } from "node:crypto";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateArchive, topicsYaml } from "../../src/tools/bench/generate";
import { listArticleFiles } from "../../src/load/list-files";
import { parseFiles } from "../../src/ingest/parse-pool";
import { resolveSettings } from "../../src/config/settings";
import { loadTopics } from "../../src/topics/load-topics";

const now = new Date("2026-01-01T00:00:00Z");
const settings = resolveSettings();
let root = "";

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "archive-pool-"));
  const content = path.join(root, "content");
  await mkdir(path.join(content, "articles"), { recursive: true });
  await writeFile(path.join(content, "topics.yml"), topicsYaml());
  for (const f of generateArchive(260, 7)) {
    await mkdir(path.dirname(path.join(content, f.path)), { recursive: true });
    await writeFile(path.join(content, f.path), f.text);
  }
  // Files that fail in reading and in parsing, among the good ones.
  await writeFile(path.join(content, "articles", "bad-empty.txt"), "");
  await writeFile(path.join(content, "articles", "bad-bytes.txt"), new Uint8Array([0x66, 0xff, 0xfe, 0x0a]));
  await writeFile(path.join(content, "articles", "bad-yaml.md"), "---\ntitle: [unclosed\n---\nBody text.\n");
  // Topics the taxonomy lacks, which records carry with their spelling for the ingest to create.
  for (const [name, topics] of [
    ["tags-a.md", "[Peace Keeping]"],
    ["tags-b.md", "[peace-keeping, 北京]"],
  ] as const)
    await writeFile(
      path.join(content, "articles", name),
      `---\ntitle: Tagged ${name}\ntopics: ${topics}\n---\nThe body of ${name}, long enough to be one.\n`,
    );
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe("parseFiles", () => {
  it("gives the same outcomes, in the same order, from worker threads as in this thread", async () => {
    const { articles } = await listArticleFiles(root, "content/articles");
    const { topics } = await loadTopics(root, settings);
    const ctx = { topics, settings, now };
    const inThread = await parseFiles(root, articles, ctx, { workers: 0 });
    // All in the workers, then shared between the workers and this thread.
    for (const parseHere of [false, true]) {
      const inWorkers = await parseFiles(root, articles, ctx, { workers: 2, parseHere });
      expect(inWorkers).toHaveLength(articles.length);
      expect(JSON.stringify(inWorkers)).toBe(JSON.stringify(inThread));
      expect(inWorkers).toEqual(inThread);
    }
    expect(inThread.some((o) => o.parsed === null)).toBe(true);
    expect(inThread.some((o) => o.parsed !== null && o.parsed.record === null)).toBe(true);
    expect(inThread.filter((o) => o.parsed?.record?.unlistedTopics !== undefined)).toHaveLength(2);
  });

  it("names each outcome by the SHA-1 of the bytes it parsed, and none when nothing was read", async () => {
    const { articles } = await listArticleFiles(root, "content/articles");
    const { topics } = await loadTopics(root, settings);
    const files = [...articles, "content/articles/missing.txt"];
    const outcomes = await parseFiles(root, files, { topics, settings, now }, { workers: 0 });
    for (const [i, file] of articles.entries()) {
      expect(outcomes[i]?.sha1).toBe(
        createHash("sha1")
          .update(await readFile(path.join(root, file)))
          .digest("hex"),
      );
    }
    // Bytes that are not UTF-8 were still read: the outcome (an error) is named by them.
    expect(outcomes[articles.indexOf("content/articles/bad-bytes.txt")]?.parsed).toBeNull();
    expect(outcomes[articles.indexOf("content/articles/bad-bytes.txt")]?.sha1).toMatch(/^[0-9a-f]{40}$/);
    expect(outcomes.at(-1)).toMatchObject({
      parsed: null,
      sha1: null,
      readDiagnostics: [{ id: "read-failed", file: "content/articles/missing.txt" }],
    });
  });
});

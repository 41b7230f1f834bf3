import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/project-root";
import { OUTPUT_MARKER } from "../../src/output/output-guard";
import type { BuildShard } from "../../src/site/shard";
import { listFileTree } from "../../src/util/file-tree";
import { builtHere, type Built } from "../helpers/build-here";
import { expectSameFolders, tempDirs } from "../helpers/folders";
import { runBuild } from "../helpers/run-build";

// A build split three ways (`--shard k/3`) must write, between its parts, exactly the site one
// build writes: every kind of output is here (article and listing pages, original texts, a saved
// page's snapshot and bytes, a redirect, the export, feeds, several search index shards).
const temp = tempDirs();
afterAll(temp.remove);

const PAGE = `<!doctype html><html><head><meta charset="utf-8"><title>Harbour treaty signed | Example Gazette</title>
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour treaty signed","datePublished":"2023-10-05"}</script>
</head><body><article><h1>Harbour treaty signed</h1>
<p>The envoys signed the harbour treaty on Thursday evening after three rounds of talks, the diplomats said.</p>
<p>Under the treaty the harbour will reopen to ships of both countries, and a joint commission will meet monthly.</p>
</article></body></html>`;

const SHARDS = 3;
const parts: BuildShard[] = Array.from({ length: SHARDS }, (_, i) => ({ index: i + 1, count: SHARDS }));
/** Small pages and search shards, so that every part gets some of each. */
const SIZES = { pageSize: 2, searchShardSize: 2 } as const;

/**
 * Copy every folder over `into`, as the deploy job merges the parts; a file two parts both
 * wrote must have the same bytes in each.
 * @returns each file's parts (1-based).
 */
function merge(folders: readonly string[], into: string): Map<string, number[]> {
  const owners = new Map<string, number[]>();
  folders.forEach((folder, i) => {
    for (const file of listFileTree(folder)) {
      const bytes = readFileSync(join(folder, file));
      const target = join(into, file);
      if (owners.has(file)) expect(readFileSync(target).equals(bytes), `${file} differs between parts`).toBe(true);
      else {
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, bytes);
      }
      owners.set(file, [...(owners.get(file) ?? []), i + 1]);
    }
  });
  return owners;
}

describe("a build split into shards", () => {
  let root: string;
  let whole: string;
  let outs: string[];
  let built: Built[];
  beforeAll(async () => {
    root = temp.make("shard-site");
    cpSync(join(PROJECT_ROOT, "tests/fixtures/site/good"), root, { recursive: true });
    writeFileSync(join(root, "content/articles/treaty.html"), PAGE);
    // An old URL of an article, so a redirect page is written.
    const registry = join(root, "content/urls.yml");
    const text = readFileSync(registry, "utf8");
    const current = "  - /articles/envoys-meet-for-round-1-of-talks/\n";
    writeFileSync(registry, text.replace(current, `${current}  - /articles/first-round-of-talks/\n`));
    whole = join(temp.make("shard-whole"), "out");
    await builtHere({ root, out: whole, ...SIZES });
    outs = parts.map((shard) => join(temp.make(`shard-${shard.index}`), "out"));
    built = [];
    for (const [i, shard] of parts.entries()) built.push(await builtHere({ root, out: outs[i]!, shard, ...SIZES }));
  });

  it("writes, between its parts, exactly the files of one build with the same bytes", async () => {
    const merged = join(temp.make("shard-merged"), "out");
    merge(outs, merged);
    await expectSameFolders(whole, merged);
  });

  it("writes each page in one part only; only the assets and the output marker are in every part", () => {
    const owners = merge(outs, join(temp.make("shard-owners"), "out"));
    const shared = [...owners].filter(([, of]) => of.length > 1);
    for (const [file, of] of shared) {
      expect(file === OUTPUT_MARKER || file.startsWith("assets/"), `${file} is written by parts ${of.join(", ")}`).toBe(true);
      expect(of).toHaveLength(SHARDS);
    }
  });

  it("covers every kind of output and gives every part pages and search index shards", () => {
    const files = listFileTree(whole);
    for (const kind of [
      /^articles\/[^/]+\/index\.html$/,
      /original\.txt$/,
      /^articles\/first-round-of-talks\/index\.html$/,
      /\/snapshot\/index\.html$/,
      /^articles\/[^/]+\/original\.bin$/,
      /^api\/articles\/\d{4}\.json$/,
      /^pagefind\/[0-9a-f]+\/pagefind-entry\.json$/,
      /^feed\.xml$/,
    ])
      expect(
        files.some((f) => kind.test(f)),
        String(kind),
      ).toBe(true);
    for (const [i, b] of built.entries()) {
      expect(b.site.part?.pages, `part ${i + 1}`).toBeGreaterThan(0);
      expect(b.site.indexed?.shards, `part ${i + 1}`).toBeGreaterThan(0);
    }
    expect(built.reduce((sum, b) => sum + (b.site.part?.pages ?? 0), 0)).toBe(built[0]!.site.part!.of);
    expect(built.reduce((sum, b) => sum + (b.site.part?.search.articles ?? 0), 0)).toBe(built[0]!.site.data.views.articles.length);
    expect(built.reduce((sum, b) => sum + (b.site.part?.search.shards ?? 0), 0)).toBe(built[0]!.site.part!.search.of);
  });

  it("renders a part afresh where the whole site was built, keeps its pages on its next build, and hands the folder back whole", async () => {
    const folder = join(temp.make("shard-cached"), "out");
    const cacheDir = join(temp.make("shard-cache"), "cache");
    await builtHere({ root, out: folder, cacheDir, ...SIZES });
    const part = await builtHere({ root, out: folder, cacheDir, shard: parts[1]!, ...SIZES });
    await expectSameFolders(outs[1]!, folder);
    expect(part.site.rendered.kept.size).toBe(0);
    // Built again into its own folder, the part keeps its pages, and only them.
    const again = await builtHere({ root, out: folder, cacheDir, shard: parts[1]!, ...SIZES });
    expect(again.site.rendered.kept.size).toBe(again.site.part?.pages);
    await expectSameFolders(outs[1]!, folder);
    await builtHere({ root, out: folder, cacheDir, ...SIZES });
    await expectSameFolders(whole, folder);
  });

  it("never writes the registry of published URLs, even when asked to update it", async () => {
    const registry = join(root, "content/urls.yml");
    const before = readFileSync(registry, "utf8");
    const out = join(temp.make("shard-registry"), "out");
    const part = await builtHere({ root, out, shard: parts[0]!, urlRegistry: "update", ...SIZES });
    expect(part.site.registered).toBe(0);
    expect(readFileSync(registry, "utf8")).toBe(before);
    // As with --frozen-urls: the saved page's URL is not in the registry, and the build says so.
    expect(part.ingest.diagnostics.map((d) => d.id)).toContain("urls-unregistered");
  });
});

describe("npm run build -- --shard", () => {
  it.each([["0/2"], ["3/2"], ["a/b"]])("refuses --shard %s with exit 2 and the form a valid value takes", (value) => {
    const out = join(temp.make("shard-refused"), "out");
    const run = runBuild(["--root", "tests/fixtures/site/good", "--out", out, "--shard", value]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(
      `--shard must be k/n, whole numbers with 1 <= k <= n (e.g. --shard 2/4 builds the second of four parts), got \`${value}\``,
    );
    expect(existsSync(out)).toBe(false);
  });

  it("says in its summary which part it built and how many of the pages", () => {
    const out = join(temp.make("shard-summary"), "out");
    const run = runBuild(["--root", "tests/fixtures/site/good", "--out", out, "--shard", "2/3"]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^ {2}shard {11}2\/3: \d+ pages of \d+ \(the other parts write the rest\)$/m);
    expect(run.stdout).toMatch(/^ {2}search index {4}\d+ of \d+ articles in \d+ of 1 shard \(0 kept from the previous build\)$/m);
  });
});

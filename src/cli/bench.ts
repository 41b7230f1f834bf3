/**
 * `npm run bench [-- --sizes 1000,10000,100000] [--dev-sizes 1000,10000] [--reference-sizes 10000] [--seed N] [--keep]`
 *
 * A benchmark script, not a test: generates synthetic archives deterministically into a
 * temporary folder, builds each from scratch with `npm run build`'s command line, and prints for
 * each size the articles, pages written, wall time, articles per second, peak memory and output
 * size; first of all the extractor alone (articles per second on one core, before the builds
 * load the machine). Memory is sampled over the
 * build's whole process tree (`src/tools/bench/process-tree.ts`): "peak" is the largest single
 * process, "all" the largest sum at one time (the build and the Pagefind indexers). Under each
 * row: the build's own per-stage wall times (ingest, site data, Eleventy, search index, verify);
 * at the `--reference-sizes`, a plain Eleventy 3 site built from scratch on the same articles just
 * before ours (`src/tools/bench/plain-eleventy.ts`), its time and memory and the ratio of ours to it;
 * then a second build into the same folder with nothing changed (the parse cache, the rendered
 * pages and the search shards kept), then another after one article is edited. Output stays on
 * the temporary folder's disk; say where when quoting.
 *
 * Then, at each size (or only those in `--dev-sizes`), the dev server (`npm start -- --root`) on the same archive,
 * with the builds' caches: its start-up time (until it serves), the time from saving a one-sentence edit to an article's body until
 * its "Rebuilt" line (files written and reload sent) for a few articles, with the pages
 * rewritten, and the same for a save that changes nothing (a touched file).
 *
 * Last, each performance target with "met", "NOT MET" or "not run" (`src/tools/bench/targets.ts`).
 */
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { dirname, join } from "node:path";
import { parseOptions } from "./parse-options";
import { readSavedPage } from "../html/read-page";
import { syntheticSavedPage } from "../tools/bench/saved-page";
import { articleFile, generateArchive, generateArticles, topicsYaml, type SyntheticArticle } from "../tools/bench/generate";
import { buildPlainEleventy, writePlainEleventySite, type PlainEleventyRun } from "../tools/bench/plain-eleventy";
import { runSampled } from "../tools/bench/process-tree";
import { devServerSummary, timeDevServer } from "../tools/bench/dev-server";
import { checkTargets, formatTargets, type BuildFigures } from "../tools/bench/targets";
import { extractRaw } from "../extract/extract";
import { PROJECT_ROOT } from "../config/project-root";
import { runMain } from "./run-main";

const EXTRACT_SAMPLE = 5000;
/** Articles edited one after the other under the dev server. */
const DEV_EDITS = 5;

async function dirSize(dir: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return { files, bytes };
}

async function writeArchive(root: string, articles: readonly SyntheticArticle[]): Promise<void> {
  const content = join(root, "content");
  await mkdir(join(content, "articles"), { recursive: true });
  await writeFile(join(content, "topics.yml"), topicsYaml());
  for (const f of articles.map(articleFile)) {
    await mkdir(dirname(join(content, f.path)), { recursive: true });
    await writeFile(join(content, f.path), f.text);
  }
}

interface BuildRunResult {
  readonly ok: boolean;
  readonly seconds: number;
  /** Largest resident set of one process of the build (the build with its worker threads, or a Pagefind indexer). */
  readonly peakProcessMiB: number;
  /** Largest sum of the resident sets of the build's processes at one time. */
  readonly peakTotalMiB: number;
  readonly pages: string;
  /** The build's own per-stage wall times and the search index line, as its summary printed them. */
  readonly stages: string;
  readonly search: string;
  /** The summary's "rendered" line: pages rendered and kept from the previous build. */
  readonly rendered: string;
  readonly log: string;
}

/** `npm run build`'s command line, from package.json, so the benchmark runs exactly that. */
async function buildCommand(): Promise<[string, string[]]> {
  const manifest = JSON.parse(await readFile(join(PROJECT_ROOT, "package.json"), "utf8")) as { scripts: { build: string } };
  const [command = "", ...args] = manifest.scripts.build.split(" ");
  return [command === "node" ? process.execPath : join(PROJECT_ROOT, "node_modules/.bin", command), args];
}

/** The caches stay with the archive, so they go when the archive is removed. */
function cacheDir(root: string): string {
  return join(root, "parse-cache");
}

async function build(root: string, out: string): Promise<BuildRunResult> {
  const [command, args] = await buildCommand();
  const run = await runSampled(command, [...args, "--root", root, "--out", out, "--cache-dir", cacheDir(root)], { cwd: PROJECT_ROOT });
  const line = (name: string): string => new RegExp(`${name}\\s+(.*)`).exec(run.stdout)?.[1]?.trim() ?? "?";
  return {
    ok: run.status === 0,
    seconds: run.seconds,
    peakProcessMiB: run.peakProcessMiB,
    peakTotalMiB: run.peakTotalMiB,
    pages: line("pages written"),
    stages: line("stages"),
    search: line("search index"),
    rendered: line("rendered"),
    log: `${run.stdout}\n${run.stderr}`,
  };
}

/** Timed passes of the extractor over the sample, after one untimed pass. */
const EXTRACT_PASSES = 5;

function extractorRate(count: number, seed: number): { articles: number; perSecond: number[] } {
  const texts = generateArchive(count, seed)
    .filter((f) => f.path.endsWith(".txt"))
    .map((f) => f.text);
  // A whole warm-up pass, so the JIT has compiled the hot paths before timing: a shorter one left
  // the first timed pass slower than the next (docs/performance.md, 'Extractor warm-up').
  for (const t of texts) extractRaw(t);
  const perSecond: number[] = [];
  for (let pass = 0; pass < EXTRACT_PASSES; pass++) {
    const started = performance.now();
    for (const t of texts) extractRaw(t);
    perSecond.push(texts.length / ((performance.now() - started) / 1000));
  }
  return { articles: texts.length, perSecond };
}

/** Saved pages read per second on one core: the page metadata, Readability and the extractor on the visible text. */
const SAVED_PAGE_SAMPLE = 200;

function savedPageRate(seed: number): { pages: number; meanKiB: number; perSecond: number[] } {
  const pages = generateArchive(SAVED_PAGE_SAMPLE * 2, seed)
    .filter((f) => f.path.endsWith(".txt"))
    .slice(0, SAVED_PAGE_SAMPLE)
    .map((f, i) => syntheticSavedPage(f.text, i));
  const window = { minDate: "1800-01-01", maxDate: "9999-12-31" };
  for (const p of pages) readSavedPage(p, window);
  const perSecond: number[] = [];
  for (let pass = 0; pass < EXTRACT_PASSES; pass++) {
    const started = performance.now();
    for (const p of pages) readSavedPage(p, window);
    perSecond.push(pages.length / ((performance.now() - started) / 1000));
  }
  const meanKiB = pages.reduce((n, p) => n + p.length, 0) / pages.length / 1024;
  return { pages: pages.length, meanKiB, perSecond };
}

/** `DEV_EDITS` Markdown articles spread over the archive (their body is the end of the file). */
function articlesToEdit(articles: readonly SyntheticArticle[]): string[] {
  const markdown = articles.filter((a) => a.format === "md");
  const step = Math.max(1, Math.floor(markdown.length / DEV_EDITS));
  return markdown
    .filter((_, i) => i % step === Math.floor(step / 2))
    .slice(0, DEV_EDITS)
    .map((a) => join("content", articleFile(a).path));
}

/**
 * The build again into the same folder with nothing changed (every search shard kept), then
 * after one article is edited, each printed under the size's row.
 * @returns the edited rebuild, or undefined when either build failed
 */
async function rebuilds(root: string, out: string, n: number, toEdit: string): Promise<BuildRunResult | undefined> {
  const again = await build(root, out);
  console.log(
    again.ok
      ? `${pad("", 9)} no-change rebuild: ${again.seconds.toFixed(2)} s, peak ${again.peakProcessMiB.toFixed(0)} MiB (all ${again.peakTotalMiB.toFixed(0)} MiB); stages: ${again.stages}; search index: ${again.search}`
      : `no-change rebuild of ${n} articles failed:\n${again.log.slice(-4000)}`,
  );
  const edited = join(root, toEdit);
  await writeFile(
    edited,
    (await readFile(edited, "utf8")).replace(
      /\s*$/,
      "\n\nOne more paragraph was added to this article, to time a rebuild after an edit.\n",
    ),
  );
  const change = await build(root, out);
  console.log(
    change.ok
      ? `${pad("", 9)} one-article edit rebuild: ${change.seconds.toFixed(2)} s, peak ${change.peakProcessMiB.toFixed(0)} MiB (all ${change.peakTotalMiB.toFixed(0)} MiB); rendered ${change.rendered}; stages: ${change.stages}; search index: ${change.search}`
      : `rebuild of ${n} articles after an edit failed:\n${change.log.slice(-4000)}`,
  );
  return again.ok && change.ok ? change : undefined;
}

/**
 * Write the archive of `n` articles under `root` and, with `withReference`, the plain Eleventy
 * site of the same articles, then build that site from scratch (a failure is printed). The plain
 * site goes first and ours right after, back to back, both from scratch once both corpora are
 * written: one run each, as the target's ratio asks ("in one run"). Only the paths of the
 * articles to edit outlive this, not the generated articles.
 */
async function prepare(
  root: string,
  n: number,
  seed: number,
  withReference: boolean,
): Promise<{ toEdit: string[]; reference: { ok: boolean; run: PlainEleventyRun } | undefined }> {
  const articles = generateArticles(n, seed);
  await writeArchive(root, articles);
  const toEdit = articlesToEdit(articles);
  if (!withReference) return { toEdit, reference: undefined };
  const dir = join(root, "plain-eleventy");
  await writePlainEleventySite(dir, articles);
  const run = await buildPlainEleventy(dir);
  if (run.status !== 0) console.error(`the plain Eleventy site of ${n} articles failed:\n${run.stderr.slice(-4000)}`);
  return { toEdit, reference: { ok: run.status === 0, run } };
}

function referenceSummary(run: PlainEleventyRun, oursSeconds: number): string {
  return (
    `plain Eleventy 3 site, same articles, built just before: ${run.files ?? "?"} files written, ${run.seconds.toFixed(2)} s, ` +
    `peak ${run.peakProcessMiB.toFixed(0)} MiB (all ${run.peakTotalMiB.toFixed(0)} MiB); ours / plain ${(oursSeconds / run.seconds).toFixed(2)}`
  );
}

const pad = (s: string, n: number) => s.padStart(n);
/** Other work on the machine slows every figure: the load is printed with them. */
const load = (): string =>
  `load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(", ")} (1, 5, 15 min)`;

async function main(): Promise<number> {
  const parsed = parseOptions({
    options: {
      sizes: { type: "string", default: "1000,10000,100000" },
      seed: { type: "string", default: "1" },
      keep: { type: "boolean", default: false },
      "dev-sizes": { type: "string" },
      "reference-sizes": { type: "string", default: "10000" },
    },
    strict: true,
  });
  if (parsed === null) return 2;
  const { values } = parsed;
  const sizes = values.sizes.split(",").map((s) => Number(s.trim()));
  const seed = Number(values.seed);
  const devSizes = new Set((values["dev-sizes"] ?? values.sizes).split(",").map((s) => Number(s.trim())));
  const referenceSizes = new Set(values["reference-sizes"].split(",").flatMap((s) => (s.trim() === "" ? [] : [Number(s.trim())])));
  if (sizes.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(seed)) {
    console.error("usage: npm run bench -- [--sizes 1000,10000] [--dev-sizes 1000] [--reference-sizes 10000] [--seed N] [--keep]");
    return 2;
  }
  const x = extractorRate(Math.min(EXTRACT_SAMPLE, Math.max(...sizes)), seed);
  const rates = [...x.perSecond].sort((a, b) => a - b);
  const median = rates[Math.floor(rates.length / 2)] ?? 0;
  console.log(
    `extractor alone: ${x.articles} raw articles, ${median.toFixed(0)} articles/s on one core (median of ${rates.length} passes: ${x.perSecond.map((r) => r.toFixed(0)).join(", ")}; in process, before the builds)`,
  );
  const saved = savedPageRate(seed);
  const savedMedian = [...saved.perSecond].sort((a, b) => a - b)[Math.floor(saved.perSecond.length / 2)] ?? 0;
  console.log(
    `saved pages alone: ${saved.pages} pages of ${saved.meanKiB.toFixed(0)} KiB on average, ${savedMedian.toFixed(0)} pages/s on one core (median of ${saved.perSecond.length} passes: ${saved.perSecond.map((r) => r.toFixed(1)).join(", ")})`,
  );
  const base = await mkdtemp(join(tmpdir(), "archive-bench-"));
  console.log(
    `machine: ${cpus().length} cores (${cpus()[0]?.model ?? "?"}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; ${load()}; output on ${base}`,
  );
  console.log(
    `${pad("articles", 9)} ${pad("pages written", 52)} ${pad("wall s", 8)} ${pad("art/s", 7)} ${pad("peak MiB", 9)} ${pad("all MiB", 8)} ${pad("output MiB", 10)}`,
  );
  let status = 0;
  const builds = new Map<number, BuildFigures>();
  const references = new Map<number, BuildFigures>();
  const editRebuilds = new Map<number, BuildFigures>();
  const devEdits = new Map<number, number[]>();
  for (const n of sizes) {
    const root = join(base, `n${n}`);
    const { toEdit, reference } = await prepare(root, n, seed, referenceSizes.has(n));
    if (reference?.ok === false) status = 1;
    const out = join(root, "_site");
    const r = await build(root, out);
    if (!r.ok) {
      console.error(`build of ${n} articles failed:\n${r.log.slice(-4000)}`);
      status = 1;
      continue;
    }
    builds.set(n, r);
    const size = await dirSize(out);
    console.log(
      `${pad(String(n), 9)} ${pad(r.pages, 52)} ${pad(r.seconds.toFixed(2), 8)} ${pad((n / r.seconds).toFixed(0), 7)} ${pad(r.peakProcessMiB.toFixed(0), 9)} ${pad(r.peakTotalMiB.toFixed(0), 8)} ${pad((size.bytes / 2 ** 20).toFixed(1), 10)}`,
    );
    console.log(`${pad("", 9)} stages: ${r.stages}; search index: ${r.search}`);
    if (reference?.ok) {
      references.set(n, reference.run);
      console.log(`${pad("", 9)} ${referenceSummary(reference.run, r.seconds)}`);
    }
    const change = await rebuilds(root, out, n, toEdit[0] as string);
    if (change === undefined) status = 1;
    else editRebuilds.set(n, change);
    if (devSizes.has(n)) {
      try {
        const dev = await timeDevServer(root, cacheDir(root), toEdit);
        devEdits.set(
          n,
          dev.edits.map((e) => e.seconds),
        );
        console.log(`${pad("", 9)} ${devServerSummary(dev)}`);
      } catch (error) {
        console.error(`dev server on ${n} articles failed: ${error instanceof Error ? error.message : String(error)}`);
        status = 1;
      }
    }
    if (!values.keep) await rm(root, { recursive: true, force: true });
  }
  console.log(
    [
      `targets (see \`src/tools/bench/targets.ts\`), ${load()} at the end:`,
      ...formatTargets(
        checkTargets({
          builds,
          references,
          editRebuilds,
          devEdits,
          extractorPerSecond: median,
          savedPagesPerSecond: savedMedian,
        }),
      ),
    ].join("\n"),
  );
  if (!values.keep) await rm(base, { recursive: true, force: true });
  return status;
}

runMain(main);

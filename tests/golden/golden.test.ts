import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { extname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, type BuildIngest, type BuildOutcome } from "../../src/build/build-site";
import { PROJECT_ROOT } from "../../src/config/project-root";
import { resolveSettings } from "../../src/config/settings";
import { formatDiagnostic } from "../../src/diagnostics/messages";
import { ARTICLE_EXTENSIONS } from "../../src/load/list-files";
import type { ArticleRecord, Diagnostic } from "../../src/types";
import { byCodeUnits } from "../../src/util/compare";
import { tempDirs } from "../helpers/folders";
import { compareGolden, stableJson, UPDATE_COMMAND } from "../helpers/golden";

// File → record → HTML for the seeds and a few hand-written articles, compared byte for byte
// with the files stored beside this test; `UPDATE_GOLDEN=1` rewrites them (see README.md here).
// Not vitest's `toMatchFileSnapshot`: outside CI it writes a missing file and passes, and a
// missing golden file must fail until someone chooses to write it.

const GOLDEN = join(PROJECT_ROOT, "tests/golden");
const SEEDS = join(PROJECT_ROOT, "content/articles");
const UPDATE = process.env["UPDATE_GOLDEN"] === "1";
// A fixed "today" for the date checks, as SOURCE_DATE_EPOCH=1798761600 gives the build command.
const NOW = new Date(1798761600 * 1000);

/** One golden case: where its input is read from, and the file name it has in the built content folder. */
interface GoldenCase {
  readonly name: string;
  readonly input: string;
  readonly file: string;
}

const isArticle = (file: string): boolean => Object.hasOwn(ARTICLE_EXTENSIONS, extname(file));

// The seeds are read where the editors keep them, so the golden set follows them without a copy
// that could drift; each keeps its own file name, so its record's `file` is the real one.
const seeds: GoldenCase[] = readdirSync(SEEDS)
  .filter(isArticle)
  .sort(byCodeUnits)
  .map((file) => ({ name: `seed-${file.slice(0, -extname(file).length)}`, input: join(SEEDS, file), file }));

// A hand-written case is a folder holding `input.txt` or `input.md`.
const caseFolders = readdirSync(GOLDEN, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort(byCodeUnits);
const written: GoldenCase[] = caseFolders.flatMap((name) =>
  readdirSync(join(GOLDEN, name))
    .filter((f) => f.startsWith("input.") && isArticle(f))
    .map((f) => ({ name, input: join(GOLDEN, name, f), file: `${name}${extname(f)}` })),
);
const cases = [...seeds, ...written];

const temp = tempDirs();
afterAll(temp.remove);
// The files an update run rewrote, listed at the end so the reviewer knows which diffs to read.
const rewritten: string[] = [];
afterAll(() => {
  if (rewritten.length > 0) console.info(`UPDATE_GOLDEN: rewrote ${rewritten.length} golden files:\n${rewritten.join("\n")}`);
});
let outcome: BuildOutcome;
let outDir: string;
let root: string;

// One build for every case: related articles and previous/next links on an article page
// depend on the other articles, and the golden set is one site.
beforeAll(async () => {
  root = join(temp.make("golden"), "project");
  outDir = join(root, "_site");
  mkdirSync(join(root, "content/articles"), { recursive: true });
  copyFileSync(join(GOLDEN, "topics.yml"), join(root, "content/topics.yml"));
  for (const c of cases) copyFileSync(c.input, join(root, "content/articles", c.file));
  outcome = await buildSite({ root, outDir, settings: resolveSettings(), now: NOW, cacheDir: null });
});

/** What stopped the golden set from building, or nothing. */
function buildProblems(): string[] {
  if (outcome.status === "refused") return [outcome.message];
  if (outcome.status === "failed") return [...outcome.problems];
  const errors = outcome.ingest.diagnostics.filter((d) => d.severity === "error");
  return errors.map((d) => formatDiagnostic(d));
}

/** What the build found in the content, once it has built the site. */
function ingested(): BuildIngest {
  if (outcome.status !== "built") throw new Error(`the golden set did not build: ${buildProblems().join("; ")}`);
  return outcome.ingest;
}

/** The record the build made of a case's file. */
function recordOf(c: GoldenCase): ArticleRecord {
  const record = ingested().records.find((r) => r.file === `content/articles/${c.file}`);
  if (record === undefined) throw new Error(`the build made no record of ${c.file}`);
  return record;
}

/** The warnings the build reported about a case's file, in the order it reported them. */
function diagnosticsOf(c: GoldenCase): Diagnostic[] {
  return ingested().diagnostics.filter((d) => d.file === `content/articles/${c.file}`);
}

/** Fail with the stored file's diff unless `actual` is what is stored (or was just written). */
function expectGolden(c: GoldenCase, stored: string, actual: string): void {
  const comparison = compareGolden(join(GOLDEN, c.name, stored), actual, UPDATE);
  if (comparison.kind === "written") rewritten.push(`tests/golden/${c.name}/${stored}`);
  if (comparison.kind === "missing") expect.fail(comparison.message);
  if (comparison.kind === "different") expect(actual, comparison.message).toBe(comparison.stored);
}

describe("golden fixtures: file → record → article page", () => {
  it("builds the golden set with no content errors", () => {
    expect(buildProblems()).toEqual([]);
    expect(outcome.status).toBe("built");
  });

  it("holds a folder only for a seed or one hand-written input", () => {
    const names = cases.map((c) => c.name);
    const stale = caseFolders.filter((name) => !names.includes(name));
    expect(stale, `delete these folders, or give each an input.txt or input.md (then run \`${UPDATE_COMMAND}\`)`).toEqual([]);
    const twice = names.filter((name, i) => names.indexOf(name) !== i);
    expect(twice, "give each of these folders one input (input.txt or input.md), and no seed's name").toEqual([]);
  });

  it("keeps the building machine's paths out of every record and diagnostic", () => {
    for (const c of cases) expect(stableJson([recordOf(c), diagnosticsOf(c)])).not.toContain(root);
  });

  it.each(cases)("makes the stored record of $name", (c) => {
    expectGolden(c, "record.json", stableJson(recordOf(c)));
  });

  it.each(cases)("reports the stored diagnostics of $name", (c) => {
    expectGolden(c, "diagnostics.json", stableJson(diagnosticsOf(c)));
  });

  it.each(cases)("writes the stored article page of $name", (c) => {
    const page = join(outDir, "articles", recordOf(c).slug, "index.html");
    expect(existsSync(page), page).toBe(true);
    expectGolden(c, "page.html", readFileSync(page, "utf8"));
  });
});

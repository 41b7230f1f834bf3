import { cp, mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PROJECT_ROOT } from "../../config/project-root";
import type { SyntheticArticle } from "./generate";
import { runSampled, type TreeRun } from "./process-tree";

/**
 * The plain Eleventy 3 reference the benchmark times beside our build: the same synthetic
 * articles as Markdown under YAML front matter, rendered by the Eleventy we depend on with the
 * site in `plain-eleventy-site/` (a page per article with headline, byline, date, source, topic
 * links and the body through Eleventy's markdown-it; a page per topic and per month listing
 * their articles newest first; a home page with the latest 50). No extraction, search index,
 * feeds or checks: what a small Eleventy archive does, for the ratio the targets judge.
 */

const SITE = fileURLToPath(new URL("./plain-eleventy-site/", import.meta.url));
const ELEVENTY = join(PROJECT_ROOT, "node_modules/@11ty/eleventy/cmd.cjs");

/**
 * An article as the plain site's Markdown file: its fields in front matter (JSON strings, which
 * YAML reads as they are), its paragraphs as the body.
 * @param article one generated article
 * @returns the file's text
 * @example plainEleventyMarkdown(generateArticles(1, 1)[0]!).startsWith("---\ntitle: ") //=> true
 */
export function plainEleventyMarkdown(article: SyntheticArticle): string {
  return [
    "---",
    `title: ${JSON.stringify(article.headline)}`,
    `date: ${article.date}`,
    `authors: ${JSON.stringify(article.authors)}`,
    `source: ${JSON.stringify(article.source)}`,
    `topics: ${JSON.stringify(article.topics.map((t) => t.label))}`,
    "---",
    "",
    ...article.paragraphs.flatMap((p) => [p, ""]),
  ].join("\n");
}

/**
 * Write the plain site into `dir` (an empty or absent folder): its configuration, templates and
 * one Markdown file per article under `src/articles/`.
 * @param dir the reference site's folder
 * @param articles the corpus
 * @throws the file system's error when `dir` cannot be written
 * @example await writePlainEleventySite("/tmp/bench/plain", generateArticles(1000, 1))
 */
export async function writePlainEleventySite(dir: string, articles: readonly SyntheticArticle[]): Promise<void> {
  await mkdir(dir, { recursive: true });
  await cp(join(SITE, "eleventy.config.mjs"), join(dir, "eleventy.config.mjs"));
  await cp(join(SITE, "site"), join(dir, "src"), { recursive: true });
  for (const article of articles) await writeFile(join(dir, "src/articles", `${article.id}.md`), plainEleventyMarkdown(article));
}

/** A build of the plain site: the process tree's run and the files Eleventy said it wrote. */
export interface PlainEleventyRun extends TreeRun {
  /** From Eleventy's "Wrote N files" line; null when it printed none. */
  readonly files: number | null;
}

/**
 * Build the site written by {@link writePlainEleventySite} from scratch into `dir/_site`, with
 * Eleventy's own command line (`node cmd.cjs`, Node's default options), its memory sampled like
 * our build's.
 * @param dir the reference site's folder
 * @returns the run; its `status` is not 0 when Eleventy failed
 * @throws when the command cannot be started
 * @example (await buildPlainEleventy("/tmp/bench/plain")).seconds //=> 20.1
 */
export async function buildPlainEleventy(dir: string): Promise<PlainEleventyRun> {
  const run = await runSampled(process.execPath, [ELEVENTY, "--quiet", "--config=eleventy.config.mjs", "--input=src", "--output=_site"], {
    cwd: dir,
  });
  const wrote = /Wrote (\d+) files?/.exec(`${run.stdout}\n${run.stderr}`)?.[1];
  return { ...run, files: wrote === undefined ? null : Number(wrote) };
}

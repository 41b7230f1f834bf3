import { cpSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/project-root";
import { listFileTree } from "../../src/util/file-tree";
import type { BuildReport } from "../../src/build/build-report";
import { tempDirs } from "../helpers/folders";
import { runBuild, runCheck, type BuildRun } from "../helpers/run-build";

// A real archive publishes: good articles beside doubtful files. Each doubtful file carries a
// marker word in its text, so any trace of it anywhere in the written site can be found.
const temp = tempDirs();
afterAll(temp.remove);

/** The doubtful files, each with the line and id it must be quarantined with, and its marker. */
const DOUBTFUL = [
  {
    file: "no-headline.txt",
    line: 1,
    id: "missing-headline",
    marker: "qmarknoheadline",
    text: "the body starts right away with a long lower-case sentence about qmarknoheadline that reads like prose, and it goes on for a while.\n\nand then another long paragraph of prose follows here, again without anything that looks like a title.\n",
  },
  {
    file: "broken-front-matter.md",
    line: 3,
    id: "front-matter-yaml",
    marker: "qmarkbrokenyaml",
    text: "---\ntitle: [unclosed qmarkbrokenyaml\ndate: 2024-01-02\n---\nA paragraph about qmarkbrokenyaml, long enough to be an article body.\n",
  },
  {
    file: "unreadable.txt",
    line: 3,
    id: "invalid-utf8",
    marker: "qmarkbytes",
    bytes: Buffer.concat([
      Buffer.from("Headline of qmarkbytes\n\nA long paragraph about qmarkbytes and the caf"),
      Buffer.from([0xe9]),
      Buffer.from(" on the corner, long enough to be an article body.\n"),
    ]),
  },
  {
    file: "impossible-date.md",
    line: 3,
    id: "invalid-date",
    marker: "qmarkfielderror",
    text: "---\ntitle: A headline about qmarkfielderror\ndate: 2023-02-31\n---\nA paragraph about qmarkfielderror, long enough to be an article body.\n",
  },
] as const;

/** The articles of the good fixture that a build publishes (its draft is left out, with a warning). */
const GOOD_SLUGS = [
  "a-note-with-no-date",
  "envoys-meet-for-round-1-of-talks",
  "envoys-meet-for-round-2-of-talks",
  "envoys-meet-for-round-3-of-talks",
  "peacekeepers-leave-the-harbour-town",
  "script-headline",
];

/** A dated raw text whose headline the extractor does not find: published under a placeholder. */
const UNTITLED = {
  file: "dated-no-headline.txt",
  slug: "untitled-example-wire-2023-09-20",
  text: "Published: 20 September 2023\n\nthe body starts right away with a long lower-case sentence that reads like prose, and it goes on for a while.\n\nand then another long paragraph of prose follows here, again without anything that looks like a title.\n\n© 2023 Example Wire. All rights reserved.\n",
};

/** A copy of the good fixture site with the doubtful files added, as a project root of its own. */
function archiveWithDoubtfulFiles(name: string): string {
  const root = join(temp.make(name), "project");
  cpSync(join(PROJECT_ROOT, "tests/fixtures/site/good"), root, { recursive: true });
  for (const d of DOUBTFUL) writeFileSync(join(root, "content/articles", d.file), "bytes" in d ? d.bytes : d.text);
  writeFileSync(join(root, "content/articles", UNTITLED.file), UNTITLED.text);
  return root;
}

/** Every written file's text (the search index's gzip data unpacked), by path. */
function siteTexts(out: string): Map<string, string> {
  const texts = new Map<string, string>();
  for (const file of listFileTree(out)) {
    const raw = readFileSync(join(out, file));
    texts.set(file, (/\.pf_[a-z]+$/.test(file) ? gunzipSync(raw) : raw).toString("utf8").toLowerCase());
  }
  return texts;
}

describe("a build of good articles beside doubtful files", () => {
  let root: string;
  let out: string;
  let run: BuildRun;
  let report: BuildReport;
  beforeAll(() => {
    root = archiveWithDoubtfulFiles("quarantine");
    out = join(root, "..", "site");
    run = runBuild(["--root", root, "--out", out], { GITHUB_ACTIONS: "true" });
    report = JSON.parse(readFileSync(`${out}.report.json`, "utf8")) as BuildReport;
  });

  it("succeeds and publishes every good article", () => {
    expect(run.status).toBe(0);
    for (const slug of GOOD_SLUGS) expect(existsSync(join(out, "articles", slug, "index.html")), slug).toBe(true);
    const sitemap = readFileSync(join(out, "sitemap.xml"), "utf8");
    expect([...sitemap.matchAll(/\/articles\/([^/]+)\//g)].map((m) => m[1]).sort()).toEqual([...GOOD_SLUGS, UNTITLED.slug].sort());
  });

  it("publishes a dated page without a headline under a placeholder that its page calls one", () => {
    const page = readFileSync(join(out, "articles", UNTITLED.slug, "index.html"), "utf8");
    expect(page).toContain("<h1>Untitled — Example Wire, 2023-09-20</h1>");
    expect(page).toContain('<p class="placeholder-flag">Headline not found in the original text');
    expect(run.stderr).toContain(`content/articles/${UNTITLED.file}:1:1: warning headline-placeholder:`);
  });

  it("leaves no trace of a doubtful file in any page, listing, feed, sitemap, export or search index", () => {
    const texts = siteTexts(out);
    expect(texts.has("sitemap.xml") && texts.has("feed.xml") && texts.has("api/articles.json")).toBe(true);
    expect([...texts.keys()].some((f) => f.endsWith(".pf_fragment"))).toBe(true);
    for (const [file, text] of texts) {
      for (const d of DOUBTFUL) expect(text.includes(d.marker), `${d.marker} in ${file}`).toBe(false);
    }
  });

  it.each(DOUBTFUL)("names $file in the closing summary with its line and reason", ({ file, line, id }) => {
    const block = run.stderr.slice(run.stderr.indexOf("\nQuarantined 4 files:"));
    expect(block).toContain(`\n  content/articles/${file}:${line}: ${id}: `);
  });

  it.each(DOUBTFUL)("names $file in the JSON report and as a GitHub annotation", ({ file, line, id }) => {
    const entry = report.quarantined.find((q) => q.file === `content/articles/${file}`);
    expect(entry?.errors[0]).toMatchObject({ line, id, severity: "error" });
    expect(run.stdout).toMatch(
      new RegExp(`^::error file=content/articles/${file.replace(".", "\\.")},line=${line}(,col=\\d+)?,title=${id}::`, "m"),
    );
  });

  it("counts what was published and what was left out in the report, which stays outside the site", () => {
    expect(report).toMatchObject({ status: "built", siteWritten: true, stopOn: "site" });
    expect(report.counts).toMatchObject({ files: 12, articles: 7, quarantined: 4 });
    expect(report.siteErrors).toEqual([]);
    expect(run.stdout).toMatch(/^ {2}quarantined +4 files with errors, not published/m);
    expect(listFileTree(out).some((f) => f.endsWith(".report.json"))).toBe(false);
  });

  it("is said the same way by npm run check, which exits 0", () => {
    const check = runCheck(["--root", root, "--problems-only"], { GITHUB_ACTIONS: "true" });
    expect(check.status).toBe(0);
    expect(check.stdout).toContain("Checked 12 files: 7 would be published, 4 quarantined, ");
    for (const { file, line, id } of DOUBTFUL) {
      expect(check.stdout).toContain(`\n  content/articles/${file}:${line}: ${id}: `);
      expect(check.stdout).toContain(`::error file=content/articles/${file},line=${line},`);
    }
  });
});

describe("a build that refuses doubtful files or a broken site", () => {
  it("with --strict exits 1 and writes no site, and its report says why", () => {
    const root = archiveWithDoubtfulFiles("quarantine-strict");
    const out = join(root, "..", "site");
    const run = runBuild(["--root", root, "--out", out, "--strict"]);
    expect(run.status).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(run.stderr).toContain("(--strict: any error stops the build). No site was written.");
    const report = JSON.parse(readFileSync(`${out}.report.json`, "utf8")) as BuildReport;
    expect(report).toMatchObject({ status: "content-errors", siteWritten: false, stopOn: "any", counts: { quarantined: 4 } });
  });

  it("stops on a site-level error (an invalid topic list, one error for its one problem) without --strict, and writes no site", () => {
    const root = archiveWithDoubtfulFiles("quarantine-site-error");
    writeFileSync(join(root, "content/topics.yml"), "- slug: no-label-here\n");
    const out = join(root, "..", "site");
    const run = runBuild(["--root", root, "--out", out]);
    expect(run.status).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(run.stderr).toMatch(/\nBuild failed: 1 site-level error in 1 file\. No site was written\.\n$/);
  });

  it("refuses a report file inside the output folder, where it would be published", () => {
    const root = archiveWithDoubtfulFiles("quarantine-report-inside");
    const out = join(root, "..", "site");
    const run = runBuild(["--root", root, "--out", out, "--report", join(out, "report.json")]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/Refusing to write the build report to .*: it overlaps the output folder/);
    expect(existsSync(out)).toBe(false);
  });
});

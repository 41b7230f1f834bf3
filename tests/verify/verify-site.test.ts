import { mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { rm } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SiteData } from "../../src/site/site-data";
import { PROJECT_ROOT } from "../../src/config/project-root";
import { verifyContentMapping, verifyOutputFolder, type IngestSummary } from "../../src/verify/verify-site";
import type { IngestResult } from "../../src/ingest/ingest";
import { tempDir } from "../helpers/run-build";
import { articleUrl } from "../../src/site/urls";
import { inShard, shardOfUrl } from "../../src/site/shard";
import { buildHere, builtHere } from "../helpers/build-here";

// The post-build verifier, on a real build of the fixture site: every content file maps to one
// page or a diagnostic, every path stays inside the output, and nothing else is in it.
const FIXTURE = resolve(PROJECT_ROOT, "tests/fixtures/site/good");
const LAYOUT = { assets: { from: join(PROJECT_ROOT, "templates/assets"), to: "assets" }, generatedDirs: ["pagefind"] };

describe("the post-build verifier", () => {
  let parent: string;
  let out: string;
  let data: SiteData;
  let result: IngestResult;
  beforeAll(async () => {
    parent = tempDir("verify");
    out = join(parent, "out");
    // The data the build made the site from, as its verification saw it.
    const built = await builtHere({ root: FIXTURE, out });
    result = built.ingest;
    data = built.site.data;
  });
  afterAll(() => rm(parent, { recursive: true, force: true }));

  const verify = async () => (await verifyOutputFolder(data, out, result, LAYOUT)).problems;

  it("passes the site the build wrote, and gives every file in it", async () => {
    const { problems, files } = await verifyOutputFolder(data, out, result, LAYOUT);
    expect(problems).toEqual([]);
    const onDisk = readdirSync(out, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => relative(out, join(e.parentPath, e.name)));
    expect(files).toEqual(onDisk.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(files.filter((f) => f.startsWith("pagefind/")).length).toBeGreaterThan(0);
  });

  it("catches a stray file planted in the output, such as a page of a deleted article", async () => {
    const stray = join(out, "articles/deleted-article/index.html");
    mkdirSync(join(out, "articles/deleted-article"));
    writeFileSync(stray, "<p>old</p>");
    try {
      expect(await verify()).toEqual([
        "Unexpected file in the output (stale or stray, made by no page): articles/deleted-article/index.html",
      ]);
    } finally {
      rmSync(join(out, "articles/deleted-article"), { recursive: true });
    }
  });

  it("catches a symbolic link that leads out of the output folder", async () => {
    symlinkSync("/etc/hostname", join(out, "leak.txt"));
    try {
      expect(await verify()).toEqual(["Output path is a symbolic link, which may point outside the output folder: leak.txt"]);
    } finally {
      rmSync(join(out, "leak.txt"));
    }
  });

  it("catches a symbolic link to a folder outside, without listing what is behind it", async () => {
    symlinkSync("/etc", join(out, "assets/leak"));
    try {
      expect(await verify()).toEqual(["Output path is a symbolic link, which may point outside the output folder: assets/leak"]);
    } finally {
      rmSync(join(out, "assets/leak"));
    }
  });

  it("catches an article page that was not written", async () => {
    const record = result.records[0]!;
    const page = join(out, "articles", record.slug, "index.html");
    const html = readFileSync(page);
    rmSync(page);
    try {
      const problems = await verify();
      expect(problems).toContain(`Expected page was not written: articles/${record.slug}/index.html`);
      expect(problems).toContain(`No article page was written for ${record.file} (expected articles/${record.slug}/index.html)`);
    } finally {
      writeFileSync(page, html);
    }
  });

  it("checks a shard's folder against its part only: another part's page is stray there, and not missed when absent", async () => {
    const record = result.records[0]!;
    const url = articleUrl(record.slug);
    const layout = { ...LAYOUT, part: (u: string) => u !== url };
    const page = join(out, "articles", record.slug, "index.html");
    expect((await verifyOutputFolder(data, out, result, layout)).problems).toEqual([
      `Unexpected file in the output (stale or stray, made by no page): articles/${record.slug}/index.html`,
    ]);
    const html = readFileSync(page);
    rmSync(page);
    try {
      expect((await verifyOutputFolder(data, out, result, layout)).problems).toEqual([]);
    } finally {
      writeFileSync(page, html);
    }
  });

  it("still catches a missing page of a shard's own part", async () => {
    const record = result.records[0]!;
    const page = join(out, "articles", record.slug, "index.html");
    const own = inShard({ index: shardOfUrl(articleUrl(record.slug), 2), count: 2 });
    const html = readFileSync(page);
    rmSync(page);
    try {
      const problems = (await verifyOutputFolder(data, out, result, { ...LAYOUT, part: own })).problems;
      expect(problems).toContain(`Expected page was not written: articles/${record.slug}/index.html`);
      expect(problems).toContain(`No article page was written for ${record.file} (expected articles/${record.slug}/index.html)`);
    } finally {
      writeFileSync(page, html);
    }
  });
});

describe("a build under a path prefix", () => {
  it("passes the verifier: pages are written at their site paths, links carry the prefix", async () => {
    const parent = tempDir("verify-prefix");
    try {
      const outcome = await buildHere({
        root: FIXTURE,
        out: join(parent, "out"),
        env: { PATH_PREFIX: "/news-archive/", SITE_URL: "https://example.github.io" },
      });
      expect(outcome.status === "failed" ? outcome.problems : []).toEqual([]);
      expect(outcome.status).toBe("built");
    } finally {
      await rm(parent, { recursive: true, force: true });
    }
  });
});

describe("verifyContentMapping", () => {
  const page = (slug: string) => `articles/${slug}/index.html`;
  const written = new Set([page("a"), page("b")]);
  it.each<[string, IngestSummary, string[]]>([
    // Each file an article page, or skipped with a warning: all accounted for.
    [
      "accepts pages and reported skips",
      {
        files: ["a.md", "b.md", "d.md"],
        records: [
          { file: "a.md", slug: "a" },
          { file: "b.md", slug: "b" },
        ],
        diagnostics: [{ file: "d.md", severity: "warning" }],
      },
      [],
    ],
    // A file that vanished without a word.
    [
      "catches a silently dropped file",
      { files: ["a.md", "c.md"], records: [{ file: "a.md", slug: "a" }], diagnostics: [] },
      ["c.md became no page and no diagnostic says why"],
    ],
    // An error must keep the file off the site.
    [
      "catches a file published despite an error",
      { files: ["a.md"], records: [{ file: "a.md", slug: "a" }], diagnostics: [{ file: "a.md", severity: "error" }] },
      ["a.md was published despite an error"],
    ],
    // Two files on one page: one would hide the other.
    [
      "catches two files on one page",
      {
        files: ["a.md", "a2.md"],
        records: [
          { file: "a.md", slug: "a" },
          { file: "a2.md", slug: "a" },
        ],
        diagnostics: [],
      },
      ["a.md and a2.md all map to articles/a/index.html"],
    ],
    // A record whose file is not in the content folder.
    [
      "catches a page from outside the content",
      { files: [], records: [{ file: "x.md", slug: "a" }], diagnostics: [] },
      ["x.md was published but is not in the content folder"],
    ],
  ])("%s", (_name, summary, expected) => {
    expect(verifyContentMapping(summary, written)).toEqual(expected);
  });
});

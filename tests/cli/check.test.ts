import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { formatCheckReport, type CheckResult } from "../../src/tools/editor/check-content";
import { topicDescription } from "../../src/topics/created-topics";
import { runCheck } from "../helpers/run-build";
import { rootWithCases } from "../tools/editor/mistake-root";

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  await Promise.all(cleanups.map((c) => c()));
});

describe("npm run check", () => {
  it("passes the real content and says what the extractor found in each raw file", () => {
    const run = runCheck([]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^content\/articles\/000_20bb23d7441ab6bf\.txt$/m);
    expect(run.stdout).toMatch(/^ {2}headline {3}Azerbaijan Accused of Killing/m);
    expect(run.stdout).toMatch(/^ {2}published {2}2023-09-20 +extracted, line 3$/m);
    expect(run.stdout).toMatch(/to confirm or add in front matter: authors, source/);
    // This repository's settings leave the address to the deployment (`SITE_URL`).
    expect(run.stdout).toContain("content/site.yml: warning site-url-unset:");
    expect(run.stdout).toMatch(/Checked 5 files: 5 would be published, 0 quarantined, 0 errors, 1 warning — ready to build\./);
  });

  it("does not warn about the site's address when SITE_URL gives it", () => {
    const run = runCheck(["--problems-only"], { SITE_URL: "https://news.example.com" });
    expect(run.status).toBe(0);
    expect(run.stdout).not.toContain("site-url-unset");
    expect(run.stdout).toMatch(/0 errors, 0 warnings — ready to build\./);
  });

  it("exits 0, lists every problem of every file and names each file the build would quarantine", async () => {
    const { root, cleanup } = await rootWithCases("misspelt-key", "impossible-date", "draft");
    cleanups.push(cleanup);
    const run = runCheck(["--root", root, "--problems-only"], { SITE_URL: "https://news.example.com" });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      "content/articles/tittle.md:2:1: error front-matter-unknown-key: Unknown key `tittle` (did you mean `title`?).",
    );
    expect(run.stdout).toContain("content/articles/feb-31.md:3:1: error invalid-date:");
    expect(run.stdout).toContain("content/articles/unfinished.md:3:1: warning draft-not-published:");
    expect(run.stdout).toContain("Checked 3 files: 0 would be published, 2 quarantined, 2 errors, 1 warning");
    expect(run.stdout).toMatch(/^ {2}content\/articles\/feb-31\.md:3: invalid-date: /m);
    expect(run.stdout).toMatch(/^ {2}content\/articles\/tittle\.md:2: front-matter-unknown-key: /m);
    expect(run.stdout).not.toContain("What the extractor found");
    expect(run.stdout).not.toContain("::error");
  });

  it("with --strict exits 1 on any error", async () => {
    const { root, cleanup } = await rootWithCases("impossible-date");
    cleanups.push(cleanup);
    const run = runCheck(["--root", root, "--problems-only", "--strict"]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("`npm run build -- --strict` would fail.");
  });

  it("exits 1 on a site-level error, which stops every build", async () => {
    const { root, cleanup } = await rootWithCases("draft");
    cleanups.push(cleanup);
    writeFileSync(join(root, "content", "topics.yml"), "- slug: only-a-slug\n");
    const run = runCheck(["--root", root, "--problems-only"]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("content/topics.yml:1:1: error topics-file-invalid:");
    expect(run.stdout).toContain("fix the site-level errors above; `npm run build` would fail.");
  });

  it("lists the topics the build would create, with slug, article count and first file", async () => {
    const { root, cleanup } = await rootWithCases("unknown-topic");
    cleanups.push(cleanup);
    const body = "Monitors from both sides said on Tuesday that the mission would be extended until the end of the year.";
    writeFileSync(
      join(root, "content", "articles", "peace.md"),
      `---\ntitle: Mission extended\ntopics: [Peace Keeping, Diplomacy]\n---\n${body}\n`,
    );
    const run = runCheck(["--root", root, "--problems-only"], { SITE_URL: "https://news.example.com" });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      [
        "New topics (2), not in content/topics.yml; add them there to set a label, description or aliases:",
        "  diplomcy (diplomcy): 1 article, first content/articles/topic.md",
        "  Peace Keeping (peace-keeping): 1 article, first content/articles/peace.md",
      ].join("\n"),
    );
    expect(run.stdout).toContain("Checked 2 files: 2 would be published, 0 quarantined, 0 errors, 1 warning — ready to build.");
  });

  it("does not list new topics while topics.yml has errors, when every name looks new", () => {
    const topic = { slug: "peace-keeping", label: "Peace Keeping", description: topicDescription("Peace Keeping"), aliases: [] };
    const result: CheckResult = {
      diagnostics: [],
      raw: [],
      files: ["content/articles/a.md"],
      publishable: 1,
      quarantined: [],
      siteErrors: [],
      errors: 1,
      warnings: 0,
      notes: 0,
      createdTopics: [{ topic, articles: 1, firstFile: "content/articles/a.md" }],
      taxonomyFailed: true,
    };
    expect(formatCheckReport(result)).toContain("New topics are listed once content/topics.yml is fixed.");
    expect(formatCheckReport(result)).not.toContain("peace-keeping");
    expect(formatCheckReport({ ...result, taxonomyFailed: false })).toContain(
      "  Peace Keeping (peace-keeping): 1 article, first content/articles/a.md",
    );
  });

  it("under GitHub Actions also prints each problem as a workflow command", async () => {
    const { root, cleanup } = await rootWithCases("impossible-date", "draft");
    cleanups.push(cleanup);
    const run = runCheck(["--root", root, "--problems-only"], { GITHUB_ACTIONS: "true" });
    expect(run.stdout).toMatch(/^::error file=content\/articles\/feb-31\.md,line=3,col=1,title=invalid-date::/m);
    expect(run.stdout).toMatch(/^::warning file=content\/articles\/unfinished\.md,line=3,col=1,title=draft-not-published::/m);
  });

  it("exits 0 on warnings alone", async () => {
    const { root, cleanup } = await rootWithCases("draft");
    cleanups.push(cleanup);
    expect(runCheck(["--root", root]).status).toBe(0);
  });

  it("exits 2 on an unknown option", () => {
    const run = runCheck(["--frobnicate"]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain("usage: npm run check");
  });
});

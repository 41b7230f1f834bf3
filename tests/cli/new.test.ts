import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/project-root";

// The check runs below are about the new article: the site's address is given, as a deployment gives it.
const ENV = { ...process.env, SOURCE_DATE_EPOCH: "1798761600", TZ: "UTC", SITE_URL: "https://news.example.com" };
const run = (script: string, args: readonly string[], env: Record<string, string> = {}, input?: string) => {
  const r = spawnSync(process.execPath, ["--import", "tsx", join(PROJECT_ROOT, "src/cli", script), ...args], {
    cwd: PROJECT_ROOT,
    encoding: "utf8",
    env: { ...ENV, ...env },
    ...(input === undefined ? {} : { input }),
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};
const PASTED = join(PROJECT_ROOT, "content/articles/000_20bb23d7441ab6bf.txt");
const NAME = "azerbaijan-accused-of-killing-russian-peacekeepers-in-deadly-attack-near.txt";

describe("npm run new", () => {
  let root: string;
  let articles: string;
  let first: ReturnType<typeof run>;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), "new-article-"));
    articles = join(root, "content/articles");
    mkdirSync(articles, { recursive: true });
    copyFileSync(join(PROJECT_ROOT, "content/topics.yml"), join(root, "content/topics.yml"));
    first = run("new.ts", [PASTED, "--root", root]);
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("adds the pasted page under a name made from its headline, as a pre-filled draft", () => {
    expect(first.status).toBe(0);
    expect(readdirSync(articles)).toEqual([NAME]);
    const text = readFileSync(join(articles, NAME), "utf8");
    expect(text).toMatch(/^---\n/);
    expect(text).toContain('\ntitle: "Azerbaijan Accused of Killing Russian Peacekeepers in Deadly Attack near Stepanakert"\n');
    expect(text).toContain("\ndate: 2023-09-20\n");
    expect(text).toContain("\n# authors: unknown — add [First Author, Second Author]\n");
    expect(text).toContain("\ndraft: true\n---\n");
    expect(text.endsWith(readFileSync(PASTED, "utf8"))).toBe(true);
    expect(first.stdout).toContain(`Added content/articles/${NAME} as a draft.`);
  });

  it("gives a file that passes the check, and publishes once draft: true is deleted", () => {
    const asDraft = run("check.ts", ["--root", root, "--problems-only"]);
    expect(asDraft.status).toBe(0);
    expect(asDraft.stdout).toContain("0 would be published, 0 quarantined, 0 errors, 1 warning");
    const file = join(articles, NAME);
    writeFileSync(file, readFileSync(file, "utf8").replace("\ndraft: true\n", "\n"));
    const confirmed = run("check.ts", ["--root", root]);
    expect(confirmed.status).toBe(0);
    expect(confirmed.stdout).toContain("1 would be published, 0 quarantined, 0 errors, 0 warnings");
    expect(confirmed.stdout).toMatch(/headline +Azerbaijan Accused .* front matter `title`, line 5/);
  });

  it("never overwrites an existing file", () => {
    const before = readFileSync(join(articles, NAME), "utf8");
    const again = run("new.ts", [PASTED, "--root", root]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain("already exists and was left unchanged");
    expect(readFileSync(join(articles, NAME), "utf8")).toBe(before);
  });

  it("takes another name with --name, adding .txt", () => {
    const named = run("new.ts", [PASTED, "--root", root, "--name", "second-copy"]);
    expect(named.status).toBe(0);
    expect(readdirSync(articles)).toContain("second-copy.txt");
  });

  it.each([["../escape.txt"], [".hidden.txt"], ["notes.docx"]])("refuses the name %s", (name) => {
    expect(run("new.ts", [PASTED, "--root", root, "--name", name]).status).toBe(2);
  });

  it("finds a relative FILE where the editor typed the command, not in the project root", () => {
    const here = mkdtempSync(join(tmpdir(), "pasted-"));
    try {
      copyFileSync(PASTED, join(here, "paste.txt"));
      const r = run("new.ts", ["paste.txt", "--root", root, "--name", "from-elsewhere"], { INIT_CWD: here });
      expect(r.status, r.stderr).toBe(0);
      expect(readdirSync(articles)).toContain("from-elsewhere.txt");
    } finally {
      rmSync(here, { recursive: true, force: true });
    }
  });

  it("reads the pasted page from standard input when FILE is -", () => {
    const r = run("new.ts", ["-", "--root", root, "--name", "from-stdin"], {}, readFileSync(PASTED, "utf8"));
    expect(r.status, r.stderr).toBe(0);
    const text = readFileSync(join(articles, "from-stdin.txt"), "utf8");
    expect(text).toContain("# Added from standard input.");
    expect(text).toContain('\ntitle: "Azerbaijan Accused of Killing Russian Peacekeepers in Deadly Attack near Stepanakert"\n');
    expect(text.endsWith(readFileSync(PASTED, "utf8"))).toBe(true);
  });

  it("adds nothing when standard input is empty, naming it stdin.txt in the diagnostic", () => {
    const r = run("new.ts", ["-", "--root", root, "--name", "empty-stdin"], {}, "");
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("stdin.txt:1:1: error empty-file:");
    expect(readdirSync(articles)).not.toContain("empty-stdin.txt");
  });

  it("adds nothing when the input cannot be read", () => {
    const r = run("new.ts", [join(root, "missing.txt"), "--root", root]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("read-failed");
  });
});

import { execFile } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/project-root";
import { articlePage, LATIN_HEADLINE, startPageServer, type PageServer } from "../helpers/page-server";

const ENV = { ...process.env, SOURCE_DATE_EPOCH: "1798761600", TZ: "UTC" };

// Asynchronous: the page server runs in this process and must keep answering meanwhile.
async function run(script: string, args: readonly string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  try {
    const r = await promisify(execFile)(process.execPath, ["--import", "tsx", join(PROJECT_ROOT, "src/cli", script), ...args], {
      cwd: PROJECT_ROOT,
      env: ENV,
    });
    return { status: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { status: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const NAME = "harbour-bridge-closed-for-summer-repairs";

describe("npm run new -- URL", () => {
  let server: PageServer;
  let root: string;
  let articles: string;
  let first: Awaited<ReturnType<typeof run>>;
  beforeAll(async () => {
    server = await startPageServer();
    root = mkdtempSync(join(tmpdir(), "new-url-"));
    articles = join(root, "content/articles");
    mkdirSync(articles, { recursive: true });
    copyFileSync(join(PROJECT_ROOT, "content/topics.yml"), join(root, "content/topics.yml"));
    first = await run("new.ts", [`${server.base}/article`, "--root", root]);
  });
  afterAll(async () => {
    await server.close();
    rmSync(root, { recursive: true, force: true });
  });

  it("saves the page's exact bytes under its headline's slug, with a pre-filled draft sidecar", () => {
    expect(first.stderr).toBe("");
    expect(first.status).toBe(0);
    expect(readFileSync(join(articles, `${NAME}.html`), "utf8")).toBe(articlePage("Harbour Bridge Closed for Summer Repairs"));
    const sidecar = readFileSync(join(articles, `${NAME}.yml`), "utf8");
    expect(sidecar).toMatch(new RegExp(`^---\\n# Fetched from ${server.base}/article\\n`));
    expect(sidecar).toContain("\n# HTTP Content-Type: text/html; charset=utf-8\n");
    expect(sidecar).toContain(`\n# The page states no address of its own; the address it was fetched from is ${server.base}/article\n`);
    expect(sidecar).toContain('\ntitle: "Harbour Bridge Closed for Summer Repairs"\n');
    expect(sidecar).toContain('\nauthors: ["Jane Doe"]\n');
    expect(sidecar).toContain("\ndate: 2025-06-03T09:30+02:00\n");
    expect(sidecar).toContain("\ndraft: true\n---\n");
    expect(first.stdout).toContain(`Added content/articles/${NAME}.html as a draft, fetched, with content/articles/${NAME}.yml.`);
    expect(first.stdout).toMatch(/headline +Harbour Bridge Closed for Summer Repairs/);
    expect(server.seen.find((s) => s.path === "/article")?.headers["user-agent"]).toMatch(
      /^news-archive\/\d+\.\d+\.\d+ \(\+archival fetch\)$/,
    );
  });

  it("gives a page and sidecar that pass the check as a draft", async () => {
    const check = await run("check.ts", ["--root", root, "--problems-only"]);
    expect(check.stdout).toContain("0 would be published, 0 quarantined, 0 errors");
    expect(check.status).toBe(0);
  });

  it("records the redirects and the final address in the sidecar, and takes --name", async () => {
    const r = await run("new.ts", [`${server.base}/moved`, "--root", root, "--name", "moved-copy"]);
    expect(r.status).toBe(0);
    const sidecar = readFileSync(join(articles, "moved-copy.yml"), "utf8");
    expect(sidecar).toContain(
      `\n#   301 redirect from ${server.base}/moved\n#   302 redirect from ${server.base}/moved-again\n# Final address: ${server.base}/article\n`,
    );
    expect(r.stdout).toContain(`after 2 redirects, from ${server.base}/article`);
  });

  it("keeps a windows-1252 page's bytes as sent, records the header's charset and pre-fills the values read with it", async () => {
    const r = await run("new.ts", [`${server.base}/latin`, "--root", root]);
    expect(r.status).toBe(0);
    const [page] = readdirSync(articles).filter((f) => f.startsWith("council"));
    expect(page).toBe("councils-bridge-vote-what-it-means.html");
    expect(readFileSync(join(articles, page!)).includes(0x92)).toBe(true);
    const sidecar = readFileSync(join(articles, "councils-bridge-vote-what-it-means.yml"), "utf8");
    expect(sidecar).toContain("\n# The page declares no charset and is read as UTF-8; the server named windows-1252.\n");
    expect(sidecar).toContain(`\ntitle: "${LATIN_HEADLINE}"\n`);
    expect(r.stdout).toContain("the server sent it as windows-1252");
  });

  it("never overwrites an existing page", async () => {
    const before = readFileSync(join(articles, `${NAME}.yml`), "utf8");
    const again = await run("new.ts", [`${server.base}/article`, "--root", root]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain("already exists and was left unchanged");
    expect(readFileSync(join(articles, `${NAME}.yml`), "utf8")).toBe(before);
  });

  it.each([
    ["/missing", "answered 404 Not Found", []],
    ["/data", "not an HTML page", []],
    ["/huge", "larger than the 2097152 bytes", []],
    ["/slow", "no complete answer", ["--timeout", "0.5"]],
  ])("adds nothing for %s and exits 1: %s", async (path, message, extra) => {
    const before = readdirSync(articles);
    const r = await run("new.ts", [`${server.base}${path}`, "--root", root, "--name", "refused", ...extra]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(message);
    expect(readdirSync(articles)).toEqual(before);
  });

  it.each([
    [["ftp://127.0.0.1/article"], "only http and https"],
    [["mailto:desk@example.org"], "only http and https"],
    [["http://127.0.0.1/a", "--timeout", "soon"], "--timeout must be a number"],
    [["http://127.0.0.1/a", "--name", "page.txt"], "--name must be a plain file name ending in .html"],
  ])("is a usage error: %j", async (args, message) => {
    const r = await run("new.ts", [...args, "--root", root]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(message);
    expect(existsSync(join(articles, "page.txt"))).toBe(false);
  });
});

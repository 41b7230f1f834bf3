import { cpSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/project-root";
import { tempDirs } from "../helpers/folders";
import { runBuild, type BuildRun } from "../helpers/run-build";

// The build command reads content/site.yml: the site's name, language and address come from it,
// an invalid one stops the build, and an address set nowhere is said, not silent.
const temp = tempDirs();
afterAll(temp.remove);

/** A copy of the fixture content with `site` as its settings file (none when undefined). */
function rootWith(site: string | undefined): string {
  const root = temp.make("settings-root");
  cpSync(join(PROJECT_ROOT, "tests/fixtures/site/good/content"), join(root, "content"), { recursive: true });
  if (site !== undefined) writeFileSync(join(root, "content/site.yml"), site);
  return root;
}

describe("the build with a settings file", () => {
  let out: string;
  let run: BuildRun;
  beforeAll(() => {
    out = join(temp.make("settings-site"), "out");
    run = runBuild(["--root", rootWith("name: Le Registre\nlanguage: fr\nurl: https://registre.example.fr/archives/\n"), "--out", out]);
  }, 120_000);

  it("builds with the settings file's name, language and address", () => {
    expect(run.status, run.stderr).toBe(0);
    const home = readFileSync(join(out, "index.html"), "utf8");
    expect(home).toMatch(/^<!doctype html>\n<html lang="fr">/i);
    expect(home).toContain('<a class="site-name" href="/archives/">Le Registre</a>');
    expect(readFileSync(join(out, "feed.xml"), "utf8")).toContain("<id>https://registre.example.fr/archives/feed.xml</id>");
    expect(readFileSync(join(out, "sitemap.xml"), "utf8")).toContain("<loc>https://registre.example.fr/archives/</loc>");
  });

  it("names the address in the summary without a warning", () => {
    expect(run.stdout).toMatch(/^ {2}site address +https:\/\/registre\.example\.fr\/archives\/$/m);
    expect(run.stderr).not.toContain("site-url-unset");
  });
});

describe("the build without an address", () => {
  it("warns, and says in the summary that the address is a placeholder", () => {
    const out = join(temp.make("no-address"), "out");
    const run = runBuild(["--root", rootWith(undefined), "--out", out]);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain("content/site.yml: warning site-url-unset:");
    expect(run.stdout).toMatch(
      /^ {2}site address +https:\/\/example\.org\/ \(a placeholder: set `url` in content\/site\.yml or SITE_URL\)$/m,
    );
    expect(readFileSync(join(out, "index.html"), "utf8")).toMatch(/<html lang="en">/);
  }, 120_000);
});

describe("the build with an invalid settings file", () => {
  it("stops before writing anything, naming the key's line", () => {
    const out = join(temp.make("bad-settings"), "out");
    const run = runBuild(["--root", rootWith("name: X\npageSise: 10\n"), "--out", out]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("content/site.yml:2:1: error settings-file-invalid: Unknown key `pageSise` (did you mean `pageSize`?)");
    expect(run.stderr).toContain("site-level error");
    expect(existsSync(out)).toBe(false);
  }, 120_000);
});

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { load } from "js-yaml";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/config/project-root";

// The deploy configurations are code too: they must run only the project's own commands, so
// what CI publishes is exactly what `npm test` and `npm run build` do on an editor's machine.
interface Step {
  readonly name?: string;
  readonly uses?: string;
  readonly run?: string;
  readonly env?: Record<string, string>;
}
interface Workflow {
  readonly permissions: Record<string, string>;
  readonly jobs: Record<string, { readonly container?: string; readonly steps: Step[] }>;
}

const workflow = load(readFileSync(join(PROJECT_ROOT, ".github/workflows/pages.yml"), "utf8")) as Workflow;
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
const packageJson = JSON.parse(readFileSync(join(PROJECT_ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> };

describe("the GitHub Pages workflow", () => {
  it.each(steps.filter((s) => s.run !== undefined).map((s) => [s.name ?? "", s.run!] as const))(
    "step %s runs only project commands",
    (_name, run) => {
      for (const command of run.split("&&").map((c) => c.trim())) {
        // npm ci, npm test, npm run <script that exists>, or Debian's Chromium for the browser tests.
        const script = /^npm run (\S+)/.exec(command)?.[1];
        if (script !== undefined) expect(packageJson.scripts, command).toHaveProperty(script);
        else expect(command).toMatch(/^(npm ci\b|npm test$|apt-get (update|install -y --no-install-recommends chromium\b))/);
      }
    },
  );

  it("runs the tests before it builds, and builds before it uploads", () => {
    const order = steps.map((s) => s.run ?? s.uses ?? "");
    const at = (pattern: RegExp) => order.findIndex((s) => pattern.test(s));
    expect(at(/^npm ci/)).toBeLessThan(at(/^npm test$/));
    expect(at(/^npm test$/)).toBeLessThan(at(/^npm run build$/));
    expect(at(/^npm run build$/)).toBeLessThan(at(/upload-pages-artifact/));
  });

  it("builds with the Pages path prefix and origin", () => {
    const build = steps.find((s) => s.run === "npm run build");
    expect(build?.env).toEqual({
      PATH_PREFIX: "${{ steps.pages.outputs.base_path }}/",
      SITE_URL: "${{ steps.pages.outputs.origin }}",
    });
  });

  it("uses only the official actions, and deploys _site/", () => {
    for (const s of steps.filter((x) => x.uses !== undefined)) expect(s.uses).toMatch(/^actions\/[a-z-]+@v\d+$/);
    expect(steps.find((s) => s.uses?.startsWith("actions/upload-pages-artifact"))).toMatchObject({ with: { path: "_site" } });
    expect(workflow.permissions).toEqual({ contents: "read", pages: "write", "id-token": "write" });
  });

  it("tests on Debian, where the browser tests find /usr/bin/chromium", () => {
    expect(workflow.jobs["build"]?.container).toMatch(/^node:20-bookworm$/);
  });
});

describe("the Netlify configuration", () => {
  const toml = readFileSync(join(PROJECT_ROOT, "netlify.toml"), "utf8");
  it("runs the project's build and publishes _site/", () => {
    expect(toml).toMatch(/^ {2}command = "SITE_URL=\\"\$URL\\" npm run build"$/m);
    expect(toml).toMatch(/^ {2}publish = "_site"$/m);
    expect(toml).toMatch(/^ {2}NODE_VERSION = "20"$/m);
  });
});

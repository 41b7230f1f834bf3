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
  readonly with?: Record<string, unknown>;
}
interface Job {
  readonly if?: string;
  readonly needs?: string | string[];
  readonly container?: string;
  readonly env?: Record<string, string>;
  readonly strategy?: { readonly matrix: Record<string, string> };
  readonly steps: Step[];
}
interface Workflow {
  readonly permissions: Record<string, string>;
  readonly jobs: Record<string, Job>;
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

describe("the GitHub Pages workflow, building in parts (BUILD_SHARDS)", () => {
  const jobs = workflow.jobs;
  const count = "(inputs.shards || vars.BUILD_SHARDS || '1')";
  const stepsOf = (job: string) => jobs[job]?.steps ?? [];
  const using = (job: string, action: string) => stepsOf(job).find((s) => s.uses?.startsWith(`actions/${action}@`));

  it("builds once by default, and in parts only when asked for more than one", () => {
    expect(jobs["build"]?.if).toBe(`${count} == '1'`);
    expect(jobs["test"]?.if).toBe(`${count} != '1'`);
    // The parts and the merge follow the tests (\`needs\`), so they run and are skipped with them.
    for (const job of ["shard", "merge"]) expect(jobs[job]?.if, job).toBeUndefined();
  });

  it("offers for each number of parts it accepts exactly the parts 1 to that number", () => {
    const matrix = jobs["shard"]?.strategy?.matrix["shard"] ?? "";
    const table = /fromJSON\('(\{.*\})'\)\[inputs\.shards \|\| vars\.BUILD_SHARDS\]/.exec(matrix)?.[1];
    const lists = JSON.parse(table ?? "null") as Record<string, number[]>;
    expect(Object.keys(lists).length).toBeGreaterThan(0);
    for (const [n, parts] of Object.entries(lists)) expect(parts).toEqual(Array.from({ length: Number(n) }, (_, i) => i + 1));
    expect(jobs["shard"]?.env?.["SHARDS"]).toBe("${{ inputs.shards || vars.BUILD_SHARDS }}");
  });

  it("tests once, then builds each part as one build is built, with the Pages path prefix and origin", () => {
    expect(stepsOf("test").map((s) => s.run ?? s.uses)).toEqual(
      stepsOf("build")
        .slice(0, 4)
        .map((s) => s.run ?? s.uses),
    );
    expect(jobs["shard"]?.needs).toBe("test");
    const part = stepsOf("shard").find((s) => s.run?.startsWith("npm run build"));
    expect(part?.run).toBe("npm run build -- --shard ${{ matrix.shard }}/${{ env.SHARDS }}");
    expect(part?.env).toEqual(stepsOf("build").find((s) => s.run === "npm run build")?.env);
    expect({ ...jobs["shard"]?.env, SHARDS: undefined }).toEqual({ ...jobs["build"]?.env, SHARDS: undefined });
  });

  it("uploads each part whole, dotfiles included, and merges every part into _site before uploading it for Pages", () => {
    expect(using("shard", "upload-artifact")?.with).toMatchObject({
      name: "site-part-${{ matrix.shard }}",
      path: "_site",
      "include-hidden-files": true,
    });
    expect(jobs["merge"]?.needs).toBe("shard");
    expect(stepsOf("merge").map((s) => s.uses?.replace(/@.*/, ""))).toEqual(["actions/download-artifact", "actions/upload-pages-artifact"]);
    expect(using("merge", "download-artifact")?.with).toEqual({ pattern: "site-part-*", path: "_site", "merge-multiple": true });
    expect(using("merge", "upload-pages-artifact")?.with).toEqual({ path: "_site" });
  });

  it("deploys whichever of the one build and the merged parts ran, once it succeeded", () => {
    expect(jobs["deploy"]?.needs).toEqual(["build", "merge"]);
    expect(jobs["deploy"]?.if).toBe("always() && (needs.build.result == 'success' || needs.merge.result == 'success')");
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

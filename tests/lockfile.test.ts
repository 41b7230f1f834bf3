import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// `npm ci` refuses a lockfile that lacks an entry for any optional dependency, even one for
// another platform. The registry reachable here serves only some platforms' binaries, and a
// plain `npm install` then drops the others' entries; this test names the gap before CI does.
const lock = JSON.parse(readFileSync(join(import.meta.dirname, "../package-lock.json"), "utf8")) as {
  packages: Record<string, { optionalDependencies?: Record<string, string>; version?: string }>;
};

describe("package-lock.json", () => {
  const withOptional = Object.entries(lock.packages).filter(([, p]) => p.optionalDependencies);
  it.each(withOptional.map(([name, p]) => [name, p.optionalDependencies!]))("lists every optional dependency of %s", (_name, optional) => {
    for (const [dep, version] of Object.entries(optional)) {
      expect(lock.packages[`node_modules/${dep}`]?.version, `${dep}@${version} missing from package-lock.json`).toBeDefined();
    }
  });
});

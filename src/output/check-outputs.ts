import { isAbsolute, relative, resolve } from "node:path";

/**
 * Output paths that fall outside `outputDir`. Eleventy writes wherever a permalink points,
 * even `../`, so every build checks this after the fact.
 * @example outputsOutside(["_site/a/index.html", "../x.html"], "_site") //=> ["../x.html"]
 */
export function outputsOutside(outputPaths: readonly string[], outputDir: string): string[] {
  const root = resolve(outputDir);
  return outputPaths.filter((p) => {
    const rel = relative(root, resolve(p));
    return rel === "" || rel.startsWith("..") || isAbsolute(rel);
  });
}

/**
 * Case-insensitive duplicates among output paths: distinct on Linux, one file on macOS.
 * @example caseCollisions(["a/X.html", "a/x.html"]) //=> ["a/x.html"]
 */
export function caseCollisions(outputPaths: readonly string[]): string[] {
  const seen = new Set<string>();
  const collisions: string[] = [];
  for (const p of outputPaths) {
    const key = p.toLowerCase();
    if (seen.has(key)) collisions.push(p);
    seen.add(key);
  }
  return collisions;
}

/**
 * Throw when any written file lies outside the output folder or collides by case.
 * @throws Error naming the offending paths.
 */
export function assertOutputsContained(outputPaths: readonly string[], outputDir: string): void {
  const outside = outputsOutside(outputPaths, outputDir);
  if (outside.length > 0) throw new Error(`Output written outside ${outputDir}: ${outside.join(", ")}`);
  const collisions = caseCollisions(outputPaths);
  if (collisions.length > 0) throw new Error(`Output paths differ only by case: ${collisions.join(", ")}`);
}

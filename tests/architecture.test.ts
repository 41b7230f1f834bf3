import { existsSync, readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../src/config/project-root";
import { listFileTree } from "../src/util/file-tree";

// The layout rules of docs/architecture.md, checked against the tree: the doc is the rule.
const DOC = readFileSync(join(PROJECT_ROOT, "docs/architecture.md"), "utf8");
const SOURCES = listFileTree(join(PROJECT_ROOT, "src")).map((f) => `src/${f}`);
const MAX_FILE_LINES = 400;
const MAX_FUNCTION_LINES = 120;

/** The folder (or root file) of `src/` a source file belongs to: `site`, `types.ts`. */
function unitOf(file: string): string {
  return file.split("/")[1] ?? "";
}

/** Layer of each folder, from the numbered list under "## Layers" (1 is the bottom). */
function layers(): Map<string, number> {
  const section = DOC.split("## Layers")[1]?.split("\n## ")[0] ?? "";
  const ranks = new Map<string, number>();
  for (const line of section.split("\n")) {
    const m = /^(\d+)\. (.+)$/.exec(line);
    if (m === null) continue;
    for (const name of m[2]!.matchAll(/`([^`]+)`/g)) ranks.set(name[1]!.replace(/\/$/, ""), Number(m[1]));
  }
  return ranks;
}

/** The `src/` files a source file imports (relative specifiers only, resolved to their files). */
function importsOf(file: string): string[] {
  const text = readFileSync(join(PROJECT_ROOT, file), "utf8");
  const specifiers = [...text.matchAll(/(?:from|import\()\s*["'](\.{1,2}\/[^"']+)["']/g)].map((m) => m[1]!);
  return specifiers.map((s) => {
    const target = normalize(join(dirname(file), s));
    return SOURCES.find((f) => f === target || f === `${target}.ts` || f === `${target}.d.ts`) ?? target;
  });
}

/** Functions longer than `limit` lines in a source file, as `name:line (lines)`. */
function longFunctions(file: string, limit: number): string[] {
  const source = ts.createSourceFile(file, readFileSync(join(PROJECT_ROOT, file), "utf8"), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && "body" in node && node.body !== undefined) {
      const first = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const last = source.getLineAndCharacterOfPosition(node.end).line;
      if (last - first + 1 > limit) found.push(`${file}:${first + 1} (${last - first + 1} lines)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe("the layout of src/", () => {
  const ranks = layers();

  it("gives every folder of src/ a layer in docs/architecture.md", () => {
    expect([...new Set(SOURCES.map(unitOf))].filter((unit) => !ranks.has(unit))).toEqual([]);
  });

  it("imports only from the same folder or a lower layer", () => {
    const upward: string[] = [];
    for (const file of SOURCES) {
      const from = unitOf(file);
      for (const target of importsOf(file)) {
        const to = unitOf(target);
        if (to === from) continue;
        if (!target.startsWith("src/")) upward.push(`${file} imports ${target}, outside src/`);
        else if ((ranks.get(to) ?? Infinity) >= (ranks.get(from) ?? 0))
          upward.push(`${file} (${from}, layer ${ranks.get(from)}) imports ${target} (${to}, layer ${ranks.get(to)})`);
      }
    }
    expect(upward).toEqual([]);
  });

  it("has no import circle", () => {
    const graph = new Map(SOURCES.map((f) => [f, importsOf(f).filter((t) => t.startsWith("src/"))]));
    const state = new Map<string, "open" | "done">();
    const circles: string[] = [];
    const visit = (file: string, path: string[]): void => {
      if (state.get(file) === "done") return;
      if (state.get(file) === "open") {
        circles.push([...path.slice(path.indexOf(file)), file].join(" → "));
        return;
      }
      state.set(file, "open");
      for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
      state.set(file, "done");
    };
    for (const file of SOURCES) visit(file, []);
    expect(circles).toEqual([]);
  });

  it(`keeps every file under ${MAX_FILE_LINES} lines and every function under ${MAX_FUNCTION_LINES}`, () => {
    const long = SOURCES.filter((f) => readFileSync(join(PROJECT_ROOT, f), "utf8").split("\n").length > MAX_FILE_LINES);
    expect(long).toEqual([]);
    expect(SOURCES.filter((f) => f.endsWith(".ts")).flatMap((f) => longFunctions(f, MAX_FUNCTION_LINES))).toEqual([]);
  });
});

describe("docs/architecture.md", () => {
  const mapped = [...DOC.matchAll(/^- `(src\/[^`]+)`/gm)].map((m) => m[1]!);

  it("lists every file of src/ in its file map, once", () => {
    expect(SOURCES.filter((f) => !mapped.includes(f))).toEqual([]);
    expect(mapped.filter((f, i) => mapped.indexOf(f) !== i)).toEqual([]);
  });

  it("lists no file that is not there", () => {
    expect(mapped.filter((f) => !SOURCES.includes(f))).toEqual([]);
  });

  it("names only paths of the project that exist", () => {
    const named = [...DOC.matchAll(/`((?:src|templates|tests|docs)\/[^`*]+)`/g)].map((m) => m[1]!);
    expect(named.filter((p) => !existsSync(join(PROJECT_ROOT, p)))).toEqual([]);
  });
});

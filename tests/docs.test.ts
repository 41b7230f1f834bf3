import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../src/config/project-root";

// The README is read in five minutes and the reference lives in docs/: these checks keep the
// README short, every link between the documents alive, and docs/cli.md true to the commands.
const README_MAX_LINES = 250;
const FIRST_SCREEN_LINES = 40;
const MAX_TABLE_CELL = 200;

const DOCUMENTS = [
  "README.md",
  ...readdirSync(join(PROJECT_ROOT, "docs"))
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => `docs/${f}`),
];
const read = (file: string): string => readFileSync(join(PROJECT_ROOT, file), "utf8");

/** The lines of a Markdown text outside fenced code blocks, with inline code spans blanked. */
function proseLines(markdown: string): string[] {
  let fenced = false;
  const lines: string[] = [];
  for (const line of markdown.split("\n")) {
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced;
      continue;
    }
    if (!fenced) lines.push(line.replace(/`[^`]*`/g, (span) => span.replace(/[[\]()]/g, " ")));
  }
  return lines;
}

/** The targets of a Markdown text's inline links and images, in order. */
function linkTargets(markdown: string): string[] {
  return proseLines(markdown).flatMap((line) => [...line.matchAll(/\]\(([^()\s]+)\)/g)].map((m) => m[1]!));
}

/** The anchors GitHub gives a Markdown text's headings: lower case, punctuation dropped, spaces as hyphens, repeats numbered. */
function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  let fenced = false;
  for (const line of markdown.split("\n")) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const heading = fenced ? null : /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading === null) continue;
    const text = heading[1]!.replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/[`*]/g, "");
    const base = text
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "")
      .replace(/ /g, "-");
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count === 0 ? base : `${base}-${count}`);
  }
  return anchors;
}

/** Why a relative link from `file` is broken, or null when it leads to an existing file (and heading). */
function brokenLink(file: string, target: string): string | null {
  const [path = "", anchor] = target.split("#");
  const linked = path === "" ? file : normalize(join(dirname(file), decodeURI(path)));
  if (linked.startsWith("..")) return `${target} leads out of the repository`;
  if (!existsSync(join(PROJECT_ROOT, linked))) return `${target}: no file ${linked}`;
  if (anchor === undefined) return null;
  if (!linked.endsWith(".md")) return `${target}: an anchor into a file that is not Markdown`;
  return headingAnchors(read(linked)).has(anchor) ? null : `${target}: no heading #${anchor} in ${linked}`;
}

const isExternal = (target: string): boolean => /^[a-z][a-z0-9+.-]*:/i.test(target);

describe("links in the README and docs/", () => {
  it.each(DOCUMENTS)("%s links only to files and headings that exist", (file) => {
    const broken = linkTargets(read(file))
      .filter((target) => !isExternal(target))
      .map((target) => brokenLink(file, target))
      .filter((problem) => problem !== null);
    expect(broken).toEqual([]);
  });

  it("finds links and anchors as GitHub makes them", () => {
    const doc =
      "# Title\n## `npm run bench:inputs`\n## Extract (the raw-text extractor)\n## Title\n```\n# not a heading\n```\nSee [a](b.md#c) and ![i](d.png), not `[e](f)`.";
    expect([...headingAnchors(doc)]).toEqual(["title", "npm-run-benchinputs", "extract-the-raw-text-extractor", "title-1"]);
    expect(linkTargets(doc)).toEqual(["b.md#c", "d.png"]);
  });
});

describe("the README", () => {
  const lines = read("README.md").split("\n");

  it(`is at most ${README_MAX_LINES} lines long`, () => {
    expect(lines.length).toBeLessThanOrEqual(README_MAX_LINES);
  });

  it("gives the build and test commands on its first screen", () => {
    const first = lines.slice(0, FIRST_SCREEN_LINES).join("\n");
    expect(first).toContain("npm install && npm run build");
    expect(first).toContain("npm test");
  });

  it(`has no table cell longer than ${MAX_TABLE_CELL} characters`, () => {
    const long = proseLines(lines.join("\n"))
      .filter((line) => line.startsWith("|"))
      .flatMap((line) => line.slice(1, -1).split(" | "))
      .filter((cell) => cell.trim().length > MAX_TABLE_CELL);
    expect(long).toEqual([]);
  });
});

/** The option names (without `--`) a command reads (`parseOptions`, which calls `parseArgs`). */
function parsedOptions(file: string): string[] {
  const source = ts.createSourceFile(file, read(file), ts.ScriptTarget.Latest, true);
  const names: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && ["parseArgs", "parseOptions"].includes(node.expression.getText(source))) {
      const config = node.arguments[0];
      const options =
        config !== undefined && ts.isObjectLiteralExpression(config)
          ? config.properties.find((p) => p.name?.getText(source) === "options")
          : undefined;
      if (options !== undefined && ts.isPropertyAssignment(options) && ts.isObjectLiteralExpression(options.initializer)) {
        for (const p of options.initializer.properties) names.push(p.name!.getText(source).replace(/"/g, ""));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return names.sort();
}

/** The options listed in the first column of the tables under `heading` in docs/cli.md. */
function documentedOptions(heading: string): string[] | null {
  const lines = read("docs/cli.md").split("\n");
  const start = lines.indexOf(heading);
  if (start === -1) return null;
  const end = lines.findIndex((line, i) => i > start && /^#{1,2} /.test(line));
  return lines
    .slice(start + 1, end === -1 ? undefined : end)
    .flatMap((line) => /^\| `--([a-z][a-z0-9-]*)/.exec(line)?.[1] ?? [])
    .sort();
}

describe("docs/cli.md", () => {
  const scripts = (JSON.parse(read("package.json")) as { scripts: Record<string, string> }).scripts;
  const commands = Object.entries(scripts).flatMap(([name, line]) => {
    const file = /src\/cli\/[\w-]+\.ts/.exec(line)?.[0];
    return file === undefined ? [] : [{ heading: `## \`${name === "start" ? "npm start" : `npm run ${name}`}\``, file }];
  });

  it("finds the commands of package.json", () => {
    expect(commands.map((c) => c.file)).toContain("src/cli/build.ts");
  });

  it.each(commands)("$heading lists exactly the options $file parses", ({ heading, file }) => {
    const options = parsedOptions(file);
    expect(options.length, `${file} parses no option`).toBeGreaterThan(0);
    expect(documentedOptions(heading), `${heading} in docs/cli.md`).toEqual(options);
  });
});

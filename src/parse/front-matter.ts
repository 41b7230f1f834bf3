import matter from "gray-matter";
import { CORE_SCHEMA, load, YAMLException } from "js-yaml";
import type { Diagnostic } from "../types";
import { report } from "../diagnostics/messages";
import { parseJsonFrontMatter } from "./json-front-matter";
import { type ParsedBlock, parseTomlFrontMatter } from "./toml-front-matter";
import { unclosedQuoteLine } from "./yaml-unclosed-quote";

/**
 * Splitting front matter off an article, safely: YAML between `---` lines, and as Hugo also
 * writes it, TOML between `+++` lines and a JSON object opening the file (parsed in
 * `toml-front-matter.ts` and `json-front-matter.ts`, by parsers that cannot run code).
 *
 * gray-matter picks its parser from whatever follows the opening `---`, and its `javascript`
 * engine runs `eval`. So we (1) decide ourselves where the block starts and ends, refusing any
 * language tag before gray-matter sees the text, and (2) still call gray-matter only with an
 * options object whose code engines throw, in case a future change lets a tag through. Passing
 * options also bypasses gray-matter's global cache, which shares `data` between calls and
 * caches failed parses as successes.
 */

/** Thrown by every non-YAML engine; never expected to run because of the pre-check. */
function refuse(language: string): () => never {
  return () => {
    throw new Error(`front matter language "${language}" is not allowed`);
  };
}

/**
 * YAML with the core schema: no timestamp type (so `2023-02-31` stays a string we validate
 * instead of rolling over to 3 March), no merge keys, no custom tags.
 */
function parseYaml(source: string): object {
  // gray-matter's types promise an object; the value may be any YAML node, and
  // splitFrontMatter checks that it is a mapping.
  return load(source, { schema: CORE_SCHEMA }) as object;
}

/** The only options gray-matter is ever called with. */
export const SAFE_MATTER_OPTIONS = Object.freeze({
  language: "yaml",
  engines: {
    yaml: parseYaml,
    javascript: refuse("javascript"),
    js: refuse("js"),
    json: refuse("json"),
    coffee: refuse("coffee"),
    coffeescript: refuse("coffeescript"),
    toml: refuse("toml"),
  },
});

/** A parsed front-matter block. */
export interface FrontMatterBlock {
  /** The mapping, as parsed (values not yet validated; TOML dates as their ISO text). */
  readonly data: Readonly<Record<string, unknown>>;
  /** 1-based file line of each top-level key, when it could be located. */
  readonly keyLines: Readonly<Record<string, number>>;
  /** 1-based file line of the closing `---` (`+++`, `}`). */
  readonly closingLine: number;
}

/** What {@link splitFrontMatter} returns. */
export interface FrontMatterSplit {
  /** null when the file has no front matter, or when it could not be parsed (see diagnostics). */
  readonly frontMatter: FrontMatterBlock | null;
  /** The text after the front matter (the whole text when there is none). */
  readonly body: string;
  /** 1-based file line on which `body` starts. */
  readonly bodyLine: number;
  readonly diagnostics: Diagnostic[];
}

// A delimiter line: three dashes and nothing else but invisible trailing blanks (an editor
// cannot see those, so they must not turn front matter into body text).
const DELIMITER = /^---[ \t]*$/;
// `---js`, `--- javascript`, `---coffee`: gray-matter would pick an engine from this tag.
const LANGUAGE_TAG = /^---[ \t]*([A-Za-z][\w-]*)[ \t]*$/;
// Hugo's TOML front matter delimiter, trailing blanks allowed as for `---`.
const TOML_DELIMITER = /^\+\+\+[ \t]*$/;
// Hugo's JSON front matter: the file opens with `{` (alone, or before the first key) and the
// object closes with a line that is `}` alone. `{{` or `{%` (a template tag) is not JSON.
const JSON_OPENING = /^\{[ \t]*(?:"|$)/;
const JSON_CLOSING = /^\}[ \t]*$/;
// A top-level key at column 0: bare, or single- or double-quoted.
const TOP_LEVEL_KEY = /^(?:"([^"]*)"|'([^']*)'|([^\s#'"\-?:,[\]{}&*!|>%@`][^:#]*?))[ \t]*:(?:[ \t]|$)/;

/**
 * Split front matter from an article's normalised text.
 *
 * Front matter exists only when the first line is `---` and a later line is `---` (YAML), the
 * first line is `+++` and a later one `+++` (TOML), or the first line opens a JSON object that a
 * later line `}` closes. A file that opens with `---` or `+++` but never closes it is an error
 * (gray-matter would silently take the whole file as YAML and leave the body empty).
 * @param file path for diagnostics
 * @param text normalised text (`\n` line ends, no BOM)
 * @example splitFrontMatter("a.md", "---\ntitle: Hi\n---\nBody").bodyLine //=> 4
 */
export function splitFrontMatter(file: string, text: string): FrontMatterSplit {
  const lines = text.split("\n");
  const first = lines[0] ?? "";
  const none: FrontMatterSplit = { frontMatter: null, body: text, bodyLine: 1, diagnostics: [] };

  const tag = LANGUAGE_TAG.exec(first);
  if (tag) {
    const message = `Front matter is marked as \`${tag[1]}\`; only YAML front matter is accepted and code is never run.`;
    return { ...none, diagnostics: [report("front-matter-language-refused", file, message, { line: 1, column: 4 })] };
  }
  if (TOML_DELIMITER.test(first) || JSON_OPENING.test(first)) return splitOther(file, lines, none);
  if (!DELIMITER.test(first)) return none;

  const close = lines.findIndex((line, i) => i > 0 && DELIMITER.test(line));
  if (close === -1) {
    const message = "The file starts with `---` but no later line is `---`, so the front matter never ends.";
    return { ...none, diagnostics: [report("front-matter-unterminated", file, message, { line: 1, column: 1 })] };
  }

  const yamlLines = lines.slice(1, close);
  const body = lines.slice(close + 1).join("\n");
  const bodyLine = close + 2;
  const rest = { body, bodyLine };

  let data: unknown;
  try {
    // Rebuilt with exact delimiters so gray-matter's own prefix matching (`----`, `--- x`
    // also close a block there) cannot disagree with ours.
    data = matter(`---\n${yamlLines.join("\n")}\n---\n`, SAFE_MATTER_OPTIONS).data;
  } catch (error) {
    return { frontMatter: null, ...rest, diagnostics: [yamlDiagnostic(file, error, yamlLines)] };
  }

  // An empty block or one holding only comments or `~` means "no fields".
  if (data === null || data === undefined) data = {};
  if (typeof data !== "object" || Array.isArray(data)) {
    const what = Array.isArray(data) ? "a list" : `a single value (${JSON.stringify(data)})`;
    const message = `Front matter is ${what}, not a set of \`key: value\` lines.`;
    return { frontMatter: null, ...rest, diagnostics: [report("front-matter-not-mapping", file, message, { line: 2 })] };
  }

  return {
    frontMatter: { data: data as Record<string, unknown>, keyLines: locateKeys(yamlLines), closingLine: close + 1 },
    ...rest,
    diagnostics: [],
  };
}

/** TOML (`+++`) or JSON (`{`) front matter, parsed to the same block as YAML's. */
function splitOther(file: string, lines: readonly string[], none: FrontMatterSplit): FrontMatterSplit {
  const toml = TOML_DELIMITER.test(lines[0] ?? "");
  const close = lines.findIndex((line, i) => i > 0 && (toml ? TOML_DELIMITER : JSON_CLOSING).test(line));
  if (close === -1) {
    // A first line `{` without a closing `}` line is text that happens to start with a brace.
    if (!toml) return none;
    const message = "The file starts with `+++` but no later line is `+++`, so the front matter never ends.";
    return { ...none, diagnostics: [report("front-matter-unterminated", file, message, { line: 1, column: 1 })] };
  }
  const rest = { body: lines.slice(close + 1).join("\n"), bodyLine: close + 2 };
  const parsed: ParsedBlock | Diagnostic = toml
    ? parseTomlFrontMatter(file, lines.slice(1, close), 2)
    : parseJsonFrontMatter(file, lines.slice(0, close + 1));
  if (!("data" in parsed)) return { frontMatter: null, ...rest, diagnostics: [parsed] };
  return { frontMatter: { ...parsed, closingLine: close + 1 }, ...rest, diagnostics: [] };
}

/**
 * File lines of top-level keys; the YAML block starts on file line 2. A map without a
 * prototype, so keys such as `__proto__`, `constructor` or `toString` are keys like any other
 * (on a plain object they would find, or replace, the prototype's members).
 */
function locateKeys(yamlLines: readonly string[]): Record<string, number> {
  const keyLines = Object.create(null) as Record<string, number>;
  yamlLines.forEach((line, i) => {
    const m = TOP_LEVEL_KEY.exec(line);
    const key = m?.[1] !== undefined ? doubleQuoted(m[1]) : (m?.[2] ?? m?.[3]);
    if (key !== undefined && !Object.hasOwn(keyLines, key)) keyLines[key] = i + 2;
  });
  return keyLines;
}

/** A double-quoted YAML key as the parser reads it, escapes (`\x01`, `\u00e9`) resolved. */
function doubleQuoted(inner: string): string {
  if (!inner.includes("\\")) return inner;
  try {
    const value: unknown = load(`"${inner}"`, { schema: CORE_SCHEMA });
    return typeof value === "string" ? value : inner;
  } catch {
    return inner;
  }
}

function yamlDiagnostic(file: string, error: unknown, yamlLines: readonly string[]): Diagnostic {
  if (error instanceof YAMLException) {
    // js-yaml finds a quote that never closes only at the end of the block: point at the quote.
    const unclosed = /within a (?:double|single) quoted scalar/.test(error.reason) ? unclosedQuoteLine(yamlLines) : null;
    if (unclosed !== null) {
      const message = `${capitalise(error.reason)}: the quote opened on this line never closes.`;
      return report("front-matter-yaml", file, message, { line: unclosed + 2, column: 1 });
    }
    // gray-matter hands js-yaml the block starting with the newline after the opening `---`,
    // so the 0-based YAML line equals the 1-based file line minus one.
    const line = error.mark ? error.mark.line + 1 : 1;
    const column = error.mark ? error.mark.column + 1 : 1;
    return report("front-matter-yaml", file, `${capitalise(error.reason)}.`, { line, column });
  }
  const message = error instanceof Error ? error.message : String(error);
  return report("front-matter-yaml", file, `${capitalise(message)}.`, { line: 1 });
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

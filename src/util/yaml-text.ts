import { CORE_SCHEMA, load, YAMLException } from "js-yaml";

/** Where and why a YAML text could not be read. */
export interface YamlProblem {
  readonly reason: string;
  /** 1-based line and column, when the parser knows them. */
  readonly where: { readonly line?: number; readonly column?: number };
}

/**
 * Read an editor's YAML file with the core schema: no timestamp type (dates stay the strings the
 * editor wrote, validated by us), no custom tags, nothing that runs.
 * @returns the parsed value, or the problem (callers report it under their own diagnostic id)
 * @throws whatever is not a YAML syntax error (a programming error)
 * @example readYaml("a: [1").problem?.where.line //=> 1
 */
export function readYaml(text: string): { data: unknown; problem: null } | { data: undefined; problem: YamlProblem } {
  try {
    return { data: load(text, { schema: CORE_SCHEMA }), problem: null };
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const where = error.mark ? { line: error.mark.line + 1, column: error.mark.column + 1 } : {};
    return { data: undefined, problem: { reason: error.reason, where } };
  }
}

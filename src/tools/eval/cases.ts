/**
 * A folder of labelled cases: `NAME.txt` (the input page) beside `NAME.json` (its truth), and
 * optionally `NAME.html` (the saved page the text was dumped from).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { CaseTruth } from "./score-case";

export interface LabelledCase {
  readonly name: string;
  /** Path of the input: the text, or the saved page when the cases are listed for `html`. */
  readonly txt: string;
  readonly truth: CaseTruth;
}

/**
 * The cases in a folder, sorted by file name; a `.txt` without its `.json` is skipped.
 * @param only keep only the files whose name contains this
 * @param input which input each case is run on: `NAME.txt`, or `NAME.html` (cases without one are left out)
 * @throws when the folder cannot be read or a truth file is not a JSON object
 */
export function listCases(dir: string, only = "", input: "txt" | "html" = "txt"): LabelledCase[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".txt") && f.includes(only))
    .sort();
  const cases: LabelledCase[] = [];
  for (const f of files) {
    const name = f.slice(0, -".txt".length);
    const json = join(dir, `${name}.json`);
    const page = join(dir, `${name}.html`);
    if (!existsSync(json) || (input === "html" && !existsSync(page))) continue;
    const truth: unknown = JSON.parse(readFileSync(json, "utf8"));
    if (truth === null || typeof truth !== "object" || Array.isArray(truth)) throw new Error(`${json}: the truth is not a JSON object`);
    cases.push({ name, txt: input === "html" ? page : join(dir, f), truth: truth as CaseTruth });
  }
  return cases;
}

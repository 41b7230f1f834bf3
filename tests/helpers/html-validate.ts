import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { HtmlValidate, type ConfigData } from "html-validate";
import { listFileTree } from "../../src/util/file-tree";
import { PROJECT_ROOT } from "../../src/config/project-root";

/** The project's html-validate rules, decided once in `.htmlvalidate.json`. */
const CONFIG = JSON.parse(readFileSync(join(PROJECT_ROOT, ".htmlvalidate.json"), "utf8")) as ConfigData;

/**
 * Validate every HTML page under `outDir` with the project's rules. The config is passed in
 * explicitly because the pages live in a temporary folder the config file does not cover.
 * @returns one line per problem, `page:line:column rule message`; empty when all pages pass.
 */
export async function validateSite(outDir: string): Promise<string[]> {
  const validator = new HtmlValidate(CONFIG);
  const problems: string[] = [];
  for (const page of listFileTree(outDir).filter((f) => f.endsWith(".html"))) {
    const report = await validator.validateString(await readFile(join(outDir, page), "utf8"), page);
    for (const result of report.results) {
      for (const m of result.messages) problems.push(`${page}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    }
  }
  return problems;
}

/**
 * `npm run check [-- --root DIR] [--problems-only]`
 *
 * Validates all of `content/` exactly as `npm run build` would, without writing a site: prints,
 * for each raw text file, what the extractor found and which fields are unknown, then every
 * diagnostic (file, line, stable id, what is wrong, what to do), then the counts.
 * Exit status: 0 when there is no error (warnings allowed), 1 on any error, 2 on a usage error.
 *
 *   --root DIR         project root holding the content folder (default: this project)
 *   --problems-only    leave out the per-file field summaries
 *
 * `SOURCE_DATE_EPOCH` (seconds), when set, is "today" for date plausibility checks.
 */
import { resolve } from "node:path";
import { parseOptions } from "./parse-options";
import { checkContent, formatCheckReport } from "../tools/editor/check-content";
import { buildNow } from "../config/environment";
import { PROJECT_ROOT } from "../config/project-root";
import { resolveSettings } from "../config/settings";
import { runMain } from "./run-main";

async function main(): Promise<number> {
  const parsed = parseOptions(
    { options: { root: { type: "string", default: PROJECT_ROOT }, "problems-only": { type: "boolean", default: false } }, strict: true },
    "usage: npm run check [-- --root DIR] [--problems-only]",
  );
  if (parsed === null) return 2;
  const { values } = parsed;
  const result = await checkContent(resolve(values.root), resolveSettings(), buildNow(process.env));
  const text = formatCheckReport(result, { fields: !values["problems-only"] });
  // One stream, in reading order: the summaries explain the problems listed below them.
  console.log(text);
  return result.errors > 0 ? 1 : 0;
}

runMain(main);

/**
 * `npm run check [-- --root DIR] [--problems-only] [--strict]`
 *
 * Validates all of `content/` exactly as `npm run build` would, without writing a site: prints,
 * for each raw text file, what the extractor found and which fields are unknown, then every
 * diagnostic (file, line, stable id, what is wrong, what to do), then each file the build
 * would quarantine (leave out because of its errors), then the topics articles name that
 * `topics.yml` does not list (the build creates them), then the counts.
 * Exit status: 0 when the build would succeed (warnings and quarantined files allowed), 1 on a
 * site-level error (an invalid `topics.yml`, a content folder that is a link) or, with
 * `--strict`, on any error; 2 on a usage error.
 *
 *   --root DIR         project root holding the content folder (default: this project)
 *   --problems-only    leave out the per-file field summaries
 *   --strict           exit 1 on any error, as `npm run build -- --strict` fails
 *
 * The settings are read as `npm run build` reads them (`content/site.yml`, then `SITE_URL` and
 * `PATH_PREFIX`), so a site address set nowhere is warned about here too.
 * `SOURCE_DATE_EPOCH` (seconds), when set, is "today" for date plausibility checks.
 * `GITHUB_ACTIONS=true` also prints each diagnostic as a workflow command (an annotation on the commit).
 */
import { resolve } from "node:path";
import { parseOptions } from "./parse-options";
import { checkContent, checkFails, formatCheckReport } from "../tools/editor/check-content";
import { workflowCommand } from "../diagnostics/workflow-commands";
import { buildNow, isGitHubActions } from "../config/environment";
import { PROJECT_ROOT } from "../config/project-root";
import { loadSettings } from "../ingest/load-settings";
import { runMain } from "./run-main";

async function main(): Promise<number> {
  const parsed = parseOptions(
    {
      options: {
        root: { type: "string", default: PROJECT_ROOT },
        "problems-only": { type: "boolean", default: false },
        strict: { type: "boolean", default: false },
      },
      strict: true,
    },
    "usage: npm run check [-- --root DIR] [--problems-only] [--strict]",
  );
  if (parsed === null) return 2;
  const { values } = parsed;
  const root = resolve(values.root);
  const result = await checkContent(root, loadSettings(root, { env: process.env, production: true }), buildNow(process.env));
  const text = formatCheckReport(result, { fields: !values["problems-only"], strict: values.strict });
  // One stream, in reading order: the summaries explain the problems listed below them.
  console.log(text);
  if (isGitHubActions(process.env)) for (const d of result.diagnostics) console.log(workflowCommand(d));
  return checkFails(result, values.strict) ? 1 : 0;
}

runMain(main);

/**
 * `npm run eval -- DIR [--input txt|html] [--verbose] [--only SUBSTR] [--out FILE] [--baseline FILE | --write-baseline FILE]`
 *
 * Measures the extractor on a folder of labelled cases (`NAME.txt` + `NAME.json`, see
 * `src/tools/eval/cases.ts`): every case is extracted in this process exactly as `npm run extract`
 * would print it, scored field by field, and summed up in a table ending in one `score:` line.
 * `--input html` runs each case on its saved page `NAME.html` instead of its text.
 * `--verbose` prints each case's figures on stderr, `--only` keeps the cases whose file name
 * contains SUBSTR, `--out` writes every case's scores and output as JSON.
 *
 * `--baseline` checks the scores against a pinned baseline (`eval-baseline.json`, see
 * `src/tools/eval/baseline.ts`); `--write-baseline` pins the current scores.
 *
 * Exit status: 0 when the cases were scored (however badly), 1 when `--baseline` is given and a
 * field fell below it by more than its tolerance, 2 on a usage error or when DIR holds no case.
 *
 * `SOURCE_DATE_EPOCH` (seconds), when set, is "today" for date plausibility checks.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { parseOptions } from "./parse-options";
import { formatDiagnostic } from "../diagnostics/messages";
import { baselineJson, checkBaseline } from "../tools/eval/baseline";
import { listCases, type LabelledCase } from "../tools/eval/cases";
import { failedCase, scoreCase } from "../tools/eval/score-case";
import { summaryLines, verboseLine, type CaseResult } from "../tools/eval/summary";
import { extractFile, loadExtractContext, type ExtractContext } from "../tools/extract-output";
import { runMain } from "./run-main";

const USAGE =
  "usage: npm run eval -- DIR [--input txt|html] [--verbose] [--only SUBSTR] [--out FILE] [--baseline FILE | --write-baseline FILE]";

/** Extract and score one case; a crash or an unreadable file scores all-wrong. */
async function evaluate(c: LabelledCase, ctx: ExtractContext): Promise<CaseResult> {
  const t0 = performance.now();
  let failure: string | null = null;
  let pred: unknown = null;
  try {
    const { output, diagnostics } = await extractFile(c.txt, ctx);
    if (output === null) {
      const last = diagnostics.at(-1);
      failure = `unreadable${last ? `: ${formatDiagnostic(last).slice(0, 160)}` : ""}`;
    } else {
      // Scored as printed: through JSON, as a separate process's output would be.
      pred = JSON.parse(JSON.stringify(output));
    }
  } catch (error) {
    failure = `crash: ${String(error instanceof Error ? error.message : error)
      .split("\n")[0]!
      .slice(0, 160)}`;
  }
  const ms = performance.now() - t0;
  const warnings: string[] = [];
  const scores = failure ? failedCase(c.truth) : scoreCase(c.truth, pred, warnings);
  return { name: c.name, failure, warnings, ms, scores, pred };
}

async function main(): Promise<number> {
  const parsed = parseOptions(
    {
      options: {
        input: { type: "string", default: "txt" },
        verbose: { type: "boolean", default: false },
        only: { type: "string", default: "" },
        out: { type: "string" },
        baseline: { type: "string" },
        "write-baseline": { type: "string" },
      },
      allowPositionals: true,
      strict: true,
    },
    USAGE,
  );
  if (parsed === null) return 2;
  const [dir, ...extra] = parsed.positionals;
  const input = parsed.values.input;
  if (
    dir === undefined ||
    extra.length > 0 ||
    (input !== "txt" && input !== "html") ||
    (parsed.values.baseline !== undefined && parsed.values["write-baseline"] !== undefined)
  ) {
    console.error(USAGE);
    return 2;
  }
  let cases: LabelledCase[];
  try {
    cases = listCases(dir, parsed.values.only, input);
  } catch (error) {
    console.error(String(error instanceof Error ? error.message : error));
    return 2;
  }
  if (cases.length === 0) {
    console.error(`no cases found in ${dir}`);
    return 2;
  }

  const ctx = await loadExtractContext(process.env);
  const results: CaseResult[] = [];
  for (const c of cases) {
    const r = await evaluate(c, ctx);
    results.push(r);
    if (parsed.values.verbose) console.error(verboseLine(r));
  }
  const lines = summaryLines(results);
  if (parsed.values.out !== undefined) writeFileSync(parsed.values.out, `${JSON.stringify(results, null, 2)}\n`);
  for (const line of lines) console.log(line);
  if (parsed.values["write-baseline"] !== undefined) writeFileSync(parsed.values["write-baseline"], baselineJson(results));
  if (parsed.values.baseline === undefined) return 0;
  const gate = checkBaseline(results, JSON.parse(readFileSync(parsed.values.baseline, "utf8")));
  for (const line of gate.lines) console.log(line);
  return gate.pass ? 0 : 1;
}

runMain(main);

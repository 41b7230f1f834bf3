/**
 * `npm run fit -- DIR... [--field headline] [--folds 5] [--l2 0.03] [--write]`
 *
 * Fits a field's weight table (`src/extract/weights/FIELD.json`) on folders of labelled cases
 * (as `npm run eval` reads them: the devset, and `tests/fixtures/labelled`, the page shapes the
 * team wrote down) and prints the training accuracy beside the k-fold
 * cross-validated one (folds by site: the honest estimate for pages from unseen sites), and
 * the current table's accuracy for comparison. `--write` replaces the table.
 *
 * Exit status: 0 when fitted, 2 on a usage error or when DIR holds no case for the field.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { PROJECT_ROOT } from "../config/project-root";
import { HEADLINE_MODEL, SOURCE_MODEL } from "../extract/weights";
import type { LinearModel } from "../extract/scoring/linear-model";
import { listCases } from "../tools/eval/cases";
import { choiceExamples, FIELDS } from "../tools/fit/choice-examples";
import { DEFAULT_FIT } from "../tools/fit/conditional-logit";
import { accuracy, crossValidate, fitModel } from "../tools/fit/cross-validate";
import { corpusHash, rounded, weightTableJson } from "../tools/fit/weight-table";
import { parseOptions } from "./parse-options";
import { runMain } from "./run-main";

const USAGE = "usage: npm run fit -- DIR... [--field headline|source] [--folds 5] [--l2 0.03] [--write]";
const CURRENT: Readonly<Record<string, LinearModel>> = { headline: HEADLINE_MODEL, source: SOURCE_MODEL };
const pct = (n: number) => n.toFixed(3);

async function main(): Promise<number> {
  const parsed = parseOptions(
    {
      options: {
        field: { type: "string", default: "headline" },
        folds: { type: "string", default: "5" },
        l2: { type: "string", default: String(DEFAULT_FIT.l2) },
        write: { type: "boolean", default: false },
      },
      allowPositionals: true,
      strict: true,
    },
    USAGE,
  );
  if (parsed === null) return 2;
  const dirs = parsed.positionals;
  const spec = FIELDS[parsed.values.field];
  const k = Number(parsed.values.folds);
  const l2 = Number(parsed.values.l2);
  if (dirs.length === 0 || !spec || !Number.isInteger(k) || k < 2 || !(l2 >= 0)) {
    console.error(USAGE);
    return 2;
  }
  const cases = dirs.flatMap((dir) => listCases(dir));
  const examples = choiceExamples(cases, spec);
  if (examples.length === 0) {
    console.error(`no case in ${dirs.join(", ")} scores ${spec.field}`);
    return 2;
  }
  const current = CURRENT[spec.field];
  // The table's own order first (stable diffs), then features it does not have yet.
  const seen = new Set(examples.flatMap((e) => e.example.candidates.flatMap((f) => Object.keys(f))));
  const names = [
    ...Object.keys(current?.weights ?? {}).filter((n) => seen.has(n)),
    ...[...seen].filter((n) => !current?.weights[n]).sort(),
  ];
  const options = { ...DEFAULT_FIT, l2 };
  const prior = current?.prior;
  const model = rounded(fitModel(spec.field, examples, names, options, spec.abstainWhenNoneRight, prior));
  const cv = crossValidate(spec.field, examples, names, options, k, spec.abstainWhenNoneRight, prior);
  const unreachable = examples.filter((e) => e.unreachable).length;
  const train = accuracy(examples, model);
  console.log(
    `${spec.field}: ${examples.length} cases, ${unreachable} unreachable (no candidate holds the truth), ${names.length} features`,
  );
  if (current) console.log(`current table  train ${pct(accuracy(examples, current))}`);
  console.log(`fitted (l2 ${l2})  train ${pct(train)}  cross-validated ${pct(cv.mean)}  folds ${cv.folds.map(pct).join(" ")}`);
  if (parsed.values.write) {
    const file = join(PROJECT_ROOT, "src", "extract", "weights", `${spec.field}.json`);
    const fitted = {
      corpus: { cases: examples.length, sha256: corpusHash(cases) },
      l2,
      folds: k,
      trainAccuracy: Number(pct(train)),
      crossValidatedAccuracy: Number(pct(cv.mean)),
      unreachable,
    };
    writeFileSync(file, weightTableJson(model, names, fitted));
    console.log(`wrote ${file}`);
  }
  return 0;
}

runMain(main);

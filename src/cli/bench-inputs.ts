/**
 * `npm run bench:inputs [-- --sizes 20000,80000,320000] [--only NAME] [--timeout 120]`
 *
 * A benchmark script, not a test: for each hostile input shape (`src/tools/bench/pathological.ts`)
 * and each body size, parses one generated file the way the build does (`parseArticleText`)
 * in a fresh child process and prints the parse's wall and CPU time (CPU time says more on a
 * loaded machine), the child's peak memory,
 * the growth over the previous size, and what was reported (diagnostic ids and counts). A
 * parse that outlasts `--timeout` seconds is stopped and printed as such, so a quadratic shape
 * cannot hang the bench. Figures depend on the machine and its load: say which when quoting.
 */
import { spawnSync } from "node:child_process";
import { parseOptions } from "./parse-options";
import { fileURLToPath } from "node:url";
import { PATHOLOGICAL_SHAPES, type PathologicalShape } from "../tools/bench/pathological";
import { parseArticleText } from "../ingest/parse-article";
import { resolveSettings } from "../config/settings";
import { runMain } from "./run-main";

const DEFAULT_SIZES = [20_000, 80_000, 320_000, 1_280_000];
const NOW = new Date("2027-01-01T00:00:00Z");

/** What one child process measured. */
interface Measurement {
  readonly wallMs: number;
  readonly cpuMs: number;
  /** The child's peak resident memory. */
  readonly peakMb: number;
  readonly diagnostics: string;
}

/** In the child: parse one generated file and print the measurement as JSON. */
function measureHere(shape: PathologicalShape, size: number): Measurement {
  const text = shape.make(size);
  const cpu = process.cpuUsage();
  const started = performance.now();
  const { diagnostics } = parseArticleText(`content/articles/bench.${shape.format}`, text, {
    topics: [],
    settings: resolveSettings(),
    now: NOW,
  });
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  const counts = new Map<string, number>();
  for (const d of diagnostics) counts.set(d.id, (counts.get(d.id) ?? 0) + 1);
  const summary = [...counts].map(([id, n]) => `${id}×${n}`).join(" ") || "none";
  return {
    wallMs,
    cpuMs: (used.user + used.system) / 1000,
    peakMb: Math.round(process.resourceUsage().maxRSS / 1024),
    diagnostics: summary,
  };
}

/** In the parent: one measurement in a fresh child process stopped after `timeoutS`, or why there is none. */
function measureInChild(shape: PathologicalShape, size: number, timeoutS: number): Measurement | string {
  const args = [
    "--max-old-space-size=8192",
    "--import",
    "tsx",
    fileURLToPath(import.meta.url),
    "--child",
    shape.name,
    "--size",
    String(size),
  ];
  const run = spawnSync(process.execPath, args, { encoding: "utf8", timeout: timeoutS * 1000 });
  if (run.signal === "SIGTERM") return `> ${timeoutS} s (stopped)`;
  const last = run.stdout.trim().split("\n").at(-1) ?? "";
  if (run.status !== 0 || !last.startsWith("{")) {
    const why = run.stderr.split("\n").find((l) => /Error|heap/.test(l)) ?? `exit ${run.status ?? run.signal}`;
    return `failed: ${why.trim().slice(0, 120)}`;
  }
  return JSON.parse(last) as Measurement;
}

function fmt(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(0)} ms`;
}

async function main(): Promise<number> {
  const parsed = parseOptions({
    options: {
      sizes: { type: "string" },
      only: { type: "string" },
      timeout: { type: "string", default: "120" },
      child: { type: "string" },
      size: { type: "string" },
    },
    strict: true,
  });
  if (parsed === null) return 2;
  const { values } = parsed;
  if (values.child !== undefined) {
    const shape = PATHOLOGICAL_SHAPES.find((s) => s.name === values.child);
    if (shape === undefined) throw new Error(`unknown shape ${values.child}`);
    console.log(JSON.stringify(measureHere(shape, Number(values.size))));
    return 0;
  }
  const sizes = values.sizes === undefined ? DEFAULT_SIZES : values.sizes.split(",").map(Number);
  const shapes = PATHOLOGICAL_SHAPES.filter((s) => values.only === undefined || s.name.includes(values.only));
  console.log(`Parse of one file per hostile shape; body sizes ${sizes.join(", ")} characters; limit ${values.timeout} s each.`);
  for (const shape of shapes) {
    console.log(shape.name);
    let previous: number | null = null;
    for (const size of sizes) {
      const m = measureInChild(shape, size, Number(values.timeout));
      if (typeof m === "string") {
        console.log(`  ${String(size).padStart(9)}  ${m}`);
        previous = null;
        continue;
      }
      const growth = previous !== null && previous > 0 ? ` (cpu ×${(m.cpuMs / previous).toFixed(1)})` : "";
      console.log(
        `  ${String(size).padStart(9)}  ${fmt(m.wallMs)} wall, ${fmt(m.cpuMs)} cpu${growth}, ${m.peakMb} MB peak [${m.diagnostics}]`,
      );
      previous = m.cpuMs;
    }
  }
  return 0;
}

runMain(main);

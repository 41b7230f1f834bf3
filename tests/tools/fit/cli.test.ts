import { execFile } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { beforeAll, describe, expect, it } from "vitest";

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, "../../..");
const TSX = join(ROOT, "node_modules/.bin/tsx");
const runFit = (...args: string[]) => run(TSX, ["src/cli/fit.ts", ...args], { cwd: ROOT });

const page = (headline: string, teaser: string) =>
  [
    "Skip to content",
    teaser,
    "",
    headline,
    "By Jane Doe",
    "March 4, 2025",
    `The council voted on Monday on ${headline.toLowerCase()}, ending a ten-year debate in the town.`,
    "Work will start in the spring and should take two years, the council said in a statement.",
    "",
  ].join("\n");

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "fit-"));
  const cases = [
    ["alpha-0a0a0a0a", "Council approves the new river bridge", "Ten things to do this weekend in town"],
    ["beta-0b0b0b0b", "Mayor opens the rebuilt harbour market", "Subscribe for one month for only one dollar"],
    ["gamma-0c0c0c0c", "School board delays the vote on new buses", "The best holiday gift guides of this year"],
  ];
  for (const [name, headline, teaser] of cases) {
    writeFileSync(join(dir, `${name}.txt`), page(headline!, teaser!));
    writeFileSync(join(dir, `${name}.json`), JSON.stringify({ headline, truth_fields: ["headline"] }));
  }
});

describe("npm run fit", () => {
  it("prints the current table's accuracy, the fitted one's and the cross-validated one, writing nothing without --write", async () => {
    const { stdout } = await runFit(dir, "--folds", "3");
    const lines = stdout.trim().split("\n");
    expect(lines[0]).toMatch(/^headline: 3 cases, 0 unreachable \(no candidate holds the truth\), \d+ features$/);
    expect(lines[1]).toMatch(/^current table {2}train 1\.000$/);
    expect(lines[2]).toMatch(/^fitted \(l2 0\.03\) {2}train 1\.000 {2}cross-validated \d\.\d{3} {2}folds( \d\.\d{3}){3}$/);
    expect(lines).toHaveLength(3);
  });

  it("refuses an unknown field or a fold count below two with exit 2", async () => {
    await expect(runFit(dir, "--field", "weather")).rejects.toMatchObject({ code: 2 });
    await expect(runFit(dir, "--folds", "1")).rejects.toMatchObject({ code: 2 });
    await expect(runFit()).rejects.toMatchObject({ code: 2 });
  });
});

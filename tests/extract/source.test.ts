import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { listCases } from "../../src/tools/eval/cases";
import { extractRaw } from "../../src/extract/extract";
import { toLines } from "../../src/extract/lines";
import { findSource, sourceCandidates } from "../../src/extract/source";
import { scoreOf } from "../../src/extract/scoring/linear-model";
import { SOURCE_MODEL } from "../../src/extract/weights";

// Small invented pages in the shapes real page dumps take, one publisher shape per row.
const P = (n: number) =>
  `Paragraph ${n}: the harbour board met on Tuesday and agreed to dredge the channel before the autumn storms, after two ferries ran aground in the silt last winter.`;
const page = (...lines: string[]) => lines.join("\n\n");

// The page shapes, one publisher shape per case, are labelled pages (`npm run fit` fits on them too).
const ROWS = listCases(join(import.meta.dirname, "../fixtures/labelled"), "source-").map((c) => ({
  name: (c.truth as { description: string }).description,
  text: readFileSync(c.txt, "utf8"),
  source: (c.truth as { source: string | null }).source,
}));

describe("the publisher the reader sees", () => {
  it.each(ROWS)("$name", ({ text, source }) => {
    expect(extractRaw(text).source.value).toBe(source);
  });
});

describe("source candidates and their scoring", () => {
  it("describes each candidate by named features, apart from the weights", () => {
    const lines = toLines(page("Ferries run aground again", P(1), P(2), "© 2024 Coastline Media Group LLC"));
    const owner = sourceCandidates(lines).find((c) => c.name === "Coastline Media Group");
    expect(owner?.features).toMatchObject({ fromCopyright: 1, looksLikeCompany: 1 });
    expect(owner?.rule).toBe("copyright-line");
  });

  it("scores a candidate as the dot product of its features with the weights", () => {
    expect(
      scoreOf(
        { fromCopyright: 1, repeats: 2, unknownFeature: 5 },
        { field: "source", none: 0, weights: { fromCopyright: 3, repeats: 0.5 } },
      ),
    ).toBe(4);
  });

  it("keeps the publisher unknown below the table's threshold", () => {
    const lines = toLines(page("Ferries run aground again", P(1), P(2), "© 2024 Harbour Gazette"));
    expect(findSource(lines)?.name).toBe("Harbour Gazette");
    expect(findSource(lines, [], { ...SOURCE_MODEL, none: 100 })).toBeNull();
  });

  it("gives every weight in the table a feature that some candidate can have", () => {
    const lines = toLines(page("Harbour Gazette", "Ferries run aground again - Harbour Gazette", P(1), "© 2024 Harbour Gazette"));
    const names = new Set(sourceCandidates(lines).flatMap((c) => Object.keys(c.features)));
    const fromEvidence = Object.keys(SOURCE_MODEL.weights).filter((k) => !k.startsWith("from"));
    expect(fromEvidence.filter((k) => !names.has(k))).toEqual([]);
  });
});

import { describe, expect, it } from "vitest";
import { resolveSettings } from "../../src/config/settings";
import { parseArticleText } from "../../src/ingest/parse-article";

const ctx = { topics: [], settings: resolveSettings(), now: new Date("2027-01-01T00:00:00Z") };
const body = "Hundreds of families returned this week to villages they had left during the fighting, local officials said.\n";

// The date forms other generators write, unquoted as they write them, through to the record.
describe("front-matter dates as other generators write them", () => {
  it.each([
    ["Hugo", "date: 2024-03-05T14:00:00+05:30", "2024-03-05T14:00+05:30"],
    ["Jekyll", "date: 2022-11-03 14:05:00 +0100", "2022-11-03T14:05+01:00"],
    ["Eleventy", "date: 2024-03-05", "2024-03-05"],
    ["a CMS export", "date: '2024-03-05T18:15:00.000Z'", "2024-03-05T18:15Z"],
    ["YAML's own timestamp", "date: 2024-03-05 14:00:00 -04:00", "2024-03-05T14:00-04:00"],
  ])("keeps a %s date as written, offset and all", (_generator, line, expected) => {
    const { record, diagnostics } = parseArticleText("content/articles/x.md", `---\ntitle: Talks resume\n${line}\n---\n${body}`, ctx);
    expect(diagnostics).toEqual([]);
    expect(record?.published).toBe(expected);
    expect(record?.provenance.published).toMatchObject({ kind: "front-matter", key: "date", line: 3 });
  });
});

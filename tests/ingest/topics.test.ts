import { writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ingest, type IngestResult } from "../../src/ingest/ingest";
import { quarantine } from "../../src/ingest/quarantine";
import { resolveSettings } from "../../src/config/settings";
import { makeRoot } from "../fixtures/temp-root";

const now = new Date("2026-01-01T00:00:00Z");
const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0)) await c();
});

/** A Markdown article with its own body (bodies shared by two files would be duplicates). */
const article = (title: string, topics: string, extra = ""): string =>
  `---\ntitle: ${title}\ntopics: ${topics}\n${extra}---\nOfficials said on Tuesday that ${title.toLowerCase()} would be discussed again next month in the capital.\n`;

async function run(files: Record<string, string>, topicsYml?: string, includeDrafts = false): Promise<IngestResult> {
  const made = await makeRoot(files);
  cleanups.push(made.cleanup);
  if (topicsYml !== undefined) await writeFile(path.join(made.root, "content", "topics.yml"), topicsYml);
  return ingest(resolveSettings({ includeDrafts }), made.root, { now });
}

const FILES = {
  "b.md": article("Monitors arrive", "[peace-keeping, Diplomacy]"),
  "a.md": article("Mission extended", '["Peace Keeping", "Crème Brûlée"]'),
  "c.md": article("Envoys talk", "[DIPLOMACY, peace process]"),
};

describe("topics named in front matter", () => {
  it("matches listed topics in any spelling and adds the others after the taxonomy, with no diagnostic", async () => {
    const result = await run(FILES);
    expect(result.diagnostics).toEqual([]);
    expect(result.records.map((r) => [path.basename(r.file), r.topics])).toEqual([
      ["a.md", ["peace-keeping", "creme-brulee"]],
      ["b.md", ["peace-keeping", "diplomacy"]],
      ["c.md", ["diplomacy", "peace-process"]],
    ]);
    expect(result.topics.map((t) => [t.slug, t.label])).toEqual([
      ["diplomacy", "Diplomacy"],
      ["peace-process", "Peace process"],
      ["displacement", "Refugees and displacement"],
      ["creme-brulee", "Crème Brûlée"],
      ["peace-keeping", "Peace Keeping"],
    ]);
    expect(result.createdTopics.map((c) => [c.topic.slug, c.articles, c.firstFile])).toEqual([
      ["creme-brulee", 1, "content/articles/a.md"],
      ["peace-keeping", 2, "content/articles/a.md"],
    ]);
  });

  it("gives the same topics whatever order the files were written in", async () => {
    const reversed = Object.fromEntries(Object.entries(FILES).reverse());
    const [one, two] = [await run(FILES), await run(reversed)];
    expect(two.topics).toEqual(one.topics);
    expect(two.records.map((r) => r.topics)).toEqual(one.records.map((r) => r.topics));
  });

  it("creates no topic from a hidden draft or a quarantined file, and one from a draft shown", async () => {
    const files = {
      "draft.md": article("Draft piece", "[Secret Topic]", "draft: true\n"),
      "broken.md": article("Broken piece", "[Broken Topic]", "date: 2023-02-31\n"),
    };
    const built = await run(files);
    expect(built.createdTopics).toEqual([]);
    expect(built.topics).toHaveLength(3);
    const preview = await run(files, undefined, true);
    expect(preview.createdTopics.map((c) => c.topic.label)).toEqual(["Secret Topic"]);
  });
});

describe("an invalid taxonomy", () => {
  // The editor followed an old hint and added a bare name where an entry belongs.
  const BROKEN = "- slug: diplomacy\n  label: Diplomacy\n- Peace Keeping\n";

  it("is one error naming the file and line, however many articles name topics", async () => {
    const result = await run(FILES, BROKEN);
    const errors = result.diagnostics.filter((d) => d.severity === "error");
    expect(errors).toMatchObject([{ id: "topics-file-invalid", file: "content/topics.yml", line: 3 }]);
    expect(errors[0]?.message).toContain("`- label: Peace Keeping`");
    expect(result.diagnostics.filter((d) => d.file !== "content/topics.yml")).toEqual([]);
  });

  it("stops the build as a site-level error, quarantining no article", async () => {
    const verdict = quarantine(await run(FILES, BROKEN));
    expect(verdict.quarantined).toEqual([]);
    expect(verdict.siteErrors.map((d) => d.id)).toEqual(["topics-file-invalid"]);
  });
});

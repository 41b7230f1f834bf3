import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { builtHere, type Built } from "../helpers/build-here";
import { tempDirs } from "../helpers/folders";
import { makeRoot } from "../fixtures/temp-root";

const dirs = tempDirs();
const roots: (() => Promise<void>)[] = [];
afterAll(async () => {
  await dirs.remove();
  for (const c of roots) await c();
});

/** A dated Markdown article naming `topics`, with a body of its own. */
const article = (title: string, date: string, topics: string): string =>
  `---\ntitle: ${title}\ndate: ${date}\ntopics: ${topics}\n---\nMonitors said on ${date} that ${title.toLowerCase()} was confirmed by both governments.\n`;

describe("a site whose articles name topics the taxonomy lacks", () => {
  let out: string;
  let built: Built;
  const read = (file: string): string => readFileSync(join(out, file), "utf8");
  beforeAll(async () => {
    const made = await makeRoot({
      "a.md": article("Mission extended", "2024-03-05", '["Peace Keeping", diplomacy]'),
      "b.md": article("Monitors arrive", "2024-04-01", "[peace-keeping]"),
      "c.md": article("Envoys talk", "2024-05-02", "[Diplomacy]"),
    });
    roots.push(made.cleanup);
    out = join(dirs.make("created-topics"), "out");
    built = await builtHere({ root: made.root, out, env: { SITE_URL: "https://news.example.com" } });
  });

  it("builds with no diagnostic", () => {
    expect(built.ingest.diagnostics).toEqual([]);
  });

  it("gives the created topic a page with its label, its articles and a feed of them", () => {
    const page = read("topics/peace-keeping/index.html");
    expect(page).toContain("Peace Keeping");
    expect(page).toContain("Articles filed under “Peace Keeping”.");
    expect(page).toContain("Mission extended");
    expect(page).toContain("Monitors arrive");
    expect(page).not.toContain("Envoys talk");
    expect(read("topics/peace-keeping/feed.xml").match(/<entry>/g)).toHaveLength(2);
  });

  it("lists the created topic among the others and links it from its articles", () => {
    expect(read("topics/index.html")).toContain('href="/topics/peace-keeping/"');
    expect(read("topics/index.html")).toContain('href="/topics/diplomacy/"');
    expect(read("articles/mission-extended/index.html")).toContain('href="/topics/peace-keeping/"');
  });
});

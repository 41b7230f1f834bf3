import { existsSync, readFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildNow } from "../../src/config/environment";
import { resolveSettings } from "../../src/config/settings";
import { DevSession } from "../../src/dev/session";
import { makeRoot } from "../fixtures/temp-root";
import { TEST_EPOCH } from "../helpers/build-here";
import { tempDirs } from "../helpers/folders";

const article = (title: string) =>
  `---\ntitle: ${title}\ndate: 2024-03-05\n---\n\nThe mayor said on Monday that she would step down at the end of the month.\n`;
const FILE = "content/articles/a.md";

const temp = tempDirs();
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  await temp.remove();
  for (const c of cleanups) await c();
});

async function start(urlRegistry: "update" | "frozen"): Promise<{ root: string; out: string; session: DevSession }> {
  const made = await makeRoot({ "a.md": article("Mayor resings") });
  cleanups.push(made.cleanup);
  const out = temp.make(`dev-urls-${urlRegistry}`);
  const settings = resolveSettings({ includeDrafts: true });
  const { session } = await DevSession.start({
    root: made.root,
    outDir: out,
    settings,
    now: () => buildNow({ SOURCE_DATE_EPOCH: TEST_EPOCH }),
    urlRegistry,
  });
  return { root: made.root, out, session };
}

describe("the dev server and permanent URLs", () => {
  it("turns the open page's URL into a redirect to the new one when its headline changes", async () => {
    const { root, out, session } = await start("update");
    expect(readFileSync(path.join(root, "content/urls.yml"), "utf8")).toContain("articles/a.md:\n  - /articles/mayor-resings/\n");
    await writeFile(path.join(root, FILE), article("Mayor resigns"));
    const report = await session.build({ content: [FILE], templates: [] });
    expect(report.written).toEqual(expect.arrayContaining(["/articles/mayor-resings/", "/articles/mayor-resigns/", "/_redirects"]));
    const old = readFileSync(path.join(out, "articles/mayor-resings/index.html"), "utf8");
    expect(old).toContain('<meta http-equiv="refresh" content="0; url=/articles/mayor-resigns/">');
    expect(readFileSync(path.join(root, "content/urls.yml"), "utf8")).toContain(
      "articles/a.md:\n  - /articles/mayor-resigns/\n  - /articles/mayor-resings/\n",
    );
    // The registry's own write comes back as a change: nothing to render.
    const echo = await session.build({ content: ["content/urls.yml"], templates: [] });
    expect([echo.written, echo.removed]).toEqual([[], []]);
  });

  it("renders again when the registry is edited by hand", async () => {
    const { root, out, session } = await start("update");
    await writeFile(path.join(root, "content/urls.yml"), "articles/a.md:\n  - /articles/mayor-resings/\n  - /2019/old/\n");
    const report = await session.build({ content: ["content/urls.yml"], templates: [] });
    expect(report.written).toEqual(["/2019/old/", "/_redirects"]);
    expect(existsSync(path.join(out, "2019/old/index.html"))).toBe(true);
  });

  it("lands a draft's open page on its new URL too, without registering the draft", async () => {
    const { root, out, session } = await start("update");
    const draft = "content/articles/draft.md";
    const budget = (title: string) =>
      `---\ntitle: ${title}\ndate: 2024-03-06\ndraft: true\n---\n\nThe council will vote on next year's budget in a special session next week.\n`;
    await writeFile(path.join(root, draft), budget("Budget draft"));
    await session.build({ content: [draft], templates: [] });
    expect(existsSync(path.join(out, "articles/budget-draft/index.html"))).toBe(true);
    await writeFile(path.join(root, draft), budget("Budget plan"));
    await session.build({ content: [draft], templates: [] });
    expect(readFileSync(path.join(out, "articles/budget-draft/index.html"), "utf8")).toContain("url=/articles/budget-plan/");
    expect(readFileSync(path.join(root, "content/urls.yml"), "utf8")).not.toContain("draft.md");
  });

  it("never writes the registry when frozen", async () => {
    const { root, session } = await start("frozen");
    await writeFile(path.join(root, FILE), article("Mayor resigns"));
    const report = await session.build({ content: [FILE], templates: [] });
    expect(existsSync(path.join(root, "content/urls.yml"))).toBe(false);
    expect(report.result.diagnostics.map((d) => d.id)).toEqual(["urls-unregistered"]);
  });
});

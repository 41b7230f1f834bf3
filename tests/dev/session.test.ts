import { OUTPUT_MARKER, OUTPUT_MARKER_TEXT } from "../../src/output/output-guard";
import { readFileSync, rmSync, statSync } from "node:fs";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { changesIn, DevSession, type BuildReport, type Changes } from "../../src/dev/session";
import { buildNow } from "../../src/config/environment";
import { resolveSettings } from "../../src/config/settings";
import { listFileTree } from "../../src/util/file-tree";
import { PROJECT_ROOT } from "../../src/config/project-root";
import { tempDir } from "../helpers/run-build";
import { builtHere, TEST_EPOCH } from "../helpers/build-here";
import { syntheticRoot } from "../helpers/synthetic-root";

let root = "";
let out = "";
let session: DevSession;
let files: string[] = [];

/** After a build: the files of the output folder, for the tests to look at. */
function seen(report: BuildReport): BuildReport {
  files = listFileTree(out);
  return report;
}

async function build(changes: Partial<Changes>): Promise<BuildReport> {
  return seen(await session.build({ content: [], templates: [], ...changes }));
}

async function save(file: string, text: string): Promise<BuildReport> {
  await writeFile(path.join(root, file), text);
  return build({ content: [file] });
}

/** Every file of the output folder with its text and modification time. */
function snapshot(): Map<string, { text: string; mtime: bigint }> {
  return new Map(
    files.map((f) => [f, { text: readFileSync(path.join(out, f), "utf8"), mtime: statSync(path.join(out, f), { bigint: true }).mtimeNs }]),
  );
}

/** The slug of an article file's pages, found by its published original text. */
function slugOf(file: string): string {
  const original = readFileSync(path.join(root, file), "utf8");
  const found = files.find((f) => /^articles\/[^/]+\/original\.txt$/.test(f) && readFileSync(path.join(out, f), "utf8") === original);
  if (found === undefined) throw new Error(`No page for ${file}`);
  return found.split("/")[1] as string;
}

const STRAYS = ["stray.txt", "articles/gone/index.html", "articles/gone/original.txt", "assets/old.css"];
const SEARCH_INDEX_FILE = "pagefind/0123456789abcdef/pagefind-entry.json";
const ARTICLE = "content/articles/000002.md";
const OTHER = "content/articles/000001.txt";

beforeAll(async () => {
  root = await syntheticRoot(24, 5);
  await writeFile(
    path.join(root, "content/articles/draft.md"),
    "---\ntitle: A draft shown in the dev server\ndate: 2024-03-01\ndraft: true\n---\n\nThe draft's only paragraph, long enough to be a body of its own.\n",
  );
  out = tempDir("dev-session");
  // What a previous server or build may have left: strays to delete, a search index to keep.
  for (const file of [...STRAYS, SEARCH_INDEX_FILE]) {
    await mkdir(path.dirname(path.join(out, file)), { recursive: true });
    await writeFile(path.join(out, file), "left from before");
  }
  await writeFile(path.join(out, OUTPUT_MARKER), OUTPUT_MARKER_TEXT);
  // Small batches, so full renders go through several Eleventy runs.
  const started = await DevSession.start({
    root,
    outDir: out,
    settings: resolveSettings({ includeDrafts: true }),
    now: () => buildNow({ SOURCE_DATE_EPOCH: TEST_EPOCH }),
    batchPages: 7,
  });
  session = started.session;
  seen(started.report);
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
  await rm(out, { recursive: true, force: true });
});

describe("DevSession", () => {
  it("writes the whole site on start, drafts included", () => {
    expect(files).toContain("index.html");
    expect(files.some((f) => readFileSync(path.join(out, f), "utf8").includes("A draft shown in the dev server"))).toBe(true);
  });

  it("starts over what the folder held: files no page wrote are gone, the search index is left to its updater", () => {
    for (const stray of STRAYS) expect(files).not.toContain(stray);
    expect(files.filter((f) => f.startsWith("articles/gone"))).toEqual([]);
    expect(files).toContain(SEARCH_INDEX_FILE);
  });

  it("rewrites the edited article's page and the pages listing it with the new headline, and no other page", async () => {
    const text = await readFile(path.join(root, ARTICLE), "utf8");
    const oldHeadline = /^title: "(.*)"$/m.exec(text)?.[1] as string;
    const before = snapshot();
    const report = await save(ARTICLE, text.replace(oldHeadline, "An entirely new headline for this story"));
    const after = snapshot();

    expect(report.changedFiles).toEqual([ARTICLE]);
    const rewritten = [...after].filter(([f, v]) => before.get(f)?.mtime !== v.mtime).map(([f]) => f);
    const showingNew = [...after]
      .filter(([f, v]) => f.endsWith(".html") && v.text.includes("An entirely new headline for this story"))
      .map(([f]) => f);
    // The article page (at its new URL), the home page and its date pages at least.
    expect(showingNew.length).toBeGreaterThan(3);
    expect(rewritten).toEqual(expect.arrayContaining(showingNew));
    for (const [f, v] of after) expect(v.text.includes(oldHeadline), f).toBe(false);
    // Every other page keeps its bytes and was not written again (assets are copied each time).
    const pages = rewritten.filter((f) => !f.startsWith("assets/"));
    expect(pages.length).toBeLessThan(after.size / 4);
    for (const [f, v] of before) if (after.has(f) && !rewritten.includes(f)) expect(after.get(f)?.text, f).toBe(v.text);
  });

  it("writes nothing when a file is saved unchanged", async () => {
    const report = await save(OTHER, await readFile(path.join(root, OTHER), "utf8"));
    expect(report).toMatchObject({ written: [], removed: [], changedFiles: [] });
  });

  it("removes the pages of a deleted article", async () => {
    const slug = slugOf(OTHER);
    await rm(path.join(root, OTHER));
    const report = await build({ content: [OTHER] });
    expect(report.changedFiles).toEqual([OTHER]);
    expect(report.removed).toEqual(expect.arrayContaining([`/articles/${slug}/`, `/articles/${slug}/original.txt`]));
    expect(files.filter((f) => f.startsWith(`articles/${slug}/`))).toEqual([]);
  });

  it("reports a file with an error, leaves its pages out and keeps going, then takes it back when fixed", async () => {
    const file = "content/articles/000003.md";
    const good = await readFile(path.join(root, file), "utf8");
    const slug = slugOf(file);
    const broken = await save(file, good.replace(/^title: .*$/m, "title: [unclosed"));
    expect(broken.newDiagnostics.map((d) => [d.file, d.severity])).toEqual([[file, "error"]]);
    expect(broken.removed).toContain(`/articles/${slug}/`);
    expect(files).not.toContain(`articles/${slug}/index.html`);

    const fixed = await save(file, good);
    expect(fixed.newDiagnostics).toEqual([]);
    expect(files).toContain(`articles/${slug}/index.html`);
  });

  it("follows added and renamed files", async () => {
    const from = "content/articles/000007.md";
    const to = "content/articles/renamed/000007.md";
    await writeFile(
      path.join(root, "content/articles/added.md"),
      "---\ntitle: A story added while the server runs\ndate: 2024-05-05\n---\n\nA first paragraph that is long enough to make the article a real one.\n",
    );
    await rm(path.join(root, "content/articles/renamed"), { recursive: true, force: true });
    await mkdir(path.join(root, "content/articles/renamed"));
    await rename(path.join(root, from), path.join(root, to));
    const report = await build({ content: ["content/articles/added.md", from, to] });
    expect(report.changedFiles).toEqual(["content/articles/000007.md", "content/articles/added.md", to]);
    expect(report.result.records.map((r) => r.file)).toEqual(expect.arrayContaining([to, "content/articles/added.md"]));
  });

  it("parses a saved page again when only its sidecar is saved", async () => {
    const page = "content/articles/saved.html";
    await writeFile(
      path.join(root, page),
      '<meta charset="utf-8"><title>A saved page in the dev server</title><article><h1>A saved page in the dev server</h1><p>A first paragraph that is long enough to make the saved page an article of its own.</p></article>',
    );
    const added = await build({ content: [page] });
    expect(added.result.records.find((r) => r.file === page)?.headline).toBe("A saved page in the dev server");
    const report = await save("content/articles/saved.yml", "title: A saved page with a corrected headline\n");
    expect(report.changedFiles).toEqual([page]);
    expect(report.result.records.find((r) => r.file === page)?.headline).toBe("A saved page with a corrected headline");
  });

  it("gives a topic only an edited article names its pages, and takes them away when none does", async () => {
    const file = "content/articles/new-topic.md";
    const text = (topics: string) =>
      `---\ntitle: Monitors extend their mission\ndate: 2024-06-06\ntopics: ${topics}\n---\n\nA first paragraph that is long enough to make the article one of its own.\n`;
    const named = await save(file, text("[Peace Keeping]"));
    expect(named.result.topics.at(-1)).toMatchObject({ slug: "peace-keeping", label: "Peace Keeping" });
    expect(files).toEqual(expect.arrayContaining(["topics/peace-keeping/index.html", "topics/peace-keeping/feed.xml"]));
    await save(file, text("[]"));
    expect(files.filter((f) => f.startsWith("topics/peace-keeping/"))).toEqual([]);
  });

  it("ends with the same files, byte for byte, as a fresh build of the same content", async () => {
    const fresh = tempDir("dev-fresh");
    try {
      await builtHere({ root, out: fresh, drafts: true });
      // The build adds the search index, which the dev server does not write.
      const expected = listFileTree(fresh).filter((f) => !f.startsWith("pagefind/"));
      expect(files.filter((f) => f !== SEARCH_INDEX_FILE)).toEqual(expected);
      for (const f of expected) expect(readFileSync(path.join(out, f), "utf8"), f).toBe(readFileSync(path.join(fresh, f), "utf8"));
    } finally {
      rmSync(fresh, { recursive: true, force: true });
    }
  });
});

describe("changesIn", () => {
  it("sorts a watcher's paths into content and template changes and drops the rest", () => {
    const templates = path.join(PROJECT_ROOT, "templates");
    expect(
      changesIn(
        ["/p/content/articles/a.md", "/p/content", `${templates}/assets/site.css`, "/p/_site/index.html"],
        "/p",
        "content",
        templates,
      ),
    ).toEqual({
      content: ["content/articles/a.md", "content"],
      templates: ["assets/site.css"],
    });
  });
});

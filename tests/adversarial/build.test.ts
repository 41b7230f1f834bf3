import { existsSync, readdirSync, readFileSync, lstatSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { exitStatus, type BuildOutcome } from "../../src/build/build-site";
import { contentErrors } from "../../src/build/content-policy";
import { slugFromHeadline } from "../../src/record/slug";
import { buildHere, outcomeReport } from "../helpers/build-here";
import { CANARY, GOOD_TXT, HEADLINE, HOSTILE, md, PARAGRAPHS } from "./corpus";
import { HOSTILE_BODY, HOSTILE_SITE, HOSTILE_TITLE } from "./hostile-site";
import { makeProject, type Project } from "./project";

/**
 * Whole builds, for the outcomes that depend on the build itself: a hostile site is built and
 * every file it writes is scanned, and a broken site writes nothing at all. Both builds run in
 * a throw-away project root whose every file is listed before and after.
 */

/** Every file and folder under `dir`, relative, without following links. */
function tree(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join("/") + (e.isDirectory() ? "/" : ""))
    .sort();
}

/** The characters templates escape, back to text, to check what a reader sees. */
const decode = (html: string) =>
  html
    .replace(/&lt;|&#x3C;|&#60;/gi, "<")
    .replace(/&gt;|&#x3E;|&#62;/gi, ">")
    .replace(/&quot;|&#34;|&#x22;/gi, '"')
    .replace(/&#39;|&#x27;/gi, "'")
    .replace(/&amp;/g, "&");

describe("a site built from hostile headlines and bodies", () => {
  let project: Project;
  let out: string;
  let outcome: BuildOutcome;
  let before: string[];
  let files: string[];
  beforeAll(async () => {
    project = await makeProject(HOSTILE_SITE, { "outside/secret.txt": "SECRET-OUTSIDE-CONTENT" });
    out = join(project.root, "_site");
    before = tree(project.root);
    // Built with a secret in the environment, which must not reach the site.
    vi.stubEnv("ADVERSARIAL_SECRET", "hunter2-secret");
    try {
      outcome = await buildHere({ root: project.root, out });
    } finally {
      vi.unstubAllEnvs();
    }
    files = tree(out).filter((f) => !f.endsWith("/"));
  });
  afterAll(() => project.cleanup());

  const text = (file: string) => readFileSync(join(out, file), "utf8");

  it("builds, exits 0 and reports the warnings", () => {
    const report = outcomeReport(outcome);
    expect(report).not.toMatch(/ error /);
    expect(outcome.status).toBe("built");
    expect(exitStatus(outcome)).toBe(0);
    for (const id of ["raw-html-dropped", "slug-hash-fallback", "invisible-characters-removed", "hidden-file-skipped"])
      expect(report).toContain(id);
  });

  it("writes nothing outside the output folder", () => {
    const after = tree(project.root).filter((f) => !f.startsWith("_site/"));
    expect(after).toEqual(before);
  });

  it("gives every article a safe slug", () => {
    const slugs = files.filter((f) => /^articles\/[^/]+\/index\.html$/.test(f)).map((f) => f.split("/")[1] ?? "");
    for (const slug of slugs) expect(slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(slugs).toEqual(expect.arrayContaining(["mqtl-jnwd-hfz-alslam", "families-return", "zerowidth-gnirts-news", "etc-2e-2e-passwd"]));
    expect(slugs.filter((s) => /^article-[0-9a-f]{10}$/.test(s))).toHaveLength(1);
  });

  it("prints no script, event handler or javascript: link from content in any HTML page", () => {
    const pages = files.filter((f) => f.endsWith(".html"));
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) {
      const html = text(page);
      // Quoted attribute values hold escaped text (`content="&lt;img onerror=…"`), never markup.
      const markup = html.replace(/"[^"]*"/g, '""');
      for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) {
        expect(tag, page).toMatch(/^<script (?:type="application\/ld\+json"|src="\/(?:assets|pagefind)\/[\w./-]+"(?: defer)?)>$/);
      }
      expect(markup, page).not.toMatch(/<[a-z][^>]*\son[a-z]+\s*=/i);
      expect(html, page).not.toMatch(/\s(?:href|src|action)\s*=\s*["']?\s*javascript:/i);
      expect(markup, page).not.toMatch(/<(?:img|svg|iframe)\b/i);
      // JSON-LD: no `<` at all, so `</script>` in a headline cannot close the element.
      for (const [, json = ""] of html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
        expect(json, page).not.toContain("<");
        expect(() => JSON.parse(json)).not.toThrow();
      }
    }
  });

  it("shows the hostile headline and body as text, with template syntax unexpanded", () => {
    const page = `articles/${slugFromHeadline(HOSTILE_TITLE).slug}/index.html`;
    const seen = decode(text(page));
    expect(seen).toContain(HOSTILE_TITLE);
    // Markdown drops raw HTML (with a warning) but keeps the text around it.
    expect(seen).toContain(`${HOSTILE.nunjucks} ${HOSTILE.comment}`);
    expect(seen).toMatch(/<a>click<\/a>|click/);
    // Raw text keeps every character, escaped.
    const raw =
      files.find((f) => f.startsWith("articles/") && f.endsWith("/index.html") && decode(text(f)).includes("Raw headline</h1>")) ?? "";
    expect(decode(text(raw))).toContain(HOSTILE_BODY);
    expect(/<title>([^\n]*)<\/title>/.exec(text(page))?.[1]).toContain("&lt;script&gt;alert(");
  });

  it("escapes content in every other file it writes: feeds, sitemaps, data, search index", () => {
    for (const file of files.filter((f) => !f.endsWith(".html"))) {
      const raw = readFileSync(join(out, file));
      if (file.endsWith(".txt")) continue; // originals: text/plain, checked below
      if (file.endsWith(".pf_fragment") || file.endsWith(".pf_meta") || file.endsWith(".pf_index") || file.endsWith(".pf_filter")) {
        // Search index data (gzip): must be JSON data, never markup the index pretends to be HTML.
        const data = gunzipSync(raw).toString("utf8");
        if (data.startsWith("pagefind_dcd{")) expect(() => JSON.parse(data.slice("pagefind_dcd".length))).not.toThrow();
        continue;
      }
      const body = raw.toString("utf8");
      if (file.endsWith(".json")) {
        expect(() => JSON.parse(body), file).not.toThrow();
        continue;
      }
      if (/\.(?:xml|rss|atom)$/.test(file)) {
        expect(body, file).not.toMatch(/<(?:script|img|svg|iframe)\b/i);
        expect(body, file).not.toMatch(/javascript:/i);
        continue;
      }
      // Assets come from templates: no content may appear in them.
      expect(body, file).not.toContain("alert(");
    }
  });

  it("publishes each original text byte for byte", () => {
    const originals = files.filter((f) => f.endsWith("/original.txt")).map(text);
    expect(originals).toContain(HOSTILE_SITE["hostile.txt"]);
  });

  it("never reads the symlink target, the environment or anything outside content/ into the site", () => {
    for (const file of files) {
      const body = readFileSync(join(out, file), "latin1");
      expect(body, file).not.toContain("SECRET-OUTSIDE-CONTENT");
      expect(body, file).not.toContain("hunter2-secret");
      expect(body, file).not.toContain("stale copy");
    }
  });

  it("builds the clean article as usual beside the hostile ones", () => {
    expect(decode(text("articles/villagers-return-to-homes-near-the-border/index.html"))).toContain(HEADLINE);
  });
});

/** Files that must fail the build; each would do damage if it were obeyed. */
const BROKEN_SITE = {
  "js.md": `---js\n{ title: (require("fs").writeFileSync(${JSON.stringify(CANARY)}, "js"), "x") }\n---\nBody.\n`,
  "javascript.md": `---javascript\n{ title: (require("fs").writeFileSync(${JSON.stringify(CANARY)}, "javascript"), "x") }\n---\nBody.\n`,
  "coffee.md": `---coffee\ntitle: require("fs").writeFileSync(${JSON.stringify(CANARY)}, "coffee")\n---\nBody.\n`,
  "traversal.md": md(`title: Escape one\nslug: ../../escape`),
  "encoded.md": md(`title: Escape two\nslug: "%2e%2e%2fescape"`, `${PARAGRAPHS[1]}\n`),
  "backslash.md": md(`title: Escape three\nslug: "..\\\\..\\\\escape"`, "A third body, so no two files share one.\n"),
  "link.txt": { symlink: "../../outside/secret.txt" },
  "latin1.txt": Uint8Array.from([...Buffer.from("Headline\nCaf"), 0xe9, 0x0a]),
  "clean.txt": GOOD_TXT,
};

describe("a site with errors, built with --strict", () => {
  let project: Project;
  let out: string;
  let outcome: BuildOutcome;
  /** The diagnostics as the build command prints them. */
  let report: string;
  let before: string[];
  beforeAll(async () => {
    project = await makeProject(BROKEN_SITE, { "outside/secret.txt": `Secret headline\n\nSECRET-OUTSIDE-CONTENT ${PARAGRAPHS[0]}\n` });
    out = join(project.root, "_site");
    before = tree(project.root);
    outcome = await buildHere({ root: project.root, out, strict: true });
    report = outcomeReport(outcome);
  });
  afterAll(() => project.cleanup());

  it("exits non-zero and writes nothing, anywhere", () => {
    expect(outcome.status).toBe("content-errors");
    expect(exitStatus(outcome)).toBe(1);
    expect(existsSync(out)).toBe(false);
    expect(tree(project.root)).toEqual(before);
  });

  it("runs no front-matter code", () => {
    expect(existsSync(CANARY)).toBe(false);
  });

  it.each([
    ["js.md", 1, "front-matter-language-refused"],
    ["javascript.md", 1, "front-matter-language-refused"],
    ["coffee.md", 1, "front-matter-language-refused"],
    ["traversal.md", 3, "invalid-slug"],
    ["encoded.md", 3, "invalid-slug"],
    ["backslash.md", 3, "invalid-slug"],
    ["latin1.txt", 2, "invalid-utf8"],
  ])("names %s at line %i with %s", (file, line, id) => {
    expect(report).toContain(`content/articles/${file}:${line}:`);
    expect(report).toMatch(new RegExp(`content/articles/${file.replace(".", "\\.")}:${line}:\\d+: error ${id}:`));
  });

  it("refuses the symlink by name without reading its target", () => {
    expect(report).toMatch(/content\/articles\/link\.txt: error symlink-refused:/);
    expect(report).not.toContain("SECRET-OUTSIDE-CONTENT");
    expect(lstatSync(join(project.root, "content/articles/link.txt")).isSymbolicLink()).toBe(true);
  });

  it("counts 8 errors in 8 files", () => {
    const errors = outcome.status === "content-errors" ? contentErrors(outcome.ingest) : [];
    expect([errors.length, new Set(errors.map((d) => d.file)).size]).toEqual([8, 8]);
  });

  it("without --strict publishes the clean article alone, quarantining the 8 files and running none of their code", async () => {
    const quarantined = await buildHere({ root: project.root, out });
    expect(quarantined.status).toBe("built");
    if (quarantined.status !== "built") return;
    expect(quarantined.site.data.views.articles.map((a) => a.slug)).toEqual([slugFromHeadline(HEADLINE).slug]);
    const written = tree(out).filter((f) => !f.endsWith("/"));
    for (const file of written.filter((f) => /\.(html|xml|json|txt)$/.test(f))) {
      const text = readFileSync(join(out, file), "utf8");
      expect(text, file).not.toContain("SECRET-OUTSIDE-CONTENT");
      expect(text, file).not.toContain("Escape one");
    }
    expect(existsSync(CANARY)).toBe(false);
  });
});

import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BuildOutcome } from "../../src/build/build-site";
import { PROJECT_ROOT } from "../../src/config/project-root";
import { originalTextFromDisk } from "../../src/load/original-text";
import { resolveSettings } from "../../src/config/settings";
import { buildHere, outcomeReport } from "../helpers/build-here";
import { tempDirs } from "../helpers/folders";
import { concat, htmlPage, responseRecord, warcRecord } from "../helpers/warc-writer";

// A crawl of a small news site, stored as wget stores it (one gzip member per record), built
// beside the text and Markdown articles of the good fixture.
const temp = tempDirs();
afterAll(temp.remove);

const SITE = "https://harbour-news.example";

function article(headline: string, lead: string, extra = ""): string {
  return `<!doctype html><html><head><title>${headline} | Harbour News</title>${extra}</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>${headline}</h1>
<p>${lead} The talks went on for three days at the harbour office, officials said on Thursday.</p>
<p>Both delegations said the agreement would be reviewed by their parliaments before the end of the year.</p>
<p>Shipping companies welcomed the news and said they expected trade to recover within months.</p>
</article></body></html>`;
}

const PAGES = [
  { uri: `${SITE}/2024/05/envoys-sign-treaty`, headline: "Envoys sign harbour treaty", lead: "The envoys signed the treaty." },
  { uri: `${SITE}/2024/05/ferry-line-reopens`, headline: "Ferry line reopens after storm", lead: "The ferry line reopened." },
  {
    uri: `${SITE}/2024/05/port-budget`,
    headline: "Port budget approved by council",
    lead: "The council approved the budget.",
    extra: '<link rel="canonical" href="https://harbour-news.example/stories/port-budget">',
  },
];

const HOME = `<!doctype html><html><head><title>Harbour News</title></head><body><h1>Harbour News</h1>
<ul>${PAGES.map((p) => `<li><a href="${p.uri}">${p.headline}</a></li>`).join("")}</ul></body></html>`;

/** A record whose Content-Length is not a number: its length, and so its end, is unknown. */
function damagedMember(): Uint8Array {
  return gzipSync(warcRecord("response", { "WARC-Target-URI": `${SITE}/2024/05/lost-page` }, article("Lost page", "Never read."), "many"));
}

describe("a build with a web archive beside text and Markdown articles", () => {
  let root: string;
  let outcome: BuildOutcome;
  let damagedAt: number;
  let report: string;
  beforeAll(async () => {
    root = temp.make("warc-site");
    cpSync(join(PROJECT_ROOT, "tests/fixtures/site/good"), root, { recursive: true });
    const members = [
      gzipSync(warcRecord("warcinfo", { "Content-Type": "application/warc-fields" }, "software: test\r\n")),
      gzipSync(htmlPage(`${SITE}/`, HOME)),
      gzipSync(responseRecord(`${SITE}/old/envoys`, 301, { Location: PAGES[0]!.uri })),
      ...PAGES.slice(0, 2).map((p) => gzipSync(htmlPage(p.uri, article(p.headline, p.lead)))),
      damagedMember(),
      gzipSync(htmlPage(PAGES[2]!.uri, article(PAGES[2]!.headline, PAGES[2]!.lead, PAGES[2]!.extra))),
    ];
    damagedAt = members.slice(0, 5).reduce((n, m) => n + m.length, 0);
    writeFileSync(join(root, "content/articles/crawl.warc.gz"), concat(members));
    outcome = await buildHere({ root, out: join(root, "_site") });
    report = outcomeReport(outcome);
  });

  const page = (slug: string): string => readFileSync(join(root, "_site", "articles", slug, "index.html"), "utf8");

  it("publishes one article per article page of the archive, beside the other articles", () => {
    expect(outcome.status, report).toBe("built");
    if (outcome.status !== "built") return;
    const files = outcome.ingest.records.map((r) => r.file);
    const fromWarc = files.filter((f) => f.startsWith("content/articles/crawl.warc.gz#"));
    expect(fromWarc).toHaveLength(3);
    expect(files).toContain("content/articles/peacekeepers.txt");
    for (const p of PAGES) expect(page(p.headline.toLowerCase().replaceAll(" ", "-"))).toContain(`<h1>${p.headline}</h1>`);
  });

  it("shows the target URI as the address of a page that states none, and the page's own address otherwise", () => {
    expect(page("envoys-sign-harbour-treaty")).toContain(`Originally published at <a href="${PAGES[0]!.uri}"`);
    expect(page("port-budget-approved-by-council")).toContain(
      'Originally published at <a href="https://harbour-news.example/stories/port-budget"',
    );
    if (outcome.status !== "built") return;
    const record = outcome.ingest.records.find((r) => r.canonical?.value === PAGES[1]!.uri);
    expect(record?.canonical?.provenance).toEqual({ kind: "page", from: "WARC target URI" });
  });

  it("never takes the capture time for the publication date, and says so", () => {
    if (outcome.status !== "built") throw new Error(report);
    const record = outcome.ingest.records.find((r) => r.canonical?.value === PAGES[0]!.uri);
    expect(record?.published).toBeNull();
    expect(record?.provenance.published).toMatchObject({ kind: "unknown" });
    expect(JSON.stringify(record?.provenance.published)).toContain("captured 2024-05-06T07:08:09Z, which is not a publication date");
  });

  it("reports the damaged record with its byte offset, and builds the records after it", () => {
    expect(report).toMatch(new RegExp(`crawl\\.warc\\.gz: warning warc-record-damaged: The record at byte offset ${damagedAt}\\b`));
    expect(page("port-budget-approved-by-council")).toContain("Port budget approved by council");
  });

  it("publishes each page's HTML as its original text", () => {
    if (outcome.status !== "built") throw new Error(report);
    const record = outcome.ingest.records.find((r) => r.canonical?.value === PAGES[1]!.uri);
    const text = originalTextFromDisk(root, resolveSettings({}))(record!);
    expect(text).toContain("<h1>Ferry line reopens after storm</h1>");
  });

  it("publishes each page's archival snapshot, and its HTML as decoded (UTF-8) for download", () => {
    const dir = join(root, "_site", "articles", "ferry-line-reopens-after-storm");
    const snapshot = readFileSync(join(dir, "snapshot", "index.html"), "utf8");
    expect(snapshot).toContain("Content-Security-Policy");
    expect(snapshot).toContain("Ferry line reopens after storm");
    expect(readFileSync(join(dir, "original.bin"), "utf8")).toContain("<h1>Ferry line reopens after storm</h1>");
    expect(page("ferry-line-reopens-after-storm")).toContain('download="ferry-line-reopens-after-storm.html"');
  });

  it("neither publishes nor warns about the home page and the redirect", () => {
    expect(report).not.toContain("warc-not-article");
    expect(report).not.toContain("warc-no-articles");
  });
});

describe("a web archive without articles", () => {
  it("is reported as giving none, and a section front in it as not an article", async () => {
    const root = temp.make("warc-none");
    cpSync(join(PROJECT_ROOT, "tests/fixtures/site/good"), root, { recursive: true });
    const front = `<!doctype html><html><head><title>World</title></head><body><ul><li><a href="/a">A</a></li></ul></body></html>`;
    writeFileSync(join(root, "content/articles/fronts.warc"), concat([htmlPage(`${SITE}/`, HOME), htmlPage(`${SITE}/world`, front)]));
    const report = outcomeReport(await buildHere({ root, out: join(root, "_site") }));
    expect(report).toMatch(
      /fronts\.warc: warning warc-not-article: The page at byte offset \d+ \(https:\/\/harbour-news\.example\/world\)/,
    );
    expect(report).toContain("fronts.warc: warning warc-no-articles:");
  });
});

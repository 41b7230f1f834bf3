import { describe, expect, it } from "vitest";
import { buildSiteData } from "../../../src/site/build-site-data";
import { redirectPage, redirectsFile } from "../../../src/site/outputs/redirects";
import { pageUrls } from "../../../src/site/site-pages";
import { SITE_FILES, SITE_SECTIONS } from "../../../src/util/site-paths";
import type { Redirect } from "../../../src/ingest/permanent-urls";
import { makeRecord, readOriginals, TOPICS } from "../../helpers/records";

const records = [
  makeRecord({ slug: "mayor-resigns", headline: "Mayor <resigns> & goes", published: "2024-03-05", topics: ["diplomacy"] }),
  makeRecord({ slug: "other", published: "2024-03-04" }),
];
const REDIRECTS: Redirect[] = [
  { from: "/2019/05/14/old-title/", to: "mayor-resigns" },
  { from: "/articles/mayor-resings/", to: "mayor-resigns" },
  { from: "/index.php", to: "other" },
  { from: "/posts/old", to: "other" },
];
const site = (redirects: readonly Redirect[], pathPrefix = "/") =>
  buildSiteData(
    records,
    TOPICS,
    { siteName: "Archive", pageSize: 10, pathPrefix, siteUrl: "https://news.example" },
    readOriginals,
    undefined,
    redirects,
  );
const texts = (data: ReturnType<typeof site>) => new Map(data.views.redirects.map((f) => [f.url, f.text]));

describe("redirects in the site data", () => {
  it("writes a page at each old path a static host serves as HTML, and the redirects file, with the path prefix", () => {
    const files = texts(site(REDIRECTS, "/archive/"));
    // `/index.php` gets no page (it would be served as PHP), `/posts/old` a folder page.
    expect([...files.keys()]).toEqual(["/2019/05/14/old-title/", "/articles/mayor-resings/", "/posts/old/", "/_redirects"]);
    expect(files.get("/_redirects")).toBe(
      [
        "/archive/2019/05/14/old-title/ /archive/articles/mayor-resigns/ 301",
        "/archive/articles/mayor-resings/ /archive/articles/mayor-resigns/ 301",
        "/archive/index.php /archive/articles/other/ 301",
        "/archive/posts/old /archive/articles/other/ 301",
        "",
      ].join("\n"),
    );
    const page = files.get("/articles/mayor-resings/") ?? "";
    expect(page).toContain('<meta http-equiv="refresh" content="0; url=/archive/articles/mayor-resigns/">');
    expect(page).toContain('<link rel="canonical" href="https://news.example/archive/articles/mayor-resigns/">');
    expect(page).toContain('<a href="/archive/articles/mayor-resigns/">Mayor &lt;resigns&gt; &amp; goes</a>');
  });

  it("writes nothing, not even the redirects file, when no URL moved", () => {
    expect(site([]).views.redirects).toEqual([]);
  });

  it("keeps redirect pages out of the sitemap, the feeds, the export and every list", () => {
    const data = site(REDIRECTS);
    const published = [...data.views.files, ...data.views.exports].map((f) => f.text).join("\n");
    for (const { from } of REDIRECTS) expect(published).not.toContain(from);
    expect(data.views.articles.map((a) => a.url)).toEqual(["/articles/mayor-resigns/", "/articles/other/"]);
  });

  it("refuses a redirect to no article (the ingest decides only redirects to published ones)", () => {
    expect(() => site([{ from: "/articles/x/", to: "missing" }])).toThrow(TypeError);
  });

  it("gives the same bytes for the same redirects", () => {
    expect(JSON.stringify(site(REDIRECTS).views.redirects)).toBe(JSON.stringify(site(REDIRECTS).views.redirects));
  });
});

describe("the site's own paths", () => {
  it("are all under a section or a root file that old URLs may not take", () => {
    const outside = pageUrls(site(REDIRECTS.slice(1, 2))).filter((url) => {
      const [first = "", ...rest] = url.slice(1).split("/");
      return !(url === "/" || SITE_SECTIONS.includes(first) || (rest.length === 0 && SITE_FILES.includes(first)));
    });
    expect(outside).toEqual([]);
  });
});

describe("redirectPage and redirectsFile", () => {
  it("needs no script and names the new page in a link a reader can follow", () => {
    const page = redirectPage("Archive", { href: "/a/", absolute: "https://x.example/a/", headline: "A" });
    expect(page).not.toContain("<script");
    expect(page).toContain('<meta name="robots" content="noindex">');
    expect(page).toContain('<a href="/a/">A</a>');
  });

  it("writes one 301 line per redirect", () => {
    expect(
      redirectsFile([
        ["/a/", "/b/"],
        ["/c", "/d/"],
      ]),
    ).toBe("/a/ /b/ 301\n/c /d/ 301\n");
  });
});

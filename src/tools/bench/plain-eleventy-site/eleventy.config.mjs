// The plain Eleventy 3 site the benchmark times beside our build (`src/tools/bench/plain-eleventy.ts`):
// what a small Eleventy archive does with the same articles, without extraction, search or feeds.
// Plain JavaScript on purpose: it runs with `node cmd.cjs`, as an Eleventy site does, without tsx.

/** Newest first; the input path breaks ties so the pages stay the same from run to run. */
function newestFirst(a, b) {
  return b.date - a.date || (a.inputPath < b.inputPath ? -1 : a.inputPath > b.inputPath ? 1 : 0);
}

/** The articles grouped by each key `keysOf` gives, as pages for `pagination` (keys in code-unit order). */
function groupPages(articles, keysOf) {
  const groups = new Map();
  for (const article of articles) {
    for (const key of keysOf(article)) {
      if (!groups.has(key)) groups.set(key, []);
      groups.get(key).push(article);
    }
  }
  return [...groups.keys()].sort().map((key) => ({ key, articles: groups.get(key) }));
}

export default function (eleventyConfig) {
  const slugify = eleventyConfig.getFilter("slugify");
  const articles = (api) => [...api.getFilteredByTag("article")].sort(newestFirst);
  eleventyConfig.addFilter("isoDate", (date) => date.toISOString().slice(0, 10));
  eleventyConfig.addCollection("latest", (api) => articles(api).slice(0, 50));
  eleventyConfig.addCollection("topicPages", (api) =>
    groupPages(articles(api), (a) => a.data.topics).map((page) => ({ ...page, slug: slugify(page.key) })),
  );
  eleventyConfig.addCollection("monthPages", (api) => groupPages(articles(api), (a) => [a.date.toISOString().slice(0, 7)]).reverse());
  return {
    markdownTemplateEngine: false,
    htmlTemplateEngine: "njk",
    templateFormats: ["md", "njk"],
    dir: { includes: "_includes" },
  };
}

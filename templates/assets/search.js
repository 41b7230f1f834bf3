// Starts Pagefind's search UI on the search page over every shard of the index: the page
// lists the shards' folders (path prefix included) in data-bundles; the first is searched
// directly and the others are merged into it.
/* global PagefindUI */
window.addEventListener("DOMContentLoaded", () => {
  const element = document.getElementById("search");
  const [first, ...rest] = JSON.parse(element.dataset.bundles);
  // Every index already holds each page's full link, path prefix included
  // (src/site/search-shards.ts): no shard may prefix it again.
  const baseUrl = "/";
  new PagefindUI({
    element: "#search",
    bundlePath: first,
    mergeIndex: rest.map((bundlePath) => ({ bundlePath, baseUrl })),
    showSubResults: false,
    showImages: false,
    resetStyles: false,
    autofocus: false,
    baseUrl,
  });
});

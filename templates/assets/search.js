// Starts Pagefind's search UI on the search page. Pagefind finds its index next to its own
// script, so this works under a path prefix too.
/* global PagefindUI */
window.addEventListener("DOMContentLoaded", () => {
  new PagefindUI({
    element: "#search",
    showSubResults: false,
    showImages: false,
    resetStyles: false,
    autofocus: false,
    // The index already holds each page's full link, path prefix included (src/eleventy/search-index.ts).
    baseUrl: "/",
  });
});

// Starts Pagefind's search UI on the search page over every shard of the index: the page
// lists the shards' folders (path prefix included) in data-bundles; the first is searched
// directly and the others are merged into it.
// The query, the filters and the order live in the address (?q=…&topic=…&sort=date), so a
// search can be shared, bookmarked and found again with the back button: the address is read
// when the page opens and rewritten (without a new history entry) as the reader searches.
/* global PagefindUI */
window.addEventListener("DOMContentLoaded", () => {
  const element = document.getElementById("search");
  const [first, ...rest] = JSON.parse(element.dataset.bundles);
  const filterNames = JSON.parse(element.dataset.filters);
  // Every index already holds each page's full link, path prefix included
  // (src/site/search-shards.ts): no shard may prefix it again.
  const baseUrl = "/";
  const params = new URLSearchParams(window.location.search);
  const state = {
    term: params.get("q") ?? "",
    byDate: params.get("sort") === "date",
    filters: Object.fromEntries(filterNames.map((name) => [name, params.getAll(name)]).filter(([, values]) => values.length > 0)),
  };

  // Filter values are indexed HTML-escaped (Pagefind prints their labels as HTML); the
  // address holds them as readers write them.
  const escapes = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" };
  const escape = (text) => text.replace(/[&<>"']/g, (c) => escapes[c]);
  const unescape = (text) => text.replace(/&(amp|lt|gt|quot|apos);/g, (entity) => Object.keys(escapes).find((c) => escapes[c] === entity));

  const save = () => {
    const next = new URLSearchParams();
    if (state.term.trim() !== "") next.set("q", state.term);
    for (const [name, values] of Object.entries(state.filters)) for (const value of values) next.append(name, value);
    if (state.byDate) next.set("sort", "date");
    const query = next.toString();
    window.history.replaceState(null, "", `${window.location.pathname}${query === "" ? "" : `?${query}`}`);
  };

  const start = () => {
    element.replaceChildren();
    const ui = new PagefindUI({
      element: "#search",
      bundlePath: first,
      mergeIndex: rest.map((bundlePath) => ({ bundlePath, baseUrl })),
      showSubResults: false,
      showImages: false,
      resetStyles: false,
      autofocus: false,
      openFilters: Object.keys(state.filters),
      baseUrl,
      ...(state.byDate ? { sort: { date: "desc" } } : {}),
    });
    if (Object.keys(state.filters).length > 0) {
      ui.triggerFilters(Object.fromEntries(Object.entries(state.filters).map(([name, values]) => [name, values.map(escape)])));
    }
    if (state.term !== "") ui.triggerSearch(state.term);
  };

  element.addEventListener("input", (event) => {
    if (!event.target.matches(".pagefind-ui__search-input")) return;
    state.term = event.target.value;
    save();
  });
  // Checkboxes and the clear buttons: read what is selected once the UI has updated.
  const readFilters = () => {
    const filters = {};
    for (const box of element.querySelectorAll("input.pagefind-ui__filter-checkbox:checked")) {
      (filters[box.name] ??= []).push(unescape(box.value));
    }
    state.filters = filters;
    state.term = element.querySelector(".pagefind-ui__search-input")?.value ?? state.term;
    save();
  };
  element.addEventListener("change", readFilters);
  element.addEventListener("click", (event) => {
    if (event.target.closest("button")) window.setTimeout(readFilters, 0);
  });

  const order = document.getElementById("search-order");
  order.hidden = false;
  const sort = document.getElementById("search-sort");
  sort.value = state.byDate ? "date" : "relevance";
  sort.addEventListener("change", () => {
    state.byDate = sort.value === "date";
    save();
    start();
  });
  start();
});

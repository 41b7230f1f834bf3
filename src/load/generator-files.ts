/**
 * Files a Hugo, Jekyll or Eleventy content folder holds beside its posts that are not articles.
 * Copied into `content/articles/` with the posts, each is left out with a note saying what it
 * is (never silently, never as an error that would stop a migration). Anything else that is
 * not an article format stays an error. Which files these are is data, with the why.
 */

// Hugo's pages bundle their images and attachments beside the page's `index.md`.
const BUNDLE_INDEXES = ["index.md", "index.markdown"] as const;
// Files judged by their own rules even inside a bundle: articles, web archives, sidecars.
const OWN_RULES = /\.(?:md|markdown|txt|html?|warc|warc\.gz|yml)$/;

/**
 * Why a file of another generator's content folder is not an article, or null when it is not
 * one of those (and is judged as any other file).
 * @param name the file's name
 * @param folder the name of the folder holding it
 * @param siblings the names of every entry in that folder
 * @example generatorFileReason("_index.md", "posts", new Set(["_index.md"])) //=> "a Hugo section page (the list of the folder's posts)"
 */
export function generatorFileReason(name: string, folder: string, siblings: ReadonlySet<string>): string | null {
  // A section's list page; its own text, if any, introduces the list and is not a post.
  if (/^_index\.(?:md|markdown|html)$/.test(name)) return "a Hugo section page (the list of the folder's posts)";
  // Data for every page of a folder: JSON is not front matter, and code is never run.
  if (/\.11tydata\.(?:json|js|cjs|mjs)$/.test(name)) return "an Eleventy directory data file";
  if (name === `${folder}.json` || name === `${folder}.js`) return "an Eleventy directory data file";
  if (!OWN_RULES.test(name) && BUNDLE_INDEXES.some((index) => siblings.has(index))) {
    return "a file of a Hugo page bundle (an image or attachment of the page beside it)";
  }
  return null;
}

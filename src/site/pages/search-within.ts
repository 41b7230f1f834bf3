import type { Scaffold } from "../scaffold";
import { href } from "../scaffold";
import type { SearchWithin } from "../site-data";
import { searchUrl } from "../urls";

/**
 * A search box that searches within one topic, source or author.
 * @param value the topic label or the source's or author's display name ("Source unknown" for the unknown source).
 * @example searchWithin(s, "topic", "Floods").label //=> "Search articles on Floods"
 */
export function searchWithin(s: Scaffold, filter: SearchWithin["filter"], value: string): SearchWithin {
  return { action: href(s, searchUrl()), label: LABELS[filter](value), filter, value };
}

const LABELS: Record<SearchWithin["filter"], (value: string) => string> = {
  topic: (v) => `Search articles on ${v}`,
  source: (v) => `Search articles from ${v}`,
  author: (v) => `Search articles by ${v}`,
  year: (v) => `Search articles of ${v}`,
};

/** What a list-item summary is drawn from. */
export interface Summarizable {
  readonly summary: string | null;
  readonly highlights: readonly string[];
  readonly body: readonly string[];
}

/** Longest summary printed under a list item, in characters. */
export const SUMMARY_MAX_CHARS = 280;

// A sentence ends at . ! or ? (optionally followed by a closing quote or bracket) before
// whitespace and a capital letter, digit or opening quote.
const SENTENCE_END = /(?<=[.!?]["'”’)\]]?)\s+(?=["“‘(]?[\p{Lu}\d])/u;

/**
 * A one- or two-sentence summary for lists: the editor's summary, else the first highlight,
 * else the first two sentences of the body; cut at a word boundary with "…" when long.
 * @returns "" when the article has no text at all.
 * @example summarize({ summary: null, highlights: [], body: ["One. Two. Three."] }) //=> "One. Two."
 */
export function summarize(article: Summarizable): string {
  const text =
    article.summary?.trim() ||
    article.highlights.find((h) => h.trim() !== "")?.trim() ||
    firstSentences(article.body.find((p) => p.trim() !== "")?.trim() ?? "", 2);
  return truncate(text.replace(/\s+/g, " "), SUMMARY_MAX_CHARS);
}

function firstSentences(paragraph: string, count: number): string {
  return paragraph.split(SENTENCE_END).slice(0, count).join(" ");
}

function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/u, "")}…`;
}

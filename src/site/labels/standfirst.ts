/**
 * The standfirst: the editor's summary printed under the headline, as news pages set their
 * introduction. It is shown only when it adds something: a summary that the body's first
 * paragraph or a highlight already says is left out, so the reader never reads it twice.
 */

/** What a standfirst is drawn from. */
export interface StandfirstSource {
  readonly summary: string | null;
  readonly highlights: readonly string[];
  readonly body: readonly string[];
}

/**
 * The editor's summary as a standfirst, or null when there is none or the page says it already.
 * @example standfirst({ summary: "Ferries run again.", highlights: [], body: ["The service resumed."] }) //=> "Ferries run again."
 * @example standfirst({ summary: "The service resumed.", highlights: [], body: ["The service resumed on Monday."] }) //=> null
 */
export function standfirst(source: StandfirstSource): string | null {
  const text = (source.summary ?? "").replace(/\s+/g, " ").trim();
  if (text === "") return null;
  // A summary cut short ("…") repeats the paragraph it was cut from.
  const key = comparable(text.replace(/(?:…|\.\.\.)$/u, ""));
  const firstParagraph = source.body.find((p) => p.trim() !== "") ?? "";
  if (comparable(firstParagraph).startsWith(key)) return null;
  if (source.highlights.some((h) => comparable(h) === key)) return null;
  return text;
}

/** Text compared by its letters and digits only: spacing, punctuation and case set aside. */
function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

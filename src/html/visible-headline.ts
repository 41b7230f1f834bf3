/**
 * The headline as the page shows it. Metadata titles are often written for search engines and
 * social cards ("Sweden drops Assange rape investigation") while the page's `<h1>` reads
 * differently ("Julian Assange: Sweden drops rape investigation"); the record keeps what the
 * reader saw. An `<h1>` is taken only when the metadata confirms it (enough words in common), so
 * a logo or section name in an `<h1>` is never mistaken for the headline.
 */
import { collapse, type PageDocument } from "./dom";
import { isHidden } from "./visible-text";

/** Share of words an `<h1>` must have in common with a stated title (Dice coefficient). */
export const CONFIRMING_OVERLAP = 0.4;

/** The visible `<h1>` texts of a page, in order. */
export function headingTexts(doc: PageDocument): string[] {
  return Array.from(doc.querySelectorAll("h1"))
    .filter((h) => !isHidden(h))
    .map((h) => collapse(h.textContent ?? ""))
    .filter((t) => t !== "");
}

function words(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/**
 * Dice coefficient of two texts' word sets (0–1).
 * @example wordOverlap("Sweden drops rape case", "Sweden drops case") //=> 0.857…
 */
export function wordOverlap(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.size === 0 || wb.size === 0) return 0;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return (2 * common) / (wa.size + wb.size);
}

/**
 * The `<h1>` that best matches one of the stated titles, when it matches well enough.
 * @param stated titles the page states (JSON-LD, Open Graph, `<title>`), most trusted first
 * @example confirmedHeading(["Julian Assange: Sweden drops rape investigation"], ["Sweden drops Assange rape investigation"]) //=> "Julian Assange: …"
 */
export function confirmedHeading(headings: readonly string[], stated: readonly string[]): string | null {
  let best: { text: string; score: number } | null = null;
  for (const heading of headings) {
    for (const title of stated) {
      const score = wordOverlap(heading, title);
      if (score >= CONFIRMING_OVERLAP && (best === null || score > best.score)) best = { text: heading, score };
    }
  }
  return best?.text ?? null;
}

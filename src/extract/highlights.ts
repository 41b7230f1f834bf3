import type { Line } from "./lines";
import { HIGHLIGHT_LABELS } from "./vocabulary";

/** A labelled bullet list of key points. */
export interface HighlightsBlock {
  /** 0-based index of the label line ("Highlights"). */
  readonly label: number;
  /** 0-based indexes of the bullet lines. */
  readonly items: readonly number[];
}

/**
 * Find the first bullet list introduced by a key-points label ("Highlights", "Key points").
 * @returns null when the page has none.
 */
export function findHighlights(lines: readonly Line[]): HighlightsBlock | null {
  for (const line of lines) {
    if (line.blank || line.bullet || !HIGHLIGHT_LABELS.some((re) => re.test(line.text))) continue;
    const items: number[] = [];
    for (let i = line.index + 1; i < lines.length; i++) {
      const next = lines[i]!;
      if (next.blank) {
        if (items.length > 0) break;
        continue;
      }
      if (!next.bullet || next.chrome) break;
      items.push(i);
    }
    if (items.length > 0) return { label: line.index, items };
  }
  return null;
}

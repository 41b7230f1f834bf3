import type { OriginalTextReader } from "../../load/original-text";
import type { ArticleRecord } from "../../types";
import type { OriginalText } from "../site-data";
import * as urls from "../urls";
import { lazyText } from "./lazy-text";
import { isSavedPage } from "./saved-pages";

/**
 * Every article's original text, published verbatim beside its page (saved pages are published
 * as their bytes instead: `saved-pages.ts`). A text is read when its file is written and not
 * kept; the record's hash of it stands for it in page comparisons.
 * @param read gives a record's original text.
 * @example originalTexts(sorted, read)[0]?.url //=> "/articles/<slug>/original.txt"
 */
export function originalTexts(sorted: readonly ArticleRecord[], read: OriginalTextReader): OriginalText[] {
  return sorted
    .filter((r) => !isSavedPage(r))
    .map((r) => lazyText(urls.originalTextUrl(r.slug), { sha256: r.originalSha256 }, () => read(r)));
}

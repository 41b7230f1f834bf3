import type { OriginalReaders } from "../../load/original-bytes";
import { archivalSnapshot } from "../../snapshot/archival-snapshot";
import { SNAPSHOT_FRAME, snapshotPage } from "../../snapshot/snapshot-page";
import { webUrl } from "../../snapshot/urls";
import type { ArticleRecord } from "../../types";
import { href, type Scaffold } from "../scaffold";
import type { OriginalBytes, OriginalText, SavedPageLinks } from "../site-data";
import * as urls from "../urls";
import { lazyBytes, lazyText } from "./lazy-text";

/**
 * Saved pages (`.html` articles) are published twice beside their article page: as an archival
 * snapshot page that runs and loads nothing, and as their original bytes, which browsers
 * download rather than render (docs/security.md, 'Saved pages run nothing and load nothing').
 */

/** Whether the article is a saved page, published with a snapshot and its bytes rather than an `original.txt`. */
export function isSavedPage(r: Pick<ArticleRecord, "format">): boolean {
  return r.format === "html";
}

/**
 * Where an article's original is published: a saved page's bytes (`original.bin`), any other
 * article's text (`original.txt`). Feeds, page metadata and the JSON export link it.
 * @example originalFileUrl({ slug: "a", format: "html" }) //=> "/articles/a/original.bin"
 */
export function originalFileUrl(r: Pick<ArticleRecord, "slug" | "format">): string {
  return isSavedPage(r) ? urls.savedPageUrl(r.slug) : urls.originalTextUrl(r.slug);
}

/**
 * A saved page's own address as the snapshot resolves its links against: its canonical URL when
 * that is an absolute http or https URL, else undefined (links relative to an unknown address
 * stay unresolved).
 * @example savedPageAddress({ canonical: { value: "https://example.com/a", … } }) //=> "https://example.com/a"
 */
export function savedPageAddress(r: Pick<ArticleRecord, "canonical">): string | undefined {
  return r.canonical === undefined ? undefined : webUrl(r.canonical.value, undefined);
}

/**
 * What an article page links of its saved page, or null when the article is not one.
 * @example savedPageLinks(s, record)?.snapshotUrl //=> "/articles/<slug>/snapshot/"
 */
export function savedPageLinks(s: Scaffold, r: ArticleRecord): SavedPageLinks | null {
  if (!isSavedPage(r)) return null;
  return {
    snapshotUrl: href(s, urls.snapshotUrl(r.slug)),
    frameTitle: `Archival snapshot of the saved page: ${r.headline}`,
    frame: { ...SNAPSHOT_FRAME },
    downloadUrl: href(s, urls.savedPageUrl(r.slug)),
    downloadName: `${r.slug}.html`,
  };
}

/**
 * Every saved page's snapshot page and original bytes, newest first, each made when written and
 * not kept. A file's `source` holds all it is made from (the page's hash, the headline, the
 * links), so page comparisons see it change exactly when it does.
 * @param read gives a record's decoded text (the snapshot is made from it) and its bytes.
 * @example savedPageFiles(s, sorted, read).map((f) => f.url) //=> ["/articles/<slug>/snapshot/", "/articles/<slug>/original.bin", …]
 */
export function savedPageFiles(s: Scaffold, sorted: readonly ArticleRecord[], read: OriginalReaders): (OriginalText | OriginalBytes)[] {
  return sorted.filter(isSavedPage).flatMap((r) => {
    const pageUrl = savedPageAddress(r);
    const meta = {
      title: r.headline,
      articleUrl: href(s, urls.articleUrl(r.slug)),
      originalUrl: href(s, urls.savedPageUrl(r.slug)),
      originalFileName: `${r.slug}.html`,
      ...(pageUrl === undefined ? {} : { pageUrl }),
    };
    const sha256 = r.originalSha256;
    return [
      lazyText(urls.snapshotUrl(r.slug), { sha256, ...meta }, () =>
        snapshotPage(archivalSnapshot(read.text(r), pageUrl === undefined ? {} : { pageUrl }), meta),
      ),
      lazyBytes(urls.savedPageUrl(r.slug), { sha256 }, () => read.bytes(r)),
    ];
  });
}

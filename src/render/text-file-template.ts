import type { OriginalText, SiteData } from "../site/site-data";

/**
 * Eleventy templates that write text computed in `src/site/` unchanged: feeds, the JSON
 * export, the sitemap and robots.txt (the original texts, copies of article files, are written
 * by `write-text-files.ts` without a template). JavaScript templates rather than
 * Nunjucks because the text is already in its own format (plain text, escaped XML, JSON) and
 * must not be HTML-escaped; the only unescaped output allowed in Nunjucks is the sanitized
 * article body (and the escaped structured data).
 */

interface FileData {
  readonly site: SiteData;
  readonly file: OriginalText;
}

/** An Eleventy template: front data plus a render function. */
export interface TextFileTemplate {
  readonly data: {
    readonly pagination: { readonly data: string; readonly size: 1; readonly alias: "file" };
    readonly permalink: (page: FileData) => string;
    readonly eleventyExcludeFromCollections: true;
  };
  readonly render: (page: FileData) => string;
}

/**
 * A template writing one file per entry of the site-data list at `dataPath`, at the entry's
 * URL (computed in `src/site/urls.ts`).
 * @example export const { data, render } = textFileTemplate("site.views.files");
 */
export function textFileTemplate(dataPath: "site.views.files"): TextFileTemplate {
  return {
    data: {
      pagination: { data: dataPath, size: 1, alias: "file" },
      permalink: (page) => page.file.url,
      eleventyExcludeFromCollections: true,
    },
    render: (page) => page.file.text,
  };
}

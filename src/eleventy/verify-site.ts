import type { SiteData } from "../archive/site-data";
import { outputFileFor } from "../archive/urls";

/**
 * Post-build check: every page the site data promises was written. Returns one message per
 * missing file (empty when all is well), so the build can report them all at once.
 * @param written files relative to the output folder, as from `listFiles`.
 * @example verifySite(data, await listFiles("_site")) //=> []
 */
export function verifySite(data: SiteData, written: readonly string[]): string[] {
  const present = new Set(written);
  const v = data.views;
  const expected: string[] = [
    ...[v.home, v.articles, v.topicsIndex, v.topicPages, v.archiveIndex, v.years, v.months, v.undated, v.notFound]
      .flat()
      .map((view) => view.url),
    ...v.originals.map((o) => o.url),
    data.stylesheetUrl,
  ];
  return expected
    .map(outputFileFor)
    .filter((file) => !present.has(file))
    .map((file) => `Expected page was not written: ${file}`);
}

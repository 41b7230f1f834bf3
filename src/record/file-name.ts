import type { CalendarDate, Sourced } from "../types";
import { calendarFromParts } from "../parse/calendar";

/**
 * What an article's path says when front matter does not, as Jekyll reads it: a post named
 * `2019-05-14-title.md` was published on 14 May 2019, and a file under a `_drafts/` folder is a
 * draft. Both come after the editor's front matter and the text's own statements.
 */

// Jekyll's post name: a day, a hyphen, then the title part.
const DATED_NAME = /^(\d{4})-(\d{2})-(\d{2})-[^/]/;

/**
 * The published day a Jekyll-style file name gives: a real calendar day inside the plausible
 * window, with provenance `inferred`, rule `file-name`; undefined otherwise (`2019-02-30-x.md`
 * is no date, and nor is a name without the day in front).
 * @param file path with `/` separators; only its last segment is read
 * @param window the plausible days (`YYYY-MM-DD`, inclusive; no upper bound when `maxDate` is undefined)
 * @example dateFromFileName("content/articles/_posts/2019-05-14-title.md", { minDate: "1800-01-01" })?.value //=> "2019-05-14"
 */
export function dateFromFileName(
  file: string,
  window: { readonly minDate: string; readonly maxDate?: string | undefined },
): Sourced<CalendarDate> | undefined {
  const name = file.slice(file.lastIndexOf("/") + 1);
  const m = DATED_NAME.exec(name);
  if (m === null) return undefined;
  const day = calendarFromParts(Number(m[1]), Number(m[2]), Number(m[3]));
  if (day === null || day < window.minDate || (window.maxDate !== undefined && day > window.maxDate)) return undefined;
  return { value: day, provenance: { kind: "inferred", rule: "file-name", detail: name } };
}

/**
 * Whether the file lies under a `_drafts/` folder (Jekyll's drafts), so is a draft unless its
 * front matter says otherwise.
 * @example isInDraftsFolder("content/articles/_drafts/idea.md") //=> true
 */
export function isInDraftsFolder(file: string): boolean {
  return file.split("/").slice(0, -1).includes("_drafts");
}

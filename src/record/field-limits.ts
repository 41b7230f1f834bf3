import slugify from "@sindresorhus/slugify";
import type { CalendarDate, Diagnostic, Provenance, Sourced } from "../types";
import { report } from "../diagnostics/messages";
import { calendarParts, dayOf } from "../parse/calendar";
import { instantMs } from "../parse/instant";
import { MAX_SLUG_LENGTH } from "../util/slug-rules";

/**
 * Checks on a record's fields that no single extractor or schema rule makes: lengths that
 * would break a page's path, and dates that contradict each other. They run on the values the
 * record will hold, whichever source they came from, before anything is rendered, so
 * `npm run check` reports what would otherwise stop `npm run build` half way through writing.
 */

/**
 * Longest author or publisher name, in characters. Real names, even with titles and
 * particles, stay under 60; a longer "name" is a sentence or a paragraph caught by mistake.
 */
export const MAX_NAME_CHARS = 100;

/**
 * Longest URL segment a name may make. Author and source pages live at `/authors/<segment>/`
 * and `/sources/<segment>/`, and a segment is a folder name, which file systems cap at 255
 * bytes. Transliteration can make a name several times longer (`Щ` → `shch`, an emoji → its
 * name), so the segment is measured after slugifying, and kept far enough under the cap to
 * leave room for a `-2` suffix or a hash.
 */
export const MAX_NAME_SEGMENT_CHARS = 150;

/** What {@link checkFieldLimits} looks at. */
export interface LimitedFields {
  readonly authors: Sourced<readonly string[]>;
  readonly source: Sourced<string | null>;
  readonly slug: Sourced<string>;
  readonly published: Sourced<CalendarDate | null>;
  readonly updated: Sourced<CalendarDate | null>;
}

/**
 * Refuse names and slugs too long for a page's path (`field-too-long`, an error), and warn
 * when the update date is earlier than the publication date (`updated-before-published`).
 * Each diagnostic names the line the value came from: its front-matter key, or the line of
 * the text it was read from.
 * @param frontMatterFile the file the front-matter lines are in (a saved page's sidecar), when not `file`
 * @example checkFieldLimits("a.md", fields).map((d) => d.id) //=> ["field-too-long"]
 */
export function checkFieldLimits(file: string, fields: LimitedFields, frontMatterFile: string = file): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const fileOf = (p: Provenance) => (p.kind === "front-matter" ? frontMatterFile : file);
  const where = (p: Provenance) => ({ line: lineOf(p), column: 1, hint: overrideHint(p) });
  for (const name of fields.authors.value) {
    const problem = nameProblem("author", name);
    if (problem !== null)
      diagnostics.push(report("field-too-long", fileOf(fields.authors.provenance), problem, where(fields.authors.provenance)));
  }
  const source = fields.source.value;
  const sourceProblem = source === null ? null : nameProblem("source", source);
  if (sourceProblem !== null)
    diagnostics.push(report("field-too-long", fileOf(fields.source.provenance), sourceProblem, where(fields.source.provenance)));

  // A slug made from a headline is cut to length already; one set by the editor is not.
  const slug = fields.slug.value;
  if (fields.slug.provenance.kind === "front-matter" && slug.length > MAX_SLUG_LENGTH) {
    const message = `The slug is ${slug.length} characters long; the limit is ${MAX_SLUG_LENGTH}.`;
    diagnostics.push(
      report("field-too-long", frontMatterFile, message, {
        line: lineOf(fields.slug.provenance),
        column: 1,
        hint: "Shorten `slug:` to a few words.",
      }),
    );
  }

  const published = fields.published.value;
  const updated = fields.updated.value;
  if (published !== null && updated !== null && isEarlier(updated, published)) {
    const message = `The update date ${updated} is earlier than the publication date ${published}.`;
    const at = fields.updated.provenance;
    diagnostics.push(report("updated-before-published", fileOf(at), message, { line: lineOf(at), column: 1 }));
  }
  return diagnostics;
}

/** Why a name cannot be used, or null when it can. */
function nameProblem(what: "author" | "source", name: string): string | null {
  const chars = [...name].length;
  const label = what === "author" ? "author name" : "source name";
  if (chars > MAX_NAME_CHARS) return `The ${label} \`${excerpt(name)}\` is ${chars} characters long; the limit is ${MAX_NAME_CHARS}.`;
  const segment = slugify(name).length;
  if (segment > MAX_NAME_SEGMENT_CHARS) {
    return `The ${label} \`${name}\` makes a ${segment}-character URL segment once transliterated; the limit is ${MAX_NAME_SEGMENT_CHARS}.`;
  }
  return null;
}

/**
 * Whether `a` is before `b`, compared at the precision both have: days when either is a day
 * alone; wall times in the one site zone when neither states an offset; instants when both do.
 * When only one states an offset the answer depends on the site's zone, which records do not
 * know: the days are compared, so no warning is given that the site's zone could make false.
 */
function isEarlier(a: CalendarDate, b: CalendarDate): boolean {
  const pa = calendarParts(a);
  const pb = calendarParts(b);
  if (pa.time === null || pb.time === null || (pa.offset === null) !== (pb.offset === null)) return dayOf(a) < dayOf(b);
  // Without offsets the zone is the same for both and cancels out; with both, it is never used.
  return instantMs(a, "UTC") < instantMs(b, "UTC");
}

function lineOf(p: Provenance): number | undefined {
  return p.kind === "front-matter" || p.kind === "extracted" ? p.line : undefined;
}

/** The hint for a value read from the text: front matter overrides it. */
function overrideHint(p: Provenance): string | undefined {
  return p.kind === "extracted"
    ? "The value was read from the text: set `authors:` or `source:` in front matter to replace it, or shorten that line."
    : undefined;
}

/** The start of a long value, for a message. */
function excerpt(text: string): string {
  const chars = [...text];
  return chars.length > 60 ? `${chars.slice(0, 57).join("")}…` : text;
}

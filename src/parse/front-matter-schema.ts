import { z } from "zod";
import type { CalendarDate, Diagnostic } from "../types";
import { parseIsoCalendar } from "./calendar";
import { report } from "../diagnostics/messages";
import { nearest } from "../diagnostics/suggest";
import type { FrontMatterBlock } from "./front-matter";
import { checkFrontMatterCharacters } from "./front-matter-characters";
import { ACCEPTED_KEYS, FIELD_KEYS, fieldOfKey } from "./front-matter-keys";
import { foldFrontMatter } from "./fold-front-matter";
import { SLUG_PATTERN } from "../util/slug-rules";
import { aliasProblem } from "../util/site-paths";

/**
 * The front-matter fields editors may set, as one zod schema. The TypeScript type is inferred
 * from it, so the validation and the type cannot drift apart. Dates are plain strings here
 * (YAML's core schema keeps them so) and are checked as calendar days by
 * {@link validateFrontMatter}.
 */

const text = z.string().trim().min(1);

// A path from the site's root: `/`-separated segments without white space, `?`, `#` or `\`.
// Segments are never empty (no `//`, which a browser reads as another host).
// A path of this site that is none of its own pages; `.` and `..` segments would let a redirect
// page be written outside its folder.
const isAlias = (path: string): boolean => aliasProblem(path) === null;
const textList = z.array(text);

// A type alias, not an interface: zod's metadata parameter needs an implicit index signature.
/**
 * How a field is documented for editors. The README's field table is generated from these
 * (see {@link frontMatterTable}) and a test keeps the two identical.
 */
export type FieldDoc = {
  /** What to write, e.g. "text", "list of text". */
  readonly type: string;
  /** What the field means, and any rule the value must follow. */
  readonly meaning: string;
  /** What the value replaces; "—" when nothing is extracted for it. */
  readonly overrides: string;
};

const doc = (d: FieldDoc): FieldDoc => d;

export const FrontMatterSchema = z.strictObject({
  title: text.optional().meta(doc({ type: "text", meaning: "Headline. Required in `.md` files.", overrides: "the extracted headline" })),
  date: z
    .string()
    .optional()
    .meta(
      doc({
        type: "`YYYY-MM-DD`, or an ISO 8601 / YAML timestamp: `2024-03-05T14:00:00+05:30`, `2022-11-03 14:05:00 +0100`",
        meaning:
          "Published day (and time). Must be a real date; `03/04/2023` is refused as ambiguous. An offset is kept; a time without one is in the site's time zone.",
        overrides: "the extracted published date",
      }),
    ),
  updated: z
    .string()
    .optional()
    .meta(doc({ type: "same as `date`", meaning: "Last update.", overrides: "the extracted update date" })),
  authors: textList
    .optional()
    .meta(doc({ type: "list of text, or one name", meaning: "Authors, in byline order.", overrides: "the authors read from the byline" })),
  source: text.optional().meta(doc({ type: "text", meaning: "Publisher name.", overrides: "the extracted publisher" })),
  topics: textList.optional().meta(
    doc({
      type: "list of topics (slugs or labels)",
      meaning: "Topics of the article, matched to `topics.yml` ignoring case and accents; a topic not listed there is created.",
      overrides: "the automatic topic assignment",
    }),
  ),
  slug: z
    .string()
    .regex(SLUG_PATTERN)
    .optional()
    .meta(
      doc({
        type: "`lowercase-words-with-hyphens`",
        meaning: "URL segment: `/articles/<slug>/`.",
        overrides: "the slug made from the headline",
      }),
    ),
  summary: text.optional().meta(doc({ type: "text", meaning: "Short summary shown in lists and under the headline.", overrides: "—" })),
  draft: z
    .boolean()
    .optional()
    .meta(
      doc({
        type: "`true`/`false`",
        meaning: "A draft appears under `npm start` but never in `npm run build`; `published: false` is a draft too.",
        overrides: "—",
      }),
    ),
  aliases: z
    .array(z.string().refine(isAlias))
    .optional()
    .meta(
      doc({
        type: "list of paths, e.g. `/2019/05/old-title/`",
        meaning: "Old addresses of the article on this site; each redirects to it.",
        overrides: "—",
      }),
    ),
});

/** The shape of valid front matter, before date normalisation. */
export type FrontMatterFields = z.infer<typeof FrontMatterSchema>;

/** Every field editors may set, in the order the docs list them (each may be written under its synonyms too). */
export const FRONT_MATTER_KEYS = Object.keys(FrontMatterSchema.shape) as readonly (keyof FrontMatterFields)[];

/**
 * The README's table of front-matter fields, generated from the schema so the documentation
 * cannot drift from what is accepted.
 * @example frontMatterTable().split("\n")[0] //=> "| key | also written | type | meaning | overrides |"
 */
export function frontMatterTable(): string {
  const rows = FRONT_MATTER_KEYS.map((key) => {
    const meta = FrontMatterSchema.shape[key].meta() as FieldDoc | undefined;
    // A field without docs is a programming error the README test must surface at once.
    if (meta === undefined) throw new Error(`front-matter field \`${key}\` has no documentation`);
    const synonyms = FIELD_KEYS[key].map((s) => s.key).filter((k) => k !== key);
    const also = synonyms.length === 0 ? "—" : synonyms.map((k) => `\`${k}\``).join(", ");
    return `| \`${key}\` | ${also} | ${meta.type} | ${meta.meaning} | ${meta.overrides} |`;
  });
  return ["| key | also written | type | meaning | overrides |", "|---|---|---|---|---|", ...rows].join("\n");
}

/** Validated front matter: dates normalised to `YYYY-MM-DD` / `YYYY-MM-DDTHH:mm`. */
export type ValidFrontMatter = Omit<FrontMatterFields, "date" | "updated"> & {
  readonly date?: CalendarDate;
  readonly updated?: CalendarDate;
};

/** The plausible date window, as `YYYY-MM-DD` days (inclusive). */
export interface DateWindow {
  readonly minDate: string;
  /** Omit to skip the future check (when no reference "now" was given). */
  readonly maxDate?: string | undefined;
}

// What each key must hold, for "title must be a string — quote it" style messages.
const EXPECTED: Record<keyof FrontMatterFields, string> = {
  title: "a string",
  date: "a date written YYYY-MM-DD",
  updated: "a date written YYYY-MM-DD",
  authors: "a list of names, e.g. [Jane Doe, John Roe]",
  source: "a string",
  topics: "a list of topics, e.g. [armenia, Peace Keeping]",
  slug: "lowercase words joined by hyphens",
  summary: "a string",
  draft: "true or false",
  aliases: "a list of paths from the site's root, e.g. [/2019/05/old-title/]",
};

/** What {@link validateFrontMatter} returns. */
export interface ValidatedFrontMatter {
  /** The validated fields, or null when any error was found. */
  readonly fields: ValidFrontMatter | null;
  /** Every error, warning and note, in check order. */
  readonly diagnostics: Diagnostic[];
  /** 1-based file line of each field, by our field name (the line of the key that set it). */
  readonly keyLines: Readonly<Record<string, number>>;
  /** For each field, the key actually written (`author` for `authors`), named in provenance. */
  readonly keyNames: Readonly<Record<string, string>>;
}

/**
 * Validate a front-matter block: keys other generators write are folded into our fields
 * (`author` → `authors`, `tags` → `topics`; see `front-matter-keys.ts`), keys only they read
 * are ignored with a note, any other key is an error suggesting the nearest one; then the right
 * type per field, real and plausible dates, a URL-safe slug, paths for `aliases`. Every problem
 * is reported, not just the first.
 * @returns the validated fields (null when any error was found), every diagnostic, and the line
 *   and written key of each field
 * @example validateFrontMatter("a.md", { data: { author: "Jane" }, keyLines: { author: 2 }, closingLine: 3 }, window).fields //=> { authors: ["Jane"] }
 */
export function validateFrontMatter(file: string, block: FrontMatterBlock, window: DateWindow): ValidatedFrontMatter {
  const written = (key: string | undefined): number | undefined =>
    key !== undefined && Object.hasOwn(block.keyLines, key) ? block.keyLines[key] : undefined;
  // Keys and values holding control characters and the like are reported once, as that, and
  // no other message prints them.
  const characters = checkFrontMatterCharacters(file, block.data, written);
  const folded = foldFrontMatter(file, block.data, block.keyLines);
  const lineOf = (key: string): number | undefined => (Object.hasOwn(folded.keyLines, key) ? folded.keyLines[key] : undefined);
  const nameOf = (key: string): string => (Object.hasOwn(folded.keyNames, key) ? folded.keyNames[key]! : key);
  const diagnostics: Diagnostic[] = [...characters.diagnostics, ...folded.diagnostics];
  const parsed = FrontMatterSchema.safeParse(folded.data);

  const reportedKeys = new Set<string>([...characters.keys].map((key) => fieldOfKey(key)?.field ?? key));
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (issue.code === "unrecognized_keys") {
        for (const key of issue.keys) if (!reportedKeys.has(key)) diagnostics.push(unknownKey(file, key, lineOf(key)));
        continue;
      }
      const key = typeof issue.path[0] === "string" ? issue.path[0] : undefined;
      if (key === undefined || reportedKeys.has(key)) continue;
      reportedKeys.add(key);
      const where = { name: nameOf(key), line: lineOf(key) };
      diagnostics.push(wrongValue(file, key as keyof FrontMatterFields, folded.data[key], where));
    }
  }

  // Dates are checked even when other keys are wrong, so one build reports every problem.
  const dates: Partial<Record<"date" | "updated", CalendarDate>> = {};
  for (const key of ["date", "updated"] as const) {
    const value = folded.data[key];
    if (typeof value !== "string" || reportedKeys.has(key)) continue;
    const checked = checkDate(file, nameOf(key), value, lineOf(key), window);
    if (typeof checked === "string") dates[key] = checked;
    else diagnostics.push(checked);
  }

  const result = { diagnostics, keyLines: folded.keyLines, keyNames: folded.keyNames };
  if (!parsed.success || diagnostics.some((d) => d.severity === "error")) return { fields: null, ...result };
  const { date: _date, updated: _updated, ...rest } = parsed.data;
  const fields: ValidFrontMatter = { ...rest, ...dates };
  return { fields, ...result };
}

function unknownKey(file: string, key: string, line: number | undefined): Diagnostic {
  const suggestion = nearest(key, ACCEPTED_KEYS);
  const message = `Unknown key \`${key}\`${suggestion ? ` (did you mean \`${suggestion}\`?)` : ""}.`;
  const hint = suggestion ? `Rename \`${key}\` to \`${suggestion}\`.` : undefined;
  return report("front-matter-unknown-key", file, message, { line, column: 1, hint });
}

function wrongValue(
  file: string,
  key: keyof FrontMatterFields,
  value: unknown,
  written: { name: string; line: number | undefined },
): Diagnostic {
  const { name } = written;
  const where = { line: written.line, column: 1 };
  if (key === "slug" && typeof value === "string") {
    return report("invalid-slug", file, `slug \`${value}\` must be ${EXPECTED.slug}.`, where);
  }
  if (key === "aliases" && Array.isArray(value)) {
    const bad = value.find((v) => typeof v === "string" && !FrontMatterSchema.shape.aliases.safeParse([v]).success);
    if (typeof bad === "string") {
      const message = `${name} \`${bad}\` is not a path from the site's root that can redirect: ${aliasProblem(bad)}.`;
      return report("invalid-alias", file, message, where);
    }
  }
  if (typeof value === "string" && value.trim() === "") {
    return report("front-matter-type", file, `${name} must not be empty.`, { ...where, hint: `Give ${name} a value or delete the line.` });
  }
  const got = describe(value);
  // A bare number or boolean where text was meant is the classic YAML surprise: quoting fixes it.
  const quoteIt = EXPECTED[key] === "a string" && (typeof value === "number" || typeof value === "boolean");
  const message = `${name} must be ${EXPECTED[key]}, not ${got}${quoteIt ? " — quote it" : ""}.`;
  const hint = quoteIt ? `Write \`${name}: "${String(value)}"\`.` : undefined;
  return report("front-matter-type", file, message, { ...where, hint });
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return "empty";
  if (Array.isArray(value)) {
    const bad = value.find((v) => typeof v !== "string" || v.trim() === "");
    return bad === undefined ? "a list" : `a list containing ${describe(bad)}`;
  }
  if (typeof value === "string") return value.trim() === "" ? "an empty string" : `the text "${value}"`;
  if (typeof value === "object") return "a mapping";
  return `${typeof value} ${String(value)}`;
}

// Day/month/year with slashes, dots or hyphens: the order cannot be known (03/04/2023).
const NUMERIC_DMY = /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}$/;

/**
 * A front-matter date: a real ISO 8601 / RFC 3339 / YAML day or timestamp inside the plausible
 * window. The window is compared with the day as written, in the date's own offset.
 * @returns the normalised date (see `parseIsoCalendar`), or the diagnostic explaining why it is refused
 * @example checkDate(file, "date", "2024-03-05 14:00:00 +0530", 2, window) //=> "2024-03-05T14:00+05:30"
 */
export function checkDate(
  file: string,
  key: string,
  value: string,
  line: number | undefined,
  window: DateWindow,
): CalendarDate | Diagnostic {
  const where = { line, column: 1 };
  if (NUMERIC_DMY.test(value.trim())) {
    return report("ambiguous-date", file, `${key} \`${value}\` could be read day-first or month-first.`, where);
  }
  const date = parseIsoCalendar(value);
  if (date === null) {
    return report(
      "invalid-date",
      file,
      `${key} \`${value}\` is not a real date in the form YYYY-MM-DD, optionally with a time and offset (2024-03-05T14:00:00+05:30).`,
      where,
    );
  }
  const day = date.slice(0, 10);
  if (day < window.minDate) {
    return report("implausible-date", file, `${key} ${date} is before the earliest accepted date ${window.minDate}.`, where);
  }
  if (window.maxDate !== undefined && day > window.maxDate) {
    return report("implausible-date", file, `${key} ${date} is in the future (after ${window.maxDate}).`, where);
  }
  return date;
}

import { isTimeZone } from "../config/time-zone";
import { readYaml } from "../util/yaml-text";
import { z } from "zod";
import type { ArchiveSettings } from "../config/settings";
import { report } from "../diagnostics/messages";
import { nearest } from "../diagnostics/suggest";
import type { Diagnostic } from "../types";
import { parseIsoCalendar } from "./calendar";

/** Name of the editors' settings file inside the content folder. */
export const SITE_FILE = "site.yml";

/** Most articles a paginated list may show on one page: more would make pages no one can load. */
export const MAX_PAGE_SIZE = 500;

/** Path segments the site may be served under (those `normalizePathPrefix` accepts). */
const PREFIX_SEGMENT = /^[A-Za-z0-9._~-]+$/;

/** Whether `value` is a real calendar day written `YYYY-MM-DD` (no time). */
function isCalendarDay(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && parseIsoCalendar(value) === value;
}

/** Whether `name` is a BCP 47 language tag `Intl` knows the shape of (`en`, `pt-BR`, `zh-Hant`). */
function isLanguageTag(name: string): boolean {
  try {
    return Intl.getCanonicalLocales(name).length === 1;
  } catch {
    return false;
  }
}

/** Why `raw` cannot be the site's address, or null when it can. */
function urlProblem(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return "an absolute address such as `https://news.example.com/`";
  }
  if (!/^https?:$/.test(url.protocol)) return "an `http://` or `https://` address";
  if (url.search !== "" || url.hash !== "" || url.username !== "" || url.password !== "") {
    return "an address without `?query`, `#fragment` or user name";
  }
  const segments = url.pathname.split("/").filter((s) => s !== "");
  if (segments.some((s) => !PREFIX_SEGMENT.test(s) || s === "." || s === "..")) {
    return "an address whose path has only letters, digits, `.`, `_`, `~` and `-` between slashes";
  }
  return null;
}

const text = z.string().trim().min(1);

/**
 * The keys of `content/site.yml`, each with what it must be. Every key is optional: a missing
 * one keeps its default (see `DEFAULT_SETTINGS`).
 */
export const SiteFileSchema = z.strictObject({
  name: text.max(200).optional(),
  url: z
    .string()
    .trim()
    .refine((v) => urlProblem(v) === null, { error: (issue) => `must be ${urlProblem(String(issue.input))}` })
    .optional(),
  language: text.refine(isLanguageTag, { error: "must be a language tag such as `en`, `fr` or `pt-BR`" }).optional(),
  timeZone: text.refine(isTimeZone, { error: "must be a time zone name such as `UTC`, `Europe/Paris` or `Asia/Kolkata`" }).optional(),
  pageSize: z.number().int().min(1).max(MAX_PAGE_SIZE).optional(),
  earliestDate: z.string().refine(isCalendarDay, { error: "must be a real day written `YYYY-MM-DD`" }).optional(),
});

type SiteFileFields = z.infer<typeof SiteFileSchema>;

/** The settings a valid settings file sets, and whether it sets the site's address. */
export interface SiteFileSettings {
  /** Only the keys the file sets; an invalid key is left out (its default applies). */
  readonly settings: Partial<ArchiveSettings>;
  /** Whether the file gives `url`. */
  readonly urlSet: boolean;
  readonly diagnostics: Diagnostic[];
}

const KEYS = Object.keys(SiteFileSchema.shape) as (keyof SiteFileFields)[];

/**
 * Read the text of the settings file (pure; `loadSettings` reads the file). Each problem is a
 * `settings-file-invalid` diagnostic on the key's line; the keys without problems still apply.
 * @param file the path diagnostics name, e.g. `content/site.yml`
 * @param text the file's normalised text
 * @returns the settings the file gives, and its problems
 * @example parseSiteFile("content/site.yml", "name: The Ledger\nurl: https://x.org/archive/\n").settings
 *   //=> { siteName: "The Ledger", siteUrl: "https://x.org", pathPrefix: "/archive/" }
 */
export function parseSiteFile(file: string, text: string): SiteFileSettings {
  const yaml = readYaml(text);
  if (yaml.problem !== null)
    return {
      settings: {},
      urlSet: false,
      diagnostics: [report("settings-file-invalid", file, `Invalid YAML: ${yaml.problem.reason}.`, yaml.problem.where)],
    };
  let data = yaml.data;
  data ??= {};
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    const message = "The file must hold `key: value` lines (a mapping), not a list or a single value.";
    return { settings: {}, urlSet: false, diagnostics: [report("settings-file-invalid", file, message, { line: 1 })] };
  }
  const lines = keyLines(text);
  const diagnostics: Diagnostic[] = [];
  const valid: Partial<Record<keyof SiteFileFields, unknown>> = {};
  for (const [key, value] of Object.entries(data)) {
    const where = { line: lines.get(key), column: 1 };
    if (!(KEYS as string[]).includes(key)) {
      diagnostics.push(unknownKey(file, key, where));
      continue;
    }
    const checked = SiteFileSchema.shape[key as keyof SiteFileFields].safeParse(value);
    if (checked.success) valid[key as keyof SiteFileFields] = checked.data;
    else diagnostics.push(report("settings-file-invalid", file, `\`${key}\` ${issueText(checked.error, value)}.`, where));
  }
  return { ...settingsOf(valid as SiteFileFields), diagnostics };
}

/** The archive settings the file's valid keys stand for. */
function settingsOf(fields: SiteFileFields): Omit<SiteFileSettings, "diagnostics"> {
  const settings: Partial<Record<keyof ArchiveSettings, unknown>> = {};
  if (fields.name !== undefined) settings.siteName = fields.name;
  if (fields.language !== undefined) settings.language = Intl.getCanonicalLocales(fields.language)[0];
  if (fields.timeZone !== undefined) settings.timeZone = fields.timeZone;
  if (fields.pageSize !== undefined) settings.pageSize = fields.pageSize;
  if (fields.earliestDate !== undefined) settings.minDate = fields.earliestDate;
  if (fields.url !== undefined) {
    // The address's path is where the site is served: the path prefix of every link.
    const url = new URL(fields.url);
    settings.siteUrl = url.origin;
    settings.pathPrefix = url.pathname.endsWith("/") ? url.pathname : `${url.pathname}/`;
  }
  return { settings: settings as Partial<ArchiveSettings>, urlSet: fields.url !== undefined };
}

function unknownKey(file: string, key: string, where: { line: number | undefined; column: number }): Diagnostic {
  const suggestion = nearest(key, KEYS);
  const message = `Unknown key \`${key}\`${suggestion ? ` (did you mean \`${suggestion}\`?)` : ""}; the keys are ${KEYS.map((k) => `\`${k}\``).join(", ")}.`;
  return report("settings-file-invalid", file, message, {
    ...where,
    ...(suggestion ? { hint: `Rename \`${key}\` to \`${suggestion}\`.` } : {}),
  });
}

/** What is wrong with a value, in an editor's words (the schema's own words for its checks). */
function issueText(error: z.ZodError, value: unknown): string {
  const issue = error.issues[0];
  if (issue?.code === "invalid_type") {
    const expected = issue.expected === "string" ? "text" : "a whole number";
    // A bare number where text was meant is the classic YAML surprise: quoting fixes it.
    const quoteIt = issue.expected === "string" && (typeof value === "number" || typeof value === "boolean");
    return `must be ${expected}, not ${describe(value)}${quoteIt ? " — quote it" : ""}`;
  }
  if (issue?.code === "too_small") return typeof value === "string" ? "must not be empty" : "must be at least 1";
  if (issue?.code === "too_big")
    return typeof value === "string" ? "is too long (at most 200 characters)" : `must be at most ${MAX_PAGE_SIZE}`;
  return issue?.message ?? "is invalid";
}

function describe(value: unknown): string {
  if (value === null) return "empty";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return `the text \`${value}\``;
  return typeof value === "object" ? "a mapping" : `\`${String(value)}\``;
}

/** The line of each top-level `key:` (the first, for a key given twice). */
function keyLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  text.split("\n").forEach((raw, i) => {
    const match = /^(["']?)([^\s:#"'][^:]*?)\1\s*:/.exec(raw);
    if (match?.[2] !== undefined && !lines.has(match[2])) lines.set(match[2], i + 1);
  });
  return lines;
}

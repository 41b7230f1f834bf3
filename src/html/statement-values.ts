/**
 * Values as pages state them → record values: dates with the page's own wall time and the
 * offset the page states with it (never the build machine's), author strings through the byline parser, titles
 * without the site's name.
 */
import { calendarFromParts, isWithin, normaliseOffset } from "../parse/calendar";
import { findDates } from "../extract/dates";
import { parseByline } from "../extract/byline";
import type { CalendarDate } from "../types";

// `2019-11-19`, `2019-11-19T14:30:00+01:00`, `2019-11-19 14:30`: the wall time as the page
// writes it, and its offset when it gives one. Seconds are dropped: pages show minutes.
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?(?:$|[^\d])/;
const SLASHED = /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?:$|[^\d])/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:$|T)/;

/**
 * A stated date as a calendar date, or null when it is not a plausible date.
 * ISO dates keep the page's wall time and offset; other forms are read as the raw-text
 * extractor reads a date line (one unambiguous date, or nothing).
 * @param window plausible days (inclusive)
 * @example statedDate("2019-11-19T23:30:00-08:00", { minDate: "1900-01-01", maxDate: "2100-01-01" }) //=> "2019-11-19T23:30-08:00"
 */
export function statedDate(value: string, window: { readonly minDate: string; readonly maxDate: string }): CalendarDate | null {
  const text = value.trim();
  const m = ISO.exec(text) ?? SLASHED.exec(text) ?? COMPACT.exec(text);
  let date: CalendarDate | null = null;
  if (m) {
    const [y, mo, d, h, mi] = [m[1], m[2], m[3], m[4], m[5]].map((x) => (x === undefined ? undefined : Number(x)));
    // An offset out of range (`+25:00`) is no offset the page could mean: the wall time alone.
    const offset = m[6] === undefined ? null : normaliseOffset(m[6]);
    const extras = offset === null ? {} : { offset };
    date = h !== undefined && mi !== undefined ? calendarFromParts(y!, mo!, d!, h, mi, extras) : calendarFromParts(y!, mo!, d!);
  } else {
    const found = findDates(text);
    if (found.mentions.length === 1 && found.ambiguous.length === 0) date = found.mentions[0]!.value;
  }
  return date !== null && isWithin(date, window.minDate, window.maxDate) ? date : null;
}

/** Whether a stated author is an address or a handle rather than a name. */
function isAddress(value: string): boolean {
  return /^(?:https?:|www\.|\/|@)/i.test(value) || /\.(?:com|org|net)\b/i.test(value);
}

/** Lower-case letters and digits only: how names and site names are compared. */
export function nameKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/^the\s+/, "")
    .replace(/\.(?:com|co\.uk|org|net)$/, "")
    .replace(/[^\p{L}\p{N}]+/gu, "");
}

/**
 * Author names from stated author values: each through the byline parser ("By Jane Doe",
 * "Jane Doe, Staff Writer", "Jane Doe and John Roe"), addresses and handles dropped, agencies
 * and the publisher itself dropped (neither is an author), each name once.
 * @param notNames names that are not authors (the site's name, the publisher)
 * @example statedAuthors(["By Jane Doe", "https://example.com/jane"], []) //=> ["Jane Doe"]
 */
export function statedAuthors(values: readonly string[], notNames: readonly string[]): string[] {
  const excluded = new Set(notNames.map(nameKey));
  const seen = new Set<string>();
  const out: string[] = [];
  for (const value of values) {
    if (isAddress(value)) continue;
    const parsed = parseByline(value);
    for (const name of parsed?.authors ?? []) {
      const key = nameKey(name);
      if (key === "" || excluded.has(key) || seen.has(key)) continue;
      seen.add(key);
      out.push(name);
    }
  }
  return out;
}

// What stands between a headline and the site's name in a page title.
// A hyphen only with spaces around it: "Spider-Man" is one word.
const AFFIX_SEPARATOR = String.raw`\s+[|\-–—·•»/:]\s+|\s*(?:\||::)\s*|:\s+`;

/**
 * A title without its site-name prefix or suffix ("Headline | Site", "Site: Headline"), when
 * one of `siteNames` is that affix; otherwise the title as it is.
 * @example stripSiteAffix("Mayor resigns | The Daily News", ["Daily News"]) //=> "Mayor resigns"
 */
export function stripSiteAffix(title: string, siteNames: readonly string[]): string {
  const keys = new Set(siteNames.map(nameKey).filter((k) => k !== ""));
  if (keys.size === 0) return title;
  const separator = new RegExp(AFFIX_SEPARATOR, "g");
  const cuts = [...title.matchAll(separator)];
  // The site's name as the last part, then as the first.
  for (const cut of [...cuts].reverse()) {
    if (keys.has(nameKey(title.slice(cut.index + cut[0].length)))) {
      const rest = title.slice(0, cut.index).trim();
      if (rest !== "") return rest;
    }
  }
  for (const cut of cuts) {
    if (keys.has(nameKey(title.slice(0, cut.index)))) {
      const rest = title.slice(cut.index + cut[0].length).trim();
      if (rest !== "") return rest;
    }
  }
  return title;
}

/** Longest site name read from a title's affix, in words. */
const MAX_AFFIX_WORDS = 5;

/**
 * The site's name as a page title carries it beside the headline ("Headline | Site",
 * "Site - Headline"), or null when the title is not the headline plus one short affix.
 * @example titleAffix("Fed lifts rates | Reuters", "Fed lifts rates") //=> "Reuters"
 */
export function titleAffix(title: string, headline: string): string | null {
  const key = nameKey(headline);
  if (key === "") return null;
  const separator = new RegExp(AFFIX_SEPARATOR);
  for (const cut of title.matchAll(new RegExp(AFFIX_SEPARATOR, "g"))) {
    const before = title.slice(0, cut.index).trim();
    const after = title.slice(cut.index + cut[0].length).trim();
    // Of a several-part affix ("Headline — Section | Site"), the outermost part is the site.
    const affix =
      nameKey(before) === key ? (after.split(separator).at(-1) ?? "") : nameKey(after) === key ? (before.split(separator)[0] ?? "") : null;
    if (affix !== null && affix.trim() !== "" && affix.trim().split(/\s+/).length <= MAX_AFFIX_WORDS) return affix.trim();
  }
  return null;
}

/**
 * A stated site name without its tagline ("Mozilla Hacks – the Web developer blog" →
 * "Mozilla Hacks"): the part before the first separator.
 * @example siteNameOnly("WSVN 7News | Miami News, Weather") //=> "WSVN 7News"
 */
export function siteNameOnly(name: string): string {
  const first = name.split(new RegExp(AFFIX_SEPARATOR))[0]?.trim() ?? "";
  return first === "" ? name : first;
}

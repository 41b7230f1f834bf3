import { isTimeZone } from "./time-zone";

/**
 * Archive-wide settings with frozen defaults. The editors' settings file (`content/site.yml`)
 * and the environment variables are read only at the edges (`.eleventy.ts`, `src/build/`,
 * `src/cli/`) through `loadSettings` and passed in, so everything else stays pure.
 */
export interface ArchiveSettings {
  /** Site name shown in the header, page titles and feeds (`name` in `content/site.yml`). */
  readonly siteName: string;
  /** Language of the site's text (BCP 47), for `<html lang>` and the feeds. */
  readonly language: string;
  /** Folder holding `articles/` and `topics.yml`, relative to the project root. */
  readonly contentDir: string;
  /** Articles per page on paginated index pages. */
  readonly pageSize: number;
  /** Earliest plausible article date (`YYYY-MM-DD`). */
  readonly minDate: string;
  /** A date later than "today" plus this many days is an error (future-dated typo). */
  readonly futureGraceDays: number;
  /** Files larger than this many bytes are refused. */
  readonly maxFileBytes: number;
  /** Whether `draft: true` articles are published (dev server only). */
  readonly includeDrafts: boolean;
  /**
   * Origin the site is served from (`SITE_URL`), used for canonical links, feeds, the sitemap
   * and structured data. Without a path: a subpath goes in `pathPrefix`.
   */
  readonly siteUrl: string;
  /** Subpath the site is served under (`PATH_PREFIX`), `/` for the root, e.g. `/archive/`. */
  readonly pathPrefix: string;
  /**
   * Most articles per search index shard. Pagefind holds a shard in memory while indexing it, in
   * proportion to its articles; the search page loads every shard's index. The default was
   * chosen by measurement (docs/performance.md, 'Search shard size').
   */
  readonly searchShardSize: number;
  /**
   * IANA time zone (`Europe/Paris`) of dates written without an offset: a time without one is a
   * wall-clock time there, and a day alone starts at its midnight where an instant is needed
   * (Atom). Never the build machine's zone.
   */
  readonly timeZone: string;
}

export const DEFAULT_SETTINGS: ArchiveSettings = Object.freeze({
  siteName: "News Archive",
  language: "en",
  timeZone: "UTC",
  contentDir: "content",
  pageSize: 20,
  minDate: "1800-01-01",
  futureGraceDays: 2,
  maxFileBytes: 2 * 1024 * 1024,
  includeDrafts: false,
  // A reserved example domain: links in feeds stay well-formed until SITE_URL is set.
  siteUrl: "https://example.org",
  pathPrefix: "/",
  searchShardSize: 2500,
});

/**
 * Merge overrides onto the defaults.
 * @throws TypeError on an unknown key or a `timeZone` the runtime does not know (a programming
 *   error, not a content problem).
 * @example resolveSettings({ includeDrafts: true }).pageSize //=> 20
 */
export function resolveSettings(overrides: Partial<ArchiveSettings> = {}): ArchiveSettings {
  for (const key of Object.keys(overrides)) {
    if (!(key in DEFAULT_SETTINGS)) throw new TypeError(`Unknown setting \`${key}\``);
  }
  if (overrides.timeZone !== undefined && !isTimeZone(overrides.timeZone)) {
    throw new TypeError(`Unknown time zone \`${overrides.timeZone}\`: use an IANA name such as \`Europe/Paris\``);
  }
  return Object.freeze({ ...DEFAULT_SETTINGS, ...overrides });
}

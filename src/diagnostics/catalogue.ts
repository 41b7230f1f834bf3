import type { Severity } from "../types";
import { DEFAULT_SETTINGS } from "../config/settings";

/**
 * The one catalogue of content problems. Ids are stable (editors and CI logs search for them);
 * the title says what kind of problem it is, the hint says what the editor should do. The
 * per-occurrence `message` passed to {@link report} says what exactly happened.
 */
export interface MessageSpec {
  readonly severity: Severity;
  readonly title: string;
  readonly hint: string;
}

export const MESSAGES = {
  // ── load ──────────────────────────────────────────────────────────────────────────────────
  "read-failed": {
    severity: "error",
    title: "The file could not be read",
    hint: "Check that the file exists and is readable.",
  },
  "symlink-refused": {
    severity: "error",
    title: "Symbolic links are not followed",
    hint: "Replace the link with a copy of the article file.",
  },
  "hidden-file-skipped": {
    severity: "warning",
    title: "Hidden or editor temporary file skipped",
    hint: "Delete the file if it is not an article, or rename it without the leading dot or temporary suffix.",
  },
  "unsupported-extension": {
    severity: "error",
    title: "Unsupported file type",
    hint: "Articles must be `.txt` (raw text), `.md`/`.markdown` (Markdown) or `.html`/`.htm` (a saved page, with its sidecar `NAME.yml`), or web archives `.warc`/`.warc.gz`; move other files out of content/articles.",
  },
  "file-too-large": {
    severity: "error",
    title: "File too large",
    hint: "Split the file or check that it is really one article; the message gives the size limit.",
  },
  "invalid-utf8": {
    severity: "error",
    title: "Not valid UTF-8 text",
    hint: "Re-save the file as UTF-8.",
  },
  "saved-page-charset": {
    severity: "warning",
    title: "A saved page's bytes do not match its character set",
    hint: "Check the page's special characters; save the page again, or correct its `<meta charset>`.",
  },
  "warc-record-damaged": {
    severity: "warning",
    title: "A record of a web archive is damaged or unusable",
    hint: "The archive's other records were read; capture the page again if it is an article you need.",
  },
  "warc-no-articles": {
    severity: "warning",
    title: "A web archive gave no article",
    hint: "Check that the archive holds the article pages themselves (status 200, HTML), not only a home page, redirects or assets.",
  },
  "warc-not-article": {
    severity: "warning",
    title: "A page of a web archive is not an article",
    hint: "Nothing to do if the page is a section front, tag page or search result; otherwise save the article page itself.",
  },
  "sidecar-without-page": {
    severity: "warning",
    title: "A sidecar without its saved page",
    hint: "Put the saved page `NAME.html` beside `NAME.yml`, or delete the sidecar; other `.yml` files do not belong in content/articles.",
  },
  "control-character": {
    severity: "error",
    title: "Control character in text",
    hint: "Delete the invisible character, or the YAML escape (`\\x01`, `\\u001b`) that writes it; it usually comes from copying out of a PDF or a binary file.",
  },
  noncharacter: {
    severity: "error",
    title: "Unicode non-character in text",
    hint: "Delete the character (U+FFFE, U+FFFF, U+FDD0–U+FDEF and the like are never text; they come from a broken conversion), or the YAML escape that writes it.",
  },
  "lone-surrogate": {
    severity: "error",
    title: "Half of a UTF-16 surrogate pair",
    hint: "Fix the YAML escape: `\\uD83D` alone is half a character; write the character itself, or `\\U0001F525` for one outside the Basic Multilingual Plane.",
  },
  "empty-file": {
    severity: "error",
    title: "Empty file",
    hint: "Add the article text, or delete the file.",
  },
  "long-line": {
    severity: "warning",
    title: "Very long line",
    hint: "The file may have lost its line breaks; check that each paragraph is on its own line.",
  },
  "parse-crashed": {
    severity: "error",
    title: "Reading the article failed with an internal error",
    hint: "This is a bug in the generator: report the message with the file attached. Until it is fixed the article is not published; simplifying unusual formatting in it (deep nesting, very long lines, thousands of markup characters) may get it through.",
  },
  // ── front matter ─────────────────────────────────────────────────────────────────────────
  "front-matter-unterminated": {
    severity: "error",
    title: "Front matter is not closed",
    hint: "Add a line containing only `---` after the last front-matter key.",
  },
  "front-matter-language-refused": {
    severity: "error",
    title: "Front matter language not allowed",
    hint: "Start the file with a line containing only `---` and write the front matter as YAML (or between `+++` lines as TOML).",
  },
  "front-matter-yaml": {
    severity: "error",
    title: "Front matter is not valid YAML",
    hint: "Fix the YAML at the position shown; quote values that contain `:` or start with `[`, `{`, `*` or `&`.",
  },
  "front-matter-not-mapping": {
    severity: "error",
    title: "Front matter must be a list of `key: value` lines",
    hint: "Write one `key: value` per line, e.g. `title: My headline`.",
  },
  "front-matter-unknown-key": {
    severity: "error",
    title: "Unknown front-matter key",
    hint: "Use one of: title, date, updated, authors, source, topics, slug, summary, draft, aliases (or a synonym listed in the README).",
  },
  "front-matter-type": {
    severity: "error",
    title: "Front-matter value has the wrong type",
    hint: 'Quote text values (`title: "2023"`), write lists as `[a, b]`, and booleans as `true`/`false`.',
  },
  "invalid-date": {
    severity: "error",
    title: "Not a real date",
    hint: "Write the date as YYYY-MM-DD, optionally with a time and offset, e.g. `date: 2023-09-20` or `date: 2023-09-20T14:05:00+02:00`.",
  },
  "ambiguous-date": {
    severity: "error",
    title: "Ambiguous date",
    hint: "Write the date as YYYY-MM-DD so day and month cannot be confused, e.g. `date: 2023-04-03`.",
  },
  "implausible-date": {
    severity: "error",
    title: "Date outside the plausible range",
    hint: `Check the year for a typo; a date may not be earlier than \`earliestDate\` in content/site.yml (${DEFAULT_SETTINGS.minDate} unless set there) nor more than a few days after the build date.`,
  },
  "invalid-slug": {
    severity: "error",
    title: "Slug is not URL-safe",
    hint: "Use lowercase letters, digits and single hyphens only, e.g. `slug: mass-graves-found`.",
  },
  "unknown-topic": {
    severity: "warning",
    title: "New topic close to a listed one",
    hint: "Write the listed topic if it was meant; otherwise add the new topic to content/topics.yml.",
  },
  // ── body ─────────────────────────────────────────────────────────────────────────────────
  "raw-html-dropped": {
    severity: "warning",
    title: "Raw HTML removed from Markdown",
    hint: "Rewrite the passage in Markdown; raw HTML is never published.",
  },
  "markdown-too-deep": {
    severity: "error",
    title: "Markdown nested too deeply",
    hint: "Reduce the `>` quoting or indentation depth on this line.",
  },
  "markdown-too-complex": {
    severity: "error",
    title: "Markdown too complex to render",
    hint: "Remove the markup characters or escape each with `\\`; text that is not meant as Markdown can be saved as a `.txt` file, which is never read as Markdown.",
  },
  "markdown-too-long": {
    severity: "error",
    title: "Markdown body has too many lines",
    hint: "An article this long is several articles or a data dump: split it into separate files.",
  },
  "missing-title": {
    severity: "error",
    title: "Markdown article has no title",
    hint: "Add `title: …` to the front matter.",
  },
  "missing-headline": {
    severity: "error",
    title: "No headline found",
    hint: "Put the headline on the first line of the text, or add `title: …` in front matter.",
  },
  "headline-placeholder": {
    severity: "warning",
    title: "Published under a placeholder headline",
    hint: "Add `title: …` in front matter with the article's real headline; until then the page says its title is a placeholder.",
  },
  "no-article-body": {
    severity: "error",
    title: "No article body found",
    hint: "The file holds only a headline or site chrome; paste the article paragraphs, or delete the file.",
  },
  "invisible-characters-removed": {
    severity: "warning",
    title: "Invisible characters removed from the headline",
    hint: "Delete the zero-width or text-direction characters from the headline (they usually come from copying and can make it read differently on the page).",
  },
  "field-too-long": {
    severity: "error",
    title: "Name or slug too long for a page address",
    hint: "A name this long is not a name: keep only the names in `authors:` or `source:`, and keep `slug:` to a few words.",
  },
  "updated-before-published": {
    severity: "warning",
    title: "Update date before the publication date",
    hint: "Check both dates for a typo; swap them if `date` and `updated` were mixed up.",
  },
  "headline-too-long": {
    severity: "warning",
    title: "Very long headline",
    hint: "Check that the headline is only the headline; put a standfirst in the body or in `summary`.",
  },
  "slug-hash-fallback": {
    severity: "warning",
    title: "Slug made from a hash of the headline",
    hint: "The headline has no Latin letters or digits; set a readable `slug:` in front matter.",
  },
  "draft-not-published": {
    severity: "warning",
    title: "Draft not published",
    hint: "Remove `draft: true` to publish the article.",
  },
  // ── archive-wide ─────────────────────────────────────────────────────────────────────────
  "duplicate-slug": {
    severity: "error",
    title: "Two articles have the same URL slug",
    hint: "Give one of them a different `slug:` in front matter.",
  },
  "slug-collision-suffixed": {
    severity: "warning",
    title: "Headline slug shared with another article; a suffix tells them apart",
    hint: "Every article sharing the slug is published. To choose the address yourself, set `slug:` in this file's front matter (a `.txt` file may start with a `---` block too), or correct the headline if it is not the article's.",
  },
  "duplicate-body": {
    severity: "error",
    title: "Two articles have the same body",
    hint: "Delete one copy of the article.",
  },
  "duplicate-canonical-url": {
    severity: "error",
    title: "Two saved pages have the same address",
    hint: "Keep one of the saved copies of the page and delete the other.",
  },
  // ── topics file ──────────────────────────────────────────────────────────────────────────
  "topics-file-invalid": {
    severity: "error",
    title: "The topic list is invalid",
    hint: "Each topic is an entry `- label: Name`, optionally with `slug`, `description` and `aliases` (a list); slugs must be unique.",
  },
  // ── settings ──────────────────────────────────────────────────────────────────────────────
  "settings-file-invalid": {
    severity: "error",
    title: "The site settings are invalid",
    hint: "Fix the value in content/site.yml; the keys are `name`, `url`, `language`, `timeZone`, `pageSize` and `earliestDate` (see docs/site.md).",
  },
  "site-url-unset": {
    severity: "warning",
    title: "The site's address is not set",
    hint: "Add `url: https://your.domain/` to content/site.yml (or set `SITE_URL` where the site is built); until then feeds, the sitemap and canonical links point at https://example.org.",
  },
  // ── front matter from other generators ────────────────────────────────────────────────────
  "front-matter-key-ignored": {
    severity: "note",
    title: "A key only other site generators read is ignored",
    hint: "Nothing to do: the key is kept in the file and ignored (docs/front-matter.md lists these keys); delete it if the file no longer needs it.",
  },
  "front-matter-key-conflict": {
    severity: "warning",
    title: "Two keys for the same field disagree",
    hint: "Keep one of the two keys, or give both the same value.",
  },
  "invalid-alias": {
    severity: "error",
    title: "An old address in `aliases` is not a path on this site that can redirect",
    hint: "Write each old address as a path from the site's root, e.g. `/2019/05/old-title/` (no host, no `?` or `#`, no `..`), and none of the site's own pages (`/topics/…`, `/feed.xml`).",
  },
  "front-matter-toml": {
    severity: "error",
    title: "Front matter is not valid TOML",
    hint: 'Fix the TOML at the position shown; quote text values, e.g. `title = "…"`.',
  },
  "front-matter-json": {
    severity: "error",
    title: "Front matter is not valid JSON",
    hint: "Fix the JSON at the position shown: keys and text in double quotes, commas between entries, each key once, `}` alone on the line that ends it.",
  },
  "file-not-article": {
    severity: "note",
    title: "A file another site generator uses is not an article",
    hint: "Nothing to do: the file is left as it is and not published; delete it if the archive does not need it (docs/front-matter.md says which files these are).",
  },
  // ── permanent URLs (content/urls.yml) ────────────────────────────────────────────────────
  "url-registry-invalid": {
    severity: "error",
    title: "The registry of published URLs is invalid",
    hint: "Each key is an article file inside the content folder (`articles/a.md`) and its value a list of URL paths starting with `/`; fix the line, or restore the file from version control.",
  },
  "url-claimed-twice": {
    severity: "error",
    title: "One old URL is registered for two articles",
    hint: "Keep the URL under the article it was published for and delete it from the other entry in `content/urls.yml`.",
  },
  "url-path-reserved": {
    severity: "error",
    title: "An old URL would take the place of one of the site's own pages",
    hint: "Delete the URL from `content/urls.yml` (or the article's `aliases`): the site's own page is published there.",
  },
  "url-taken": {
    severity: "warning",
    title: "A registered URL is now another article's address",
    hint: "Links to the old URL now show the other article. To keep them, give the other article a different `slug:`; to accept it, delete the URL from the old entry in `content/urls.yml`.",
  },
  "url-article-missing": {
    severity: "warning",
    title: "A registered article is not published, so its URLs answer 404",
    hint: "If the file was moved or renamed, change its key in `content/urls.yml` to the new path; if the article was removed for good, delete its entry.",
  },
  "urls-unregistered": {
    severity: "warning",
    title: "Published URLs are not in the registry yet",
    hint: "Run `npm run build` on your machine (not with `CI` or `--frozen-urls`) and commit `content/urls.yml`, so that the URLs keep working when headlines change.",
  },
} as const satisfies Record<string, MessageSpec>;

import path from "node:path";
import type { ArticleRecord, Diagnostic } from "../types";
import { report } from "../diagnostics/messages";
import { containerFile } from "../load/list-files";
import { serialiseUrlRegistry, type RegistryEntry } from "../parse/url-registry";
import { aliasProblem, articlePath, isReservedPath, pathKey } from "../util/site-paths";
import { byCodeUnits } from "../util/compare";
import { plural } from "../util/plural";

/**
 * Permanent URLs: an article keeps answering at every URL it was published under. The state
 * is the registry `content/urls.yml` (committed with the articles, so a fresh clone or CI sees
 * it): every old URL of an article that is still published redirects to its current URL. A
 * claim is "this old path belongs to this article file", from the registry or (the same
 * mechanism) from front matter `aliases`.
 */

/** "The path `path` belongs to the article in `file`", and where that was stated. */
export interface UrlClaim {
  /** A site path (checked by `sitePathProblem`). */
  readonly path: string;
  /** The article's file, relative to the project root (`content/articles/a.md`). */
  readonly file: string;
  /** Where the claim was written, for diagnostics: the registry's line or the article's. */
  readonly stated: { readonly file: string; readonly line: number | undefined };
}

/** An old path that redirects to a published article. */
export interface Redirect {
  /** The old site path, as claimed. */
  readonly from: string;
  /** The slug of the article it redirects to. */
  readonly to: string;
}

/** The registry as read from the content folder. */
export interface LoadedRegistry {
  /** Its path relative to the project root (`content/urls.yml`). */
  readonly file: string;
  /** Its entries; null when it is invalid (its problems are among the ingest's diagnostics). */
  readonly entries: readonly RegistryEntry[] | null;
}

/** What the permanent URLs make of the content. */
export interface PermanentUrls {
  /** Old paths that redirect, in code-unit order of `from`. */
  readonly redirects: readonly Redirect[];
  /** The registry's path relative to the project root. */
  readonly registryFile: string;
  /**
   * The registry's new text when published articles have URLs it does not list (or not as
   * their current one); null when nothing would change, or when the registry is invalid.
   */
  readonly registryText: string | null;
  /** The published articles whose current URL is not registered as current: `file → path`. */
  readonly unregistered: readonly (readonly [string, string])[];
}

/**
 * The registry's entries as claims.
 * @param contentDir the content folder relative to the project root.
 */
export function registryClaims(registry: LoadedRegistry, contentDir: string): UrlClaim[] {
  return (registry.entries ?? []).flatMap((entry) =>
    entry.urls.map((url, i) => ({
      path: url,
      file: path.posix.join(contentDir, entry.file),
      stated: { file: registry.file, line: entry.urlLines[i] },
    })),
  );
}

/**
 * Decide every claimed path: a path that is a published article's current URL stays that
 * article's page (another file's claim on it: `url-taken`); a path claimed by two files is
 * refused (`url-claimed-twice`), as is one that would replace a page of the site
 * (`url-path-reserved`); a path whose article is not published answers 404
 * (`url-article-missing`, once per file); every other path redirects to its article.
 * A registered file that is gone while its current URL is a published article's current URL
 * was moved or renamed (`git mv`): its URLs are that article's. Then the registry brought up to
 * date: each published article's current URL first in its entry (drafts are not registered:
 * they were never published), a moved file's entry merged into its new path's.
 * @param records the published records (drafts only in a preview), slugs final.
 * @param files every file seen under the articles folder, relative to the project root.
 * @param claims from {@link registryClaims} and front matter `aliases`.
 * @example permanentUrls(records, files, registry, claims, "content").urls.redirects //=> [{ from: "/articles/old/", to: "new" }]
 */
export function permanentUrls(
  records: readonly ArticleRecord[],
  files: readonly string[],
  registry: LoadedRegistry,
  claims: readonly UrlClaim[],
  contentDir: string,
): { urls: PermanentUrls; diagnostics: Diagnostic[] } {
  const live = new Map(records.map((r) => [pathKey(articlePath(r.slug)), r]));
  const byFile = new Map(records.map((r) => [r.file, r]));
  const seen = new Set(files.map(containerFile));
  const moved = movedFiles(registry, live, seen, contentDir);
  const diagnostics: Diagnostic[] = [];
  const redirects: Redirect[] = [];
  const missing = new Map<string, UrlClaim>();
  const effective = claims.map((c) => {
    const to = moved.get(c.file);
    return to === undefined ? c : { ...c, file: to.file };
  });
  for (const group of groupClaims(effective).values()) {
    const [first] = group;
    if (first === undefined) continue;
    const owner = live.get(pathKey(first.path));
    if (owner !== undefined) {
      for (const claim of group.filter((c) => c.file !== owner.file)) diagnostics.push(taken(claim, owner));
      continue;
    }
    const reserved = group.find((c) => isReservedPath(c.path));
    if (reserved !== undefined) {
      const message = `\`${reserved.path}\` (for ${reserved.file}) is a path of the site's own pages; no redirect is written there.`;
      diagnostics.push(report("url-path-reserved", reserved.stated.file, message, { line: reserved.stated.line }));
      continue;
    }
    const claimants = [...new Set(group.map((c) => c.file))];
    if (claimants.length > 1) {
      // Stated on the registry even when an alias is among the claims: an error on an article
      // file would leave that article out, and the conflict is between two files, not in one.
      const inRegistry = group.find((c) => c.stated.file === registry.file) ?? { stated: { file: registry.file, line: undefined } };
      const message = `\`${first.path}\` is claimed for ${claimants.join(" and ")} (${statedAt(group)}); it redirects to neither.`;
      diagnostics.push(report("url-claimed-twice", registry.file, message, { line: inRegistry.stated.line }));
      continue;
    }
    const target = byFile.get(first.file);
    if (target === undefined) {
      if (!missing.has(first.file)) missing.set(first.file, first);
      continue;
    }
    redirects.push({ from: first.path, to: target.slug });
  }
  for (const [file, claim] of missing) diagnostics.push(articleMissing(file, claim, seen));
  redirects.sort((a, b) => byCodeUnits(a.from, b.from));
  const updated = updatedRegistry(records, registry, moved, contentDir);
  return { urls: { redirects, registryFile: registry.file, ...updated }, diagnostics };
}

/**
 * The `urls-unregistered` warning of a build that does not write the registry (CI,
 * `--frozen-urls`), or none when every published URL is registered.
 */
export function unregisteredWarning(urls: PermanentUrls): Diagnostic[] {
  const [first] = urls.unregistered;
  if (first === undefined) return [];
  const count = urls.unregistered.length;
  const message =
    `${plural(count, "published article")} ${count === 1 ? "has its" : "have their"} current URL missing from the registry ` +
    `(first: ${first[0]} at \`${first[1]}\`); the registry was not written.`;
  return [report("urls-unregistered", urls.registryFile, message)];
}

/**
 * Front matter `aliases` (Hugo; Jekyll's `redirect_from`) of one article: each old path one more
 * claim, decided with the registry's. The front matter refuses a path an alias may never take
 * (`invalid-alias`, before the article is published); one that gets here anyway is reported the
 * same way and claims nothing.
 * @param file the article's file relative to the project root
 * @param stated the file and line of the `aliases` key (a saved page's sidecar holds it)
 * @example aliasClaims("content/articles/a.md", ["/2019/05/14/old/"], { file: "content/articles/a.md", line: 4 }).claims[0]?.path //=> "/2019/05/14/old/"
 */
export function aliasClaims(
  file: string,
  aliases: readonly string[],
  stated: { readonly file: string; readonly line: number | undefined },
): { claims: UrlClaim[]; diagnostics: Diagnostic[] } {
  const claims: UrlClaim[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const alias of aliases) {
    const problem = aliasProblem(alias);
    if (problem === null) claims.push({ path: alias, file, stated: { file: stated.file, line: stated.line } });
    else
      diagnostics.push(
        report("invalid-alias", stated.file, `The alias \`${alias}\` cannot be published: ${problem}.`, { line: stated.line }),
      );
  }
  return { claims, diagnostics };
}

/** Where each claim of a group was written, for a message. */
function statedAt(group: readonly UrlClaim[]): string {
  return [...new Set(group.map((c) => (c.stated.line === undefined ? c.stated.file : `${c.stated.file}:${c.stated.line}`)))].join(", ");
}

/** Claims grouped by the page they would be written to, in code-unit order of the key. */
function groupClaims(claims: readonly UrlClaim[]): Map<string, UrlClaim[]> {
  const groups = new Map<string, UrlClaim[]>();
  for (const claim of claims) {
    const key = pathKey(claim.path);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [claim]);
    else group.push(claim);
  }
  return groups;
}

function taken(claim: UrlClaim, owner: ArticleRecord): Diagnostic {
  const message = `\`${claim.path}\` was published for ${claim.file}, but ${owner.file} is now published there; it shows that article.`;
  return report("url-taken", claim.stated.file, message, { line: claim.stated.line });
}

function articleMissing(file: string, claim: UrlClaim, seen: ReadonlySet<string>): Diagnostic {
  const why = seen.has(containerFile(file))
    ? "is not published (a draft, or left out for its errors)"
    : "is no longer in the content folder";
  const message = `${file} ${why}; its registered URLs (such as \`${claim.path}\`) answer 404.`;
  return report("url-article-missing", claim.stated.file, message, { line: claim.stated.line });
}

/**
 * Registered files no longer in the content folder whose current (first) URL is now a published
 * article's current URL: moved or renamed, headline unchanged. Root-relative old path → record.
 */
function movedFiles(
  registry: LoadedRegistry,
  live: ReadonlyMap<string, ArticleRecord>,
  seen: ReadonlySet<string>,
  contentDir: string,
): Map<string, ArticleRecord> {
  const moved = new Map<string, ArticleRecord>();
  for (const entry of registry.entries ?? []) {
    const file = path.posix.join(contentDir, entry.file);
    const [current] = entry.urls;
    const record = current === undefined ? undefined : live.get(pathKey(current));
    if (record !== undefined && record.file !== file && !seen.has(containerFile(file))) moved.set(file, record);
  }
  return moved;
}

/** The registry with moved files' entries merged into their new paths' and every published article's current URL first. */
function updatedRegistry(
  records: readonly ArticleRecord[],
  registry: LoadedRegistry,
  moved: ReadonlyMap<string, ArticleRecord>,
  contentDir: string,
): Pick<PermanentUrls, "registryText" | "unregistered"> {
  const keyOf = (file: string): string => path.posix.relative(contentDir, file);
  const entries = new Map((registry.entries ?? []).map((e) => [e.file, e.urls]));
  for (const [from, record] of moved) {
    const urls = [...(entries.get(keyOf(record.file)) ?? []), ...(entries.get(keyOf(from)) ?? [])];
    entries.set(keyOf(record.file), [...new Set(urls)]);
    entries.delete(keyOf(from));
  }
  const unregistered: [string, string][] = [];
  for (const record of records) {
    if (record.draft) continue;
    const key = keyOf(record.file);
    const current = articlePath(record.slug);
    const urls = entries.get(key) ?? [];
    if (urls[0] === current) continue;
    unregistered.push([record.file, current]);
    entries.set(key, [current, ...urls.filter((url) => url !== current)]);
  }
  const unchanged = (unregistered.length === 0 && moved.size === 0) || registry.entries === null;
  const text = unchanged ? null : serialiseUrlRegistry([...entries].map(([file, urls]) => ({ file, urls })));
  return { registryText: text, unregistered };
}

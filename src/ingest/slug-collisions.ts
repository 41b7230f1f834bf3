import path from "node:path";
import type { ArticleRecord, Diagnostic, Provenance } from "../types";
import { report } from "../diagnostics/messages";
import { slugKey, suffixedSlug } from "../record/slug";

/** How many of the other files a warning names before it only counts the rest. */
const NAMED_OTHERS = 3;

/**
 * Give a distinct slug to every article whose slug nobody chose (made from its headline)
 * when another article has the same slug: each such article gets {@link suffixedSlug}, a
 * suffix from its own path, and a `slug-collision-suffixed` warning naming the others. A slug
 * an editor wrote (`slug:`) is kept as it is: against a headline slug it wins, against
 * another editor's slug it stays a collision for the duplicate check to refuse.
 *
 * Every colliding headline slug is suffixed, not all but the "first": there is no first that
 * holds when files come and go (file order changes with every new name), and keeping the bare
 * slug for one of them would hand its address to another article when that one is renamed or
 * deleted. So an address never passes to another article while its own is still there: the
 * bare slug is dropped when a second article makes it (an editor who wants to keep it for one
 * of them writes it as that file's `slug:`), and each suffixed address depends on its own file.
 * @param records records in file order, drafts included (publishing one must change no URL)
 * @param contentDir the content folder relative to the project root, as `record.file` starts
 * @returns the records in the same order, colliding ones replaced, and one warning per replaced
 * @example resolveSlugCollisions([a, b], "content").records.map((r) => r.slug) //=> ["investor-relations-…", "investor-relations-…"]
 */
export function resolveSlugCollisions(
  records: readonly ArticleRecord[],
  contentDir: string,
): { records: ArticleRecord[]; diagnostics: Diagnostic[] } {
  const byKey = new Map<string, ArticleRecord[]>();
  for (const record of records) {
    const key = slugKey(record.slug);
    const same = byKey.get(key);
    if (same) same.push(record);
    else byKey.set(key, [record]);
  }
  const diagnostics: Diagnostic[] = [];
  const resolved = records.map((record) => {
    const same = byKey.get(slugKey(record.slug)) ?? [];
    if (same.length < 2 || record.provenance.slug.kind === "front-matter") return record;
    const suffixed = withSuffix(record, contentDir);
    const others = same.filter((r) => r !== record).map((r) => r.file);
    const named = others.slice(0, NAMED_OTHERS).join(", ");
    const more = others.length > NAMED_OTHERS ? ` and ${others.length - NAMED_OTHERS} more` : "";
    const message =
      `The headline makes the slug \`${record.slug}\`, as in ${named}${more}; ` +
      `this article is given \`${suffixed.slug}\` (\`/articles/${suffixed.slug}/\`).`;
    diagnostics.push(report("slug-collision-suffixed", record.file, message, { line: headlineLine(record.provenance.headline) }));
    return suffixed;
  });
  return { records: resolved, diagnostics };
}

// The dev server assembles the same record objects again on every save and keeps pages whose
// records are the same objects; a new copy each time would rebuild every suffixed article.
const suffixedRecords = new WeakMap<ArticleRecord, { readonly contentDir: string; readonly record: ArticleRecord }>();

function withSuffix(record: ArticleRecord, contentDir: string): ArticleRecord {
  const kept = suffixedRecords.get(record);
  if (kept?.contentDir === contentDir) return kept.record;
  const contentPath = path.posix.relative(contentDir, record.file);
  const slug = suffixedSlug(record.slug, contentPath);
  const provenance: Provenance = { kind: "inferred", rule: "slug:collision-suffix", detail: `${record.slug} + SHA-256 of ${contentPath}` };
  const suffixed: ArticleRecord = { ...record, slug, provenance: { ...record.provenance, slug: provenance } };
  suffixedRecords.set(record, { contentDir, record: suffixed });
  return suffixed;
}

/** The line the headline (and so the slug) came from, when the file has one. */
function headlineLine(provenance: Provenance): number {
  if (provenance.kind === "extracted") return provenance.line;
  if (provenance.kind === "front-matter" && provenance.line !== undefined) return provenance.line;
  return 1;
}

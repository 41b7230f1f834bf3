import { createHash } from "node:crypto";
import type { ArticleRecord, Diagnostic } from "../types";
import { report, type DiagnosticId } from "../diagnostics/messages";
import { slugKey } from "../record/slug";
import { collapseWhitespace } from "../extract/lines";
import { resolveSlugCollisions } from "./slug-collisions";

/**
 * Archive-wide checks that no single file can make: two articles on one URL, or the same
 * article saved twice. Slugs made from headlines are told apart first
 * ({@link resolveSlugCollisions}, a warning each); a slug still shared after that (two editors
 * wrote the same `slug:`) is an error for every file that has it, and so is a body saved twice
 * or a page saved twice (one canonical address):
 * each file is named with the other, and neither is published until an editor decides.
 * @param built records in file order
 * @param contentDir the content folder, relative to the project root
 * @returns the records with their final slugs (same order), diagnostics, and the set of files
 *   that must not be published
 */
export function crossFileChecks(
  built: readonly ArticleRecord[],
  contentDir: string,
): { records: ArticleRecord[]; diagnostics: Diagnostic[]; rejected: Set<string> } {
  const { records, diagnostics: slugWarnings } = resolveSlugCollisions(built, contentDir);
  const diagnostics: Diagnostic[] = slugWarnings;
  const rejected = new Set<string>();
  const check = (
    id: DiagnosticId,
    keyOf: (r: ArticleRecord) => string | null,
    describe: (r: ArticleRecord) => string,
    lineOf: (r: ArticleRecord) => number,
  ) => {
    const firstByKey = new Map<string, ArticleRecord>();
    for (const record of records) {
      const key = keyOf(record);
      if (key === null) continue;
      const first = firstByKey.get(key);
      if (!first) {
        firstByKey.set(key, record);
        continue;
      }
      for (const [self, other] of [
        [first, record],
        [record, first],
      ] as const) {
        diagnostics.push(report(id, self.file, `${describe(self)} is the same as in ${other.file}.`, { line: lineOf(self) }));
        rejected.add(self.file);
      }
    }
  };
  check(
    "duplicate-slug",
    (r) => slugKey(r.slug),
    (r) => `The slug \`${r.slug}\``,
    // The `slug:` line when an editor wrote it, which is then the line to change.
    (r) => (r.provenance.slug.kind === "front-matter" ? (r.provenance.slug.line ?? 1) : 1),
  );
  check(
    "duplicate-body",
    (r) => bodyKey(r.body),
    () => "The article body",
    () => 1,
  );
  // Two saved copies of one page: the same article, as the page itself says.
  check(
    "duplicate-canonical-url",
    (r) => r.canonical?.value ?? null,
    (r) => `The page's address ${r.canonical?.value ?? ""}`,
    () => 1,
  );
  return { records, diagnostics, rejected };
}

// Per body array: the dev server checks mostly the same record objects again on every save,
// and hashing every body of a large archive would take a good part of its time.
const bodyKeys = new WeakMap<readonly string[], string>();

/** Body identity ignoring Unicode normalisation and whitespace differences. */
function bodyKey(body: readonly string[]): string {
  let key = bodyKeys.get(body);
  if (key === undefined) {
    const canonical = body.map((p) => collapseWhitespace(p.normalize("NFC")).trim()).join("\n");
    key = createHash("sha256").update(canonical).digest("hex");
    bodyKeys.set(body, key);
  }
  return key;
}

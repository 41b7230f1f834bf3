import { createHash } from "node:crypto";
import type { ArticleRecord, Diagnostic } from "../types";
import { report, type DiagnosticId } from "../diagnostics/messages";
import { slugKey } from "../record/slug";
import { collapseWhitespace } from "../extract/lines";

/**
 * Archive-wide checks that no single file can make: two articles on one URL, or the same
 * article saved twice. Both files of a pair get an error naming the other, and neither is
 * published until an editor decides (a silent `-2` suffix would make URLs depend on file order).
 * @param records records in file order
 * @returns diagnostics and the set of files that must not be published
 */
export function crossFileChecks(records: readonly ArticleRecord[]): { diagnostics: Diagnostic[]; rejected: Set<string> } {
  const diagnostics: Diagnostic[] = [];
  const rejected = new Set<string>();
  const check = (id: DiagnosticId, keyOf: (r: ArticleRecord) => string, describe: (r: ArticleRecord) => string) => {
    const firstByKey = new Map<string, ArticleRecord>();
    for (const record of records) {
      const key = keyOf(record);
      const first = firstByKey.get(key);
      if (!first) {
        firstByKey.set(key, record);
        continue;
      }
      for (const [self, other] of [
        [first, record],
        [record, first],
      ] as const) {
        diagnostics.push(report(id, self.file, `${describe(self)} is the same as in ${other.file}.`, { line: 1 }));
        rejected.add(self.file);
      }
    }
  };
  check(
    "duplicate-slug",
    (r) => slugKey(r.slug),
    (r) => `The slug \`${r.slug}\``,
  );
  check(
    "duplicate-body",
    (r) => bodyKey(r.body),
    () => "The article body",
  );
  return { diagnostics, rejected };
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

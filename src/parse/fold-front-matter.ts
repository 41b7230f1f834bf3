import type { Diagnostic } from "../types";
import { report } from "../diagnostics/messages";
import { type CanonicalKey, fieldOfKey, isForeignKey, LIST_FIELDS, type Reading } from "./front-matter-keys";

/** Front matter with every synonym folded into our field names. */
export interface FoldedFrontMatter {
  /** Our fields, plus any key no field takes and no other generator reads (the schema refuses those). */
  readonly data: Record<string, unknown>;
  /** 1-based file line of each key of `data`: for a field, the line of the key that set it. */
  readonly keyLines: Record<string, number>;
  /** For each field of `data`, the key actually written (`author` for `authors`), for provenance and messages. */
  readonly keyNames: Record<string, string>;
  /** Notes for keys ignored as another generator's, warnings for synonyms that disagree. */
  readonly diagnostics: Diagnostic[];
}

interface Written {
  readonly key: string;
  readonly rank: number;
  readonly reading: Reading;
  readonly value: unknown;
  readonly line: number | undefined;
}

/**
 * Fold the keys other generators write into our fields: `author: Jane Doe` becomes
 * `authors: [Jane Doe]`, `tags` and `categories` join `topics`, `lastmod` sets `updated`,
 * `published: false` sets `draft: true`. A list field takes the items of all its keys in order,
 * each once; a single-value field takes its first key by precedence (`FIELD_KEYS`), with a
 * warning when another one disagrees. Keys only another generator reads are dropped with a
 * note. Values of the wrong type are passed on unchanged, for the schema to report under the
 * key that was written.
 * @param file path for diagnostics
 * @param data the parsed mapping
 * @param keyLines file line of each written key
 * @example foldFrontMatter("a.md", { author: "Jane Doe" }, { author: 2 }).data //=> { authors: ["Jane Doe"] }
 */
export function foldFrontMatter(
  file: string,
  data: Readonly<Record<string, unknown>>,
  keyLines: Readonly<Record<string, number>>,
): FoldedFrontMatter {
  // Maps without a prototype: `__proto__` or `constructor` are keys like any other here.
  const out: FoldedFrontMatter = {
    data: Object.create(null) as Record<string, unknown>,
    keyLines: Object.create(null) as Record<string, number>,
    keyNames: Object.create(null) as Record<string, string>,
    diagnostics: [],
  };
  const lineOf = (key: string): number | undefined => (Object.hasOwn(keyLines, key) ? keyLines[key] : undefined);
  const byField = new Map<CanonicalKey, Written[]>();
  for (const key of Object.keys(data)) {
    const found = fieldOfKey(key);
    if (found !== null) {
      const list = byField.get(found.field) ?? [];
      list.push({ key, rank: found.rank, reading: found.reading, value: data[key], line: lineOf(key) });
      byField.set(found.field, list);
    } else if (isForeignKey(key)) {
      const message = `\`${key}\` is read only by other site generators; it is ignored here.`;
      out.diagnostics.push(report("front-matter-key-ignored", file, message, { line: lineOf(key), column: 1 }));
    } else {
      out.data[key] = data[key];
      const line = lineOf(key);
      if (line !== undefined) out.keyLines[key] = line;
    }
  }
  for (const [field, written] of byField) {
    written.sort((a, b) => a.rank - b.rank);
    const first = written[0]!;
    const folded = LIST_FIELDS.has(field) ? foldList(written) : foldSingle(file, written, out.diagnostics);
    out.data[field] = folded.value;
    out.keyNames[field] = folded.key;
    const line = written.find((w) => w.key === folded.key)?.line ?? first.line;
    if (line !== undefined) out.keyLines[field] = line;
  }
  return out;
}

/** The items of every key of a list field, each once; or the first value that is no list. */
function foldList(written: readonly Written[]): { value: unknown; key: string } {
  const items: unknown[] = [];
  const seen = new Set<unknown>();
  for (const w of written) {
    const value = read(w);
    // The schema reports a wrong type under the key written; the other keys cannot fix it.
    if (!Array.isArray(value)) return { value, key: w.key };
    for (const item of value) {
      const same = typeof item === "string" ? item.trim() : item;
      if (seen.has(same)) continue;
      seen.add(same);
      items.push(item);
    }
  }
  return { value: items, key: written[0]!.key };
}

/** The first key's value by precedence; a warning for each other key that disagrees. */
function foldSingle(file: string, written: readonly Written[], diagnostics: Diagnostic[]): { value: unknown; key: string } {
  const [first, ...others] = written as [Written, ...Written[]];
  const value = read(first);
  for (const other of others) {
    const otherValue = read(other);
    if (JSON.stringify(otherValue) === JSON.stringify(value)) continue;
    const message = `\`${other.key}\` (${show(otherValue)}) disagrees with \`${first.key}\` (${show(value)}); using \`${first.key}\`.`;
    diagnostics.push(report("front-matter-key-conflict", file, message, { line: other.line, column: 1 }));
  }
  return { value, key: first.key };
}

/** A value as its key's reading means it; anything unexpected is returned as it is. */
function read(w: Written): unknown {
  const { value, reading } = w;
  if (reading === "negated") return typeof value === "boolean" ? !value : value;
  if (typeof value !== "string") return value;
  // One text is one item; with a comma or semicolon it may be several (`Jane Doe, John Roe`)
  // or one written backwards (`Doe, Jane`), so it is left for the schema to refuse.
  if (reading === "list") return /[,;]/.test(value) ? value : [value];
  // Jekyll splits a string of tags or categories on white space.
  if (reading === "words") return value.split(/\s+/).filter((word) => word !== "");
  return value;
}

function show(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

import type { Provenance, Sourced } from "../types";

/** Provenance of a value the editor set in front matter. */
export function fromFrontMatter(key: string, line: number | undefined): Provenance {
  return line === undefined ? { kind: "front-matter", key } : { kind: "front-matter", key, line };
}

/** Provenance of a field nobody supplied; `reason` tells the reader why it stays unknown. */
export function unknownBecause(reason: string): Provenance {
  return { kind: "unknown", reason };
}

/**
 * The fixed cascade for one field: the editor's front-matter value wins, else the extractor's
 * candidate (with its own provenance), else the fallback. Never invents a value.
 * @param fm the front-matter value, undefined when the key is absent
 */
export function pick<T>(
  fm: T | undefined,
  key: string,
  line: number | undefined,
  extracted: Sourced<T> | undefined,
  fallback: Sourced<T>,
): Sourced<T> {
  if (fm !== undefined) return { value: fm, provenance: fromFrontMatter(key, line) };
  return extracted ?? fallback;
}

import type { Features } from "./scoring/linear-model";
import type { BodyLine, CalendarDate, Provenance, RemovedLine, Sourced } from "../types";

/** How one input line was classified, for `npm run extract -- --explain`. */
export interface LineExplanation {
  readonly line: number;
  /** Last file line of this logical line (hard-wrapped paragraphs span several). */
  readonly endLine: number;
  readonly text: string;
  /** e.g. `headline`, `byline`, `date`, `body`, `highlight`, `removed`. */
  readonly role: string;
  readonly why: string;
}

/** What the raw-text extractor found in a page dump. Fields it could not find are null with an `unknown` provenance. */
export interface RawExtraction {
  readonly headline: Sourced<string | null>;
  readonly byline: Sourced<string | null>;
  readonly authors: Sourced<readonly string[]>;
  readonly published: Sourced<CalendarDate | null>;
  readonly updated: Sourced<CalendarDate | null>;
  readonly source: Sourced<string | null>;
  readonly highlights: Sourced<readonly string[]>;
  readonly body: readonly BodyLine[];
  readonly bodyProvenance: Provenance;
  readonly removed: readonly RemovedLine[];
  readonly explain: readonly LineExplanation[];
}

export interface ExtractOptions {
  /** 1-based file line of the text's first line (after front matter). Default 1. */
  readonly firstLine?: number;
  /** Latest acceptable date `YYYY-MM-DD` (dates after it are rejected as implausible). */
  readonly maxDate?: string;
  /** Earliest acceptable date `YYYY-MM-DD`. */
  readonly minDate?: string;
  /** Told every candidate a field was chosen from, with its features (how `npm run fit` sees the page). */
  readonly observe?: (field: string, candidates: readonly ObservedCandidate[]) => void;
}

/** A candidate as `ExtractOptions.observe` sees it. */
export interface ObservedCandidate {
  readonly text: string;
  readonly features: Features;
}

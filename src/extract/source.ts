import type { Line } from "./lines";
import { anyOf } from "./any-of";
import { normalize } from "./lines";
import { COMPANY_SUFFIX, LABEL_WORDS, NOT_PUBLISHER_WORDS, OWNER_WORDS, PUBLISHER_PATTERNS } from "./vocabulary";

/** The publisher the page names, with the evidence. */
export interface SourceCandidate {
  readonly name: string;
  readonly score: number;
  /** 0–1. */
  readonly confidence: number;
  /** Line (0-based index) of the strongest evidence. */
  readonly index: number;
  readonly rule: string;
}

/** Evidence for a publisher found by another rule (an outlet beside the byline). */
export interface SourceEvidence {
  readonly name: string;
  readonly weight: number;
  readonly index: number;
  readonly rule: string;
}

/** Below this score the publisher stays unknown. */
export const SOURCE_MIN_SCORE = 3.5;
const MENTION_WEIGHT = 0.5;
const MAX_MENTIONS = 6;
const MASTHEAD_LINE_WEIGHT = 2;
const OWNER_FACTOR = 0.4;
const OWNER_TAIL = new RegExp(`(?:\\s+${OWNER_WORDS.source.replace(/^\\b\(|\)\\b$/g, "")})+$`, "i");
/** Share of a longer candidate's evidence credited to a shorter name it contains ("Fox News" in "FOX News Network"). */
const CONTAINED_SHARE = 0.7;
// Most lines name no publisher: one pass over the line says so.
const ANY_PUBLISHER = anyOf(PUBLISHER_PATTERNS.map((p) => p.re));

function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

function cleanPublisher(raw: string): string | null {
  let name = raw
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(copyright|©)\s+/i, "")
    .replace(/^the\s+(?=\p{Lu})/u, "The ");
  for (let i = 0; i < 2; i++) name = name.replace(COMPANY_SUFFIX, "").trim();
  name = name.replace(/[\s,.;:–—-]+$/u, "");
  const words = name.split(/\s+/);
  if (words.length === 0 || words.length > 6 || name.length < 2) return null;
  if (!/^[\p{Lu}\p{N}]/u.test(name)) return null;
  if (words.length === 1 && LABEL_WORDS.has(name.toLowerCase())) return null;
  if (words.every((w) => NOT_PUBLISHER_WORDS.has(w.toLowerCase()))) return null;
  if (/\d{4}/.test(name)) return null;
  return name;
}

/**
 * Find the publisher from page-wide signals: copyright lines, "X is part of …",
 * masthead and logo text, and how often the candidate name recurs. Returns null when
 * the evidence is too weak — a wrong publisher is worse than none.
 */
export function findSource(lines: readonly Line[], extra: readonly SourceEvidence[] = []): SourceCandidate | null {
  const evidence = new Map<string, { name: string; score: number; index: number; rule: string; best: number }>();
  for (const x of extra) {
    const name = cleanPublisher(x.name);
    if (!name) continue;
    const key = normalize(name);
    const e = evidence.get(key) ?? { name, score: 0, index: x.index, rule: x.rule, best: x.weight };
    e.score += x.weight;
    evidence.set(key, e);
  }
  for (const line of lines) {
    if (line.blank || (ANY_PUBLISHER !== null && !ANY_PUBLISHER(line.text))) continue;
    for (const p of PUBLISHER_PATTERNS) {
      const m = p.re.exec(line.text);
      const found = m?.[1] ? cleanPublisher(m[1]) : null;
      if (!found) continue;
      // "Example News Network" (the owner) also proposes "Example News" (the masthead).
      const brand = cleanPublisher(found.replace(OWNER_TAIL, ""));
      for (const name of brand && brand !== found ? [found, brand] : [found]) {
        const key = normalize(name);
        const e = evidence.get(key) ?? { name, score: 0, index: line.index, rule: p.rule, best: 0 };
        // An owner named in a copyright line is weaker evidence than the masthead itself.
        const weight = OWNER_WORDS.test(found) ? p.weight * OWNER_FACTOR : p.weight;
        e.score += weight;
        if (weight > e.best) Object.assign(e, { best: weight, index: line.index, rule: p.rule });
        evidence.set(key, e);
      }
    }
  }
  if (evidence.size === 0) return null;
  const texts = lines.filter((l) => !l.blank).map((l) => l.key);
  // A name inside a longer candidate gets part of its evidence: the brand inside the company name.
  const base = new Map([...evidence].map(([k, e]) => [k, e.score]));
  for (const [key, e] of evidence) {
    for (const [other, score] of base) {
      if (other === key || !new RegExp(`\\b${escapeRe(key)}\\b`).test(other)) continue;
      // "Example" inside the owner "Example Holdings": the brand inherits the owner's evidence.
      if (OWNER_WORDS.test(other)) e.score += score * CONTAINED_SHARE;
    }
    for (const [other, score] of base) {
      // "Example" (a copyright holder) inside the masthead "Example News": the masthead, named by
      // its own signals too, is the more specific name of the same publisher.
      if (other === key || OWNER_WORDS.test(key) || !key.startsWith(`${other} `)) continue;
      e.score += score * CONTAINED_SHARE;
    }
  }
  let best: SourceCandidate | null = null;
  for (const [key, e] of evidence) {
    let mentions = 0;
    let masthead = false;
    const word = new RegExp(`(?:^|[^\\p{L}\\p{N}])${escapeRe(key)}(?:$|[^\\p{L}\\p{N}])`, "u");
    for (const t of texts) {
      if (t === key) masthead = true;
      if (t.includes(key) && word.test(t)) mentions++;
    }
    const score = e.score + MENTION_WEIGHT * Math.min(mentions, MAX_MENTIONS) + (masthead ? MASTHEAD_LINE_WEIGHT : 0);
    if (!best || score > best.score) {
      best = { name: e.name, score, confidence: Math.min(1, score / 8), index: e.index, rule: `source:${e.rule}` };
    }
  }
  return best && best.score >= SOURCE_MIN_SCORE ? best : null;
}

import type { Line } from "./lines";
import { normalize } from "./lines";
import { COMPANY_SUFFIX, LABEL_WORDS, NOT_PUBLISHER_WORDS, PUBLISHER_PATTERNS } from "./vocabulary";

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

/** Below this score the publisher stays unknown. */
export const SOURCE_MIN_SCORE = 3.5;
const MENTION_WEIGHT = 0.5;
const MAX_MENTIONS = 6;
const MASTHEAD_LINE_WEIGHT = 2;

function cleanPublisher(raw: string): string | null {
  let name = raw.replace(/\s+/g, " ").trim().replace(/^(copyright|©)\s+/i, "").replace(/^the\s+(?=\p{Lu})/u, "The ");
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
export function findSource(lines: readonly Line[]): SourceCandidate | null {
  const evidence = new Map<string, { name: string; score: number; index: number; rule: string; best: number }>();
  for (const line of lines) {
    if (line.blank) continue;
    for (const p of PUBLISHER_PATTERNS) {
      const m = p.re.exec(line.text);
      const name = m?.[1] ? cleanPublisher(m[1]) : null;
      if (!name) continue;
      const key = normalize(name);
      const e = evidence.get(key) ?? { name, score: 0, index: line.index, rule: p.rule, best: 0 };
      e.score += p.weight;
      if (p.weight > e.best) Object.assign(e, { best: p.weight, index: line.index, rule: p.rule });
      evidence.set(key, e);
    }
  }
  if (evidence.size === 0) return null;
  const texts = lines.filter((l) => !l.blank).map((l) => normalize(l.text));
  let best: SourceCandidate | null = null;
  for (const [key, e] of evidence) {
    let mentions = 0;
    let masthead = false;
    for (const t of texts) {
      if (t === key) masthead = true;
      if (t.includes(key)) mentions++;
    }
    const score = e.score + MENTION_WEIGHT * Math.min(mentions, MAX_MENTIONS) + (masthead ? MASTHEAD_LINE_WEIGHT : 0);
    if (!best || score > best.score) {
      best = { name: e.name, score, confidence: Math.min(1, score / 8), index: e.index, rule: `source:${e.rule}` };
    }
  }
  return best && best.score >= SOURCE_MIN_SCORE ? best : null;
}

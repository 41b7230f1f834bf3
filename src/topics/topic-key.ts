import { createHash } from "node:crypto";
import slugify from "@sindresorhus/slugify";
import { cutSlug, MAX_SLUG_LENGTH, SLUG_PATTERN } from "../util/slug-rules";

/** Hex digits of the hash that names a topic whose name has nothing to transliterate. */
const HASH_LENGTH = 10;

// Accents on Latin letters are dropped before transliterating, so "Türkiye" and "Turkiye" are
// one topic (the transliterator alone would spell the first "tuerkiye"). Marks of other scripts
// stay: in Cyrillic or Devanagari they tell letters apart, not accents.
const LATIN_MARKS = /(\p{Script=Latin})\p{Mn}+/gu;

/**
 * The key a topic name is matched by, which is also the slug of a topic created from it: the
 * article slug rules (transliterated, lowercase, words joined by hyphens, at most
 * {@link MAX_SLUG_LENGTH} characters) applied after dropping accents from Latin letters. So
 * case, accents, spaces, hyphens and punctuation never make two topics. A name with nothing
 * URL-safe in it (Chinese, Japanese, emoji) gets `topic-<hash>` instead, a stable hash of the
 * name folded the same way (NFKC, lowercase, runs of white space as one space).
 * @param name a topic slug, label, alias or what an editor wrote in front matter
 * @returns a valid slug
 * @example topicKey("Peace Keeping") //=> "peace-keeping"
 * @example topicKey("TÜRKIYE") //=> "turkiye"
 * @example topicKey("北京") //=> "topic-" + 10 hex digits
 */
export function topicKey(name: string): string {
  const folded = name.normalize("NFKC").trim().replace(/\s+/gu, " ").normalize("NFD").replace(LATIN_MARKS, "$1").normalize("NFC");
  const slug = cutSlug(slugify(folded), MAX_SLUG_LENGTH);
  if (SLUG_PATTERN.test(slug)) return slug;
  return `topic-${createHash("sha256").update(folded.toLowerCase()).digest("hex").slice(0, HASH_LENGTH)}`;
}

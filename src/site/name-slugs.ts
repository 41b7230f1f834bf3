import { createHash } from "node:crypto";
import slugify from "@sindresorhus/slugify";

/**
 * Author and source names: which spellings are one name, the URL slug of each name, and the
 * spelling its page shows.
 *
 * A name's slug depends on that name alone, never on which other names the archive holds:
 * adding or removing an article must not move another name's page, nor give its old URL to
 * somebody else (a `-2` suffix handed out in sorted order did both).
 *
 * Identity. Two spellings are one name when they differ only in Unicode form, case,
 * diacritics, spacing and the punctuation people write inside names (`Zoë Café`, `ZOE CAFE`,
 * `Jean-Paul`/`Jean Paul`, `John C. Welch`/`John C Welch`), and for Latin letters in how the
 * letter is spelled out in ASCII (`Łukasz`/`Lukasz`, `Strauß`/`Strauss`). Names that differ
 * in anything else stay apart, even when their readable slugs would be the same (`C++ Weekly`
 * and `C# Weekly`, `Юлия` and `Yuliya`, `李 Wei` and `Wei`): an author page that holds another
 * person's articles is a wrong attribution, worse for a news archive than one person's
 * articles split over two pages. Transliteration across scripts is not identity: it is lossy
 * and many-to-one (Greek η, ι and υ all become `i`).
 *
 * Slugs. A name whose identity is plain lower-case ASCII words gets those words joined by
 * hyphens (`Mark Dovich` → `mark-dovich`, as before). Every other name (another script,
 * symbols, a reserved slug) gets its readable transliteration, or `name` when nothing is
 * transliterable, followed by a hash of its identity (`юлия` → `yuliya-…`, `日本` → `name-…`).
 * A plain slug never ends in a hash-like segment, so the two kinds never meet.
 */

/** Hex digits of the identity hash appended to names that are not plain ASCII words. */
export const NAME_HASH_LENGTH = 12;

/** Hex digits of a whole SHA-256, for the names whose shorter hashes meet. */
const WHOLE_HASH_LENGTH = 64;

/** The readable part of a hashed slug when the name has nothing transliterable (CJK, Hangul...). */
const UNREADABLE_PREFIX = "name";

/**
 * Marks that only decorate a letter, removed for identity after canonical decomposition:
 * the combining diacritics of Latin, Greek and Cyrillic (`é`, `ё`, `ά`), Hebrew points and
 * Arabic vowel signs (optional, written or left out for the same name), and the Arabic tatweel
 * (a stretch of the line). Marks that make another letter are kept: Indic vowel signs, the
 * kana voicing marks (`か`/`が` are different sounds).
 */
const DECORATIVE_MARKS = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f\u0591-\u05c7\u064b-\u065f\u0640]/gu;

/** Invisible characters (zero-width spaces, soft hyphens, direction marks) left by copy and paste. */
const INVISIBLE = /\p{Cf}/gu;

/**
 * Characters that separate the parts of a name without being part of its identity: spaces,
 * hyphens and dashes, full stops after initials, commas, apostrophes and quotation marks,
 * brackets, slashes, bars and bullets left between names, and the Japanese middle dot that
 * separates the parts of a name written in katakana.
 */
const SEPARATORS = /[\s\p{Pd}.,;:'"`‘’‚‛“”„‹›«»ʼ()[\]{}/\\|·•・、。_]+/gu;

/**
 * An apostrophe before a word-final `s` or `t` (`Tom's`, `don't`): dropped rather than made a
 * separator, as slugs have always done (`toms-hardware`), so those URLs stay as they were.
 */
const CONTRACTION = /([\p{L}\p{N}])['\u2019\u02bc]([st])(?![\p{L}\p{N}])/gu;

/** A Latin letter outside ASCII, spelled out in ASCII for identity when it can be. */
const NON_ASCII_LATIN = /(?![a-z])\p{Script=Latin}/gu;

/** A plain identity: lower-case ASCII letters and digits in words separated by single spaces. */
const PLAIN = /^[a-z0-9]+(?: [a-z0-9]+)*$/;

/** A slug whose last segment looks like a hash, which only hashed slugs may have. */
const HASH_TAIL = new RegExp(`(?:^|-)[0-9a-f]{${NAME_HASH_LENGTH},}$`);

/**
 * The spelling of a name as a page shows it: NFC, whitespace collapsed to single spaces, trimmed.
 * @example displayName("Zoe\u0308  Cafe\u0301 ") //=> "Zoë Café"
 */
export function displayName(name: string): string {
  return name.normalize("NFC").replace(/\s+/gu, " ").trim();
}

/**
 * The identity of a name: two spellings are the same author or source exactly when their keys
 * are equal (see the module comment for what is folded and why).
 * @example nameKey("ZOË  CAFÉ") === nameKey("zoe cafe") //=> true
 * @example nameKey("Jean-Paul O’Brien") //=> "jean paul o brien"
 */
export function nameKey(name: string): string {
  // Upper then lower case approximates full case folding (ß → ss, final ς → σ), and the
  // decomposition after it splits what lower-casing composed (İ → i + dot above).
  const folded = name
    .normalize("NFKD")
    .toUpperCase()
    .toLowerCase()
    .normalize("NFKD")
    .replace(DECORATIVE_MARKS, "")
    .replace(INVISIBLE, "")
    .replace(/&/gu, " and ")
    .replace(NON_ASCII_LATIN, latinInAscii)
    .replace(CONTRACTION, "$1$2");
  return folded.replace(SEPARATORS, " ").trim().normalize("NFC");
}

const latinSpellings = new Map<string, string>();

/** `ß` → `ss`, `ł` → `l`, `æ` → `ae`; a letter with no ASCII spelling stays itself. */
function latinInAscii(letter: string): string {
  let spelled = latinSpellings.get(letter);
  if (spelled === undefined) {
    const ascii = slugify(letter, { separator: "", decamelize: false });
    spelled = /^[a-z0-9]+$/.test(ascii) ? ascii : letter;
    latinSpellings.set(letter, spelled);
  }
  return spelled;
}

/**
 * The URL slug of a name, from the name alone. Plain ASCII names get their words; other names,
 * and plain names whose slug is reserved, get a readable part and a hash of their identity.
 * @param reserved slugs no name may have (the pages beside the names', such as `unknown`).
 * @param hashLength hex digits of the hash; shorter only where a test needs two hashes to meet.
 * @example nameSlug("Mark Dovich") //=> "mark-dovich"
 * @example nameSlug("Юлия Петрова") //=> "yuliya-petrova-" + 12 hex digits
 * @example nameSlug("日本") //=> "name-" + 12 hex digits
 * @example nameSlug("Unknown", ["unknown"]) //=> "unknown-" + 12 hex digits
 */
export function nameSlug(name: string, reserved: readonly string[] = [], hashLength = NAME_HASH_LENGTH): string {
  return slugOfKey(cachedKey(name), reserved, hashLength);
}

function slugOfKey(key: string, reserved: readonly string[], hashLength: number): string {
  if (PLAIN.test(key)) {
    const slug = key.replaceAll(" ", "-");
    if (!reserved.includes(slug) && !HASH_TAIL.test(slug)) return slug;
  }
  return hashedSlug(key, hashLength);
}

// The dev server builds the pages again after every save, from mostly the same names: their
// keys and hashed slugs are kept rather than made again each time.
const keysOfNames = new Map<string, string>();
const hashedSlugs = new Map<string, string>();

function cachedKey(name: string): string {
  let key = keysOfNames.get(name);
  if (key === undefined) {
    key = nameKey(name);
    keysOfNames.set(name, key);
  }
  return key;
}

function hashedSlug(key: string, hashLength: number): string {
  const cacheKey = `${hashLength} ${key}`;
  let slug = hashedSlugs.get(cacheKey);
  if (slug === undefined) {
    const readable = slugify(key, { decamelize: false }) || UNREADABLE_PREFIX;
    slug = `${readable}-${createHash("sha256").update(key).digest("hex").slice(0, hashLength)}`;
    hashedSlugs.set(cacheKey, slug);
  }
  return slug;
}

/** The page of one name: its slug and the spelling it is shown with. */
export interface NamePage {
  /** The URL slug, the same for every spelling of the name; see {@link nameSlug}. */
  readonly slug: string;
  /**
   * The spelling the page and the index show: the most frequent of the name's spellings (in
   * {@link displayName} form), ties going to the first in code-unit order, so it never depends on
   * the order the files were read in.
   */
  readonly display: string;
}

/**
 * The page of every name given: spellings of one name (see {@link nameKey}) share one page
 * object. Each name's slug is {@link nameSlug}'s, unaffected by the other names; the one
 * exception is two different names whose hashes meet in their first `hashLength` digits (one
 * chance in 2^48 for a pair of names): both then carry the whole hash, so that they never share
 * a page.
 * @param names one entry per use (an article's byline naming the author, say): the counts
 *   choose each page's spelling.
 * @param reserved slugs no name may have.
 * @param hashLength as for {@link nameSlug}.
 * @returns a map from each distinct name given, as given, to its page.
 * @example nameSlugs(["Zoë Café", "ZOE CAFE", "Zoë Café"]).get("ZOE CAFE") //=> { slug: "zoe-cafe", display: "Zoë Café" }
 */
export function nameSlugs(names: Iterable<string>, reserved: readonly string[] = [], hashLength = NAME_HASH_LENGTH): Map<string, NamePage> {
  const uses = new Map<string, number>();
  for (const name of names) uses.set(name, (uses.get(name) ?? 0) + 1);

  const identities = new Map<string, { key: string; slug: string; spellings: Map<string, number> }>();
  const keyOf = new Map<string, string>();
  for (const [name, count] of uses) {
    const key = cachedKey(name);
    keyOf.set(name, key);
    let identity = identities.get(key);
    if (identity === undefined) {
      identity = { key, slug: slugOfKey(key, reserved, hashLength), spellings: new Map() };
      identities.set(key, identity);
    }
    const spelling = displayName(name);
    identity.spellings.set(spelling, (identity.spellings.get(spelling) ?? 0) + count);
  }

  const bySlug = new Map<string, { key: string; slug: string }[]>();
  for (const identity of identities.values()) bySlug.set(identity.slug, [...(bySlug.get(identity.slug) ?? []), identity]);
  for (const sharing of bySlug.values()) {
    if (sharing.length > 1) for (const identity of sharing) identity.slug = hashedSlug(identity.key, WHOLE_HASH_LENGTH);
  }

  const pages = new Map<string, NamePage>();
  for (const [key, { slug, spellings }] of identities) pages.set(key, { slug, display: mostUsed(spellings) });
  return new Map([...keyOf].map(([name, key]) => [name, pages.get(key) as NamePage]));
}

function mostUsed(spellings: ReadonlyMap<string, number>): string {
  let best: [string, number] | null = null;
  for (const entry of spellings) {
    if (best === null || entry[1] > best[1] || (entry[1] === best[1] && entry[0] < best[0])) best = entry;
  }
  return (best as [string, number])[0];
}

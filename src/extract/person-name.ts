import { FUNCTION_WORDS, GLUED_NAME_PREFIXES, INTERFACE_WORDS, NAME_PARTICLES, ORGANISATION_WORDS, SECTION_WORDS } from "./vocabulary";

/** The most words a person's name runs to ("Carlos Alberto de los Santos"). */
const MAX_NAME_WORDS = 5;
const NAME_WORD = /^(?:\p{Lu}[\p{L}'’-]*\.?|\p{Lu}\.(?:\p{Lu}\.)*)$/u;
const ROMAN_NUMERAL = /^(?:II|III|IV|VI|VII|VIII)$/;
// Three or more capitals in a row: an acronym ("ACLU"), or a word of an all-caps byline.
const ACRONYM = /^\p{Lu}{3,}$/u;
const HAS_LOWER = /\p{Ll}/u;
// Three or more letters and no vowel: an abbreviation ("TRD", "Ltd"), not a name.
const NO_VOWEL = /^[^aeiouyàáâãäåæèéêëìíîïòóôõöøùúûüýÿ\P{L}]{3,}\.?$/iu;
const HAS_TWO_CAPITALS = /\p{Lu}{2}/u;
// A lowercase letter followed by a capital inside a word: "DoeOutlet", "HiltzikBusiness".
const GLUE = /(?<=\p{Ll})(?=\p{Lu})/u;

const bare = (word: string) => word.toLowerCase().replace(/[.,]+$/, "");

/**
 * Whether a phrase reads as one person's name, judged by its shape: 1–5 words (at least
 * `minWords`), each capitalised or an initial, lowercase name particles allowed between them,
 * no digits, no acronym, and no word of the kinds that make it a label, a section or an
 * organisation (`names.ts`). Ordinary words are names too: "Theresa May", "Kim Wild".
 * @param text the phrase, already without "By", roles and outlet.
 * @param minWords 1 for a prefixed byline ("By Madonna"), 2 otherwise.
 * @returns true when the phrase may be a person's name.
 * @example isPersonName("Carlos de los Santos") //=> true
 * @example isPersonName("Share on Facebook") //=> false
 */
export function isPersonName(text: string, minWords = 2): boolean {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length < minWords || words.length > MAX_NAME_WORDS) return false;
  let capitalised = 0;
  for (const [i, w] of words.entries()) {
    const lower = bare(w);
    if (NAME_PARTICLES.has(lower) && i > 0 && i < words.length - 1 && w === w.toLowerCase()) continue;
    // A single capital is an initial ("Jane A Doe"), not the article "a".
    if (
      (FUNCTION_WORDS.has(lower) && !/^\p{Lu}$/u.test(w)) ||
      INTERFACE_WORDS.has(lower) ||
      SECTION_WORDS.has(lower) ||
      ORGANISATION_WORDS.has(lower)
    )
      return false;
    if (!NAME_WORD.test(w) || NO_VOWEL.test(w) || (ACRONYM.test(w.replace(/\.$/, "")) && !ROMAN_NUMERAL.test(w))) return false;
    capitalised++;
  }
  return capitalised >= Math.min(minWords, 2);
}

/** Whether a phrase is written all in capitals (at least one word of two capitals, no lowercase). */
export function isAllCaps(text: string): boolean {
  return HAS_TWO_CAPITALS.test(text) && !HAS_LOWER.test(text);
}

function readableWord(word: string, first: boolean): string {
  if (!HAS_TWO_CAPITALS.test(word) || HAS_LOWER.test(word)) return word;
  const lower = word.toLowerCase();
  if (!first && (NAME_PARTICLES.has(lower) || FUNCTION_WORDS.has(lower))) return lower;
  if (!first && ROMAN_NUMERAL.test(word)) return word;
  return lower
    .replace(/(^|['’-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase())
    .replace(/(^|['’-])Mc(\p{Ll})/gu, (_, sep: string, c: string) => `${sep}Mc${c.toUpperCase()}`);
}

/**
 * A name printed in capitals, in the case a reader expects: each word capitalised, also after
 * an apostrophe or a hyphen and after "Mc"; particles lowercase inside the name. Words that
 * are not all capitals are left as they are.
 * @example readableCase("ALEKSANDRE KOBAKHIDZE") //=> "Aleksandre Kobakhidze"
 * @example readableCase("SEAN O'BRIEN-MCCOY") //=> "Sean O'Brien-McCoy"
 * @example readableCase("CARLOS DE LOS SANTOS") //=> "Carlos de los Santos"
 */
export function readableCase(name: string): string {
  return name
    .split(" ")
    .map((w, i) => readableWord(w, i === 0))
    .join(" ");
}

/**
 * Split words that a page dump glued together ("Jane DoeOutlet", "Jane DoeBy Jane Doe") with
 * `separator`. A capital after a lowercase letter starts a new word unless what comes before
 * it in the word is a surname beginning such as "Mc", "Mac", "De", "Le" or "Van", or is
 * shorter than three letters ("JaVale").
 * @example splitGlued("Jane DoeOutlet", ", ") //=> "Jane Doe, Outlet"
 * @example splitGlued("Kevin McCoy", ", ") //=> "Kevin McCoy"
 */
export function splitGlued(text: string, separator: string): string {
  return text
    .split(" ")
    .map((word) => {
      const pieces = word.split(GLUE);
      let out = pieces[0] ?? "";
      let head = out;
      for (const piece of pieces.slice(1)) {
        const keep = !/^\p{Lu}/u.test(head) || head.length < 3 || GLUED_NAME_PREFIXES.has(head.toLowerCase());
        out += keep ? piece : `${separator}${piece}`;
        head = keep ? head + piece : piece;
      }
      return out;
    })
    .join(" ");
}

/**
 * A name printed twice in a row by the page dump ("Jane Doe Jane Doe"), once.
 * @example onceIfRepeated("Jane Doe Jane Doe") //=> "Jane Doe"
 */
export function onceIfRepeated(name: string): string {
  const words = name.split(" ");
  if (words.length % 2 !== 0) return name;
  const half = words.length / 2;
  const first = words.slice(0, half).join(" ");
  return first === words.slice(half).join(" ") ? first : name;
}

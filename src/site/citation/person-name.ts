/**
 * An author's name split into the parts citation styles order differently. Only the order
 * "given names, then family name" (or "Family, Given" with a comma) is read: a name written
 * family name first cannot be told from its text, and a single word is kept whole.
 */

/** A name in parts, or a name kept as written (one word, an organisation). */
export type PersonName = { readonly family: string; readonly given: string; readonly suffix: string } | { readonly literal: string };

/** Lower-case words written before a family name that belong to it ("van", "de"): data, not code. */
const PARTICLES: ReadonlySet<string> = new Set([
  "al",
  "bin",
  "da",
  "das",
  "de",
  "del",
  "della",
  "der",
  "di",
  "do",
  "dos",
  "du",
  "el",
  "ibn",
  "la",
  "le",
  "ten",
  "ter",
  "van",
  "von",
]);

/** Generational suffixes written after the family name. */
const SUFFIX = /^(?:jr\.?|sr\.?|ii|iii|iv)$/i;

/**
 * A name's parts: the last word is the family name, with the lower-case particles before it;
 * "Family, Given" is read as written; a generational suffix is kept apart.
 * @example personName("Jane van der Berg") //=> { given: "Jane", family: "van der Berg", suffix: "" }
 * @example personName("Reuters") //=> { literal: "Reuters" }
 */
export function personName(name: string): PersonName {
  const text = name.trim().replace(/\s+/g, " ");
  const comma = text.indexOf(",");
  if (comma > 0) {
    const before = text.slice(0, comma).trim();
    const after = text.slice(comma + 1).trim();
    // "Martin Luther King, Jr.": the comma sets off the suffix, not the given names.
    if (SUFFIX.test(after)) return split(before.split(" "), after);
    if (after !== "" && !after.includes(",")) return { family: before, given: after, suffix: "" };
    return { literal: text };
  }
  const words = text.split(" ");
  const last = words.at(-1) ?? "";
  return SUFFIX.test(last) && words.length > 2 ? split(words.slice(0, -1), last) : split(words, "");
}

function split(words: readonly string[], suffix: string): PersonName {
  if (words.length < 2) return { literal: [...words, suffix].filter((w) => w !== "").join(" ") };
  let start = words.length - 1;
  while (start > 1 && PARTICLES.has(words[start - 1] as string)) start -= 1;
  return { given: words.slice(0, start).join(" "), family: words.slice(start).join(" "), suffix };
}

/**
 * The given names as initials, hyphenated names kept hyphenated (APA).
 * @example initials("Jean-Paul Ann") //=> "J.-P. A."
 */
export function initials(given: string): string {
  return given
    .split(" ")
    .map((word) =>
      word
        .split("-")
        .map((part) => {
          const letter = part.match(/\p{L}/u)?.[0];
          return letter === undefined ? "" : `${letter.toUpperCase()}.`;
        })
        .filter((p) => p !== "")
        .join("-"),
    )
    .filter((w) => w !== "")
    .join(" ");
}

/**
 * "Family, Given" (with ", Suffix"), the order a reference list sorts by.
 * @example invertedName({ family: "Doe", given: "Jane", suffix: "" }) //=> "Doe, Jane"
 */
export function invertedName(name: PersonName): string {
  if ("literal" in name) return name.literal;
  return [name.family, name.given, name.suffix].filter((p) => p !== "").join(", ");
}

/**
 * "Given Family Suffix", the order names are written in running text.
 * @example naturalName({ family: "King", given: "Martin Luther", suffix: "Jr." }) //=> "Martin Luther King Jr."
 */
export function naturalName(name: PersonName): string {
  if ("literal" in name) return name.literal;
  return [name.given, name.family, name.suffix].filter((p) => p !== "").join(" ");
}

import { byCodeUnits } from "../../util/compare";

/**
 * Authors in the order a reader looks them up: by family name, as library catalogues and
 * newspapers' author indexes file them.
 */

/** Words after a family name that are not the family name ("Martin Luther King Jr."). */
const GENERATIONAL_SUFFIXES: ReadonlySet<string> = new Set(["jr", "sr", "ii", "iii", "iv"]);

/**
 * The key an author's name is filed under: the family name first, then the given names, lower
 * case without accents. The family name is taken to be the last word, passing over a generational
 * suffix; a name of one word (an organisation, a pen name, a name in a script without spaces) is
 * filed under itself. Particles stay with the given names ("Vincent van Gogh" under G), as most
 * English-language indexes do; nothing is guessed beyond that.
 * @example familyNameKey("Jane Doe") //=> "doe jane"
 * @example familyNameKey("Martin Luther King Jr.") //=> "king martin luther jr."
 */
export function familyNameKey(name: string): string {
  const words = name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== "");
  let last = words.length - 1;
  while (last > 0 && GENERATIONAL_SUFFIXES.has((words[last] as string).replace(/[.,]/g, ""))) last--;
  if (last <= 0) return words.join(" ");
  const family = (words[last] as string).replace(/,$/, "");
  const given = words.filter((_, i) => i !== last).map((w) => w.replace(/,$/, ""));
  return [family, ...given].join(" ");
}

/**
 * Compare two authors' names by family name, then given names, then as written (so the order is total).
 * @example ["Zoe Adams", "Adam Zane"].sort(byFamilyName) //=> ["Zoe Adams", "Adam Zane"]
 */
export function byFamilyName(a: string, b: string): number {
  return byCodeUnits(familyNameKey(a), familyNameKey(b)) || byCodeUnits(a, b);
}

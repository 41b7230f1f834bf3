import slugify from "@sindresorhus/slugify";

/**
 * URL slugs for free-text names (sources, authors), one per distinct name, stable for a given
 * set of names: names are taken in code-unit order, and a name whose slug is taken (or
 * reserved, or empty after slugifying) gets the next free `-2`, `-3` … suffix.
 * @param reserved slugs no name may take (e.g. `unknown`, which is the "source unknown" page).
 * @example nameSlugs(["Civil Net", "Civil-Net"]) //=> Map { "Civil Net" => "civil-net", "Civil-Net" => "civil-net-2" }
 */
export function nameSlugs(names: Iterable<string>, reserved: readonly string[] = []): Map<string, string> {
  const taken = new Set(reserved);
  const result = new Map<string, string>();
  const sorted = [...new Set(names)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const name of sorted) {
    const base = slugify(name) || "name";
    let slug = base;
    for (let n = 2; taken.has(slug); n += 1) slug = `${base}-${n}`;
    taken.add(slug);
    result.set(name, slug);
  }
  return result;
}

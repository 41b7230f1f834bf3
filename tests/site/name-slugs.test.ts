import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { displayName, NAME_HASH_LENGTH, nameKey, nameSlug, nameSlugs } from "../../src/site/name-slugs";
import { RESERVED_NAME_SLUGS } from "../../src/site/urls";
import { SLUG_PATTERN } from "../../src/util/slug-rules";

const SLUG = SLUG_PATTERN;
const HASHED = new RegExp(`-[0-9a-f]{${NAME_HASH_LENGTH}}$`);
const NFD = (s: string): string => s.normalize("NFD");

describe("displayName", () => {
  it.each([
    // Composed form, whatever the file used.
    [NFD("Zoë Café"), "Zoë Café"],
    // Runs of spaces, tabs and no-break spaces become one space; ends trimmed.
    ["  Mark \t\u00a0Dovich ", "Mark Dovich"],
    // Case, accents and punctuation are the spelling's own.
    ["ZOË  CAFÉ", "ZOË CAFÉ"],
  ])("shows %j as %j", (name, expected) => {
    expect(displayName(name)).toBe(expected);
  });
});

describe("nameKey", () => {
  it.each([
    // Unicode form.
    ["Zoë Café", NFD("Zoë Café")],
    // Case and accents.
    ["Zoë Café", "ZOË CAFÉ"],
    ["Zoë Café", "zoe cafe"],
    // Spacing, hyphens and dashes between the parts of a name.
    ["Jean-Paul  Sartre", "Jean Paul Sartre"],
    ["Jean–Paul Sartre", "jean-paul sartre"],
    // Full stops after initials.
    ["John C. Welch", "John C Welch"],
    // Straight, curly and modifier apostrophes; a possessive's apostrophe.
    ["Gavin O'Callaghan", "Gavin O’Callaghan"],
    ["Tom's Hardware", "Toms Hardware"],
    // Latin letters spelled out in ASCII.
    ["Łukasz Nowak", "Lukasz Nowak"],
    ["Strauß", "STRAUSS"],
    ["Þór", "Thor"],
    // `&` is spelled "and", as slugs always did.
    ["AT&T", "AT and T"],
    // Full-width letters, invisible characters.
    ["Ｍａｒｋ", "Mark"],
    ["Mark\u200b Dovich\u00ad", "Mark Dovich"],
    // Greek final sigma and accents.
    ["ΝΊΚΟΣ", "Νίκος"],
    // Arabic vowel signs and Hebrew points are optional.
    ["مُحَمَّد", "محمد"],
    ["שָׁלוֹם", "שלום"],
    // Katakana names separate their parts with a middle dot.
    ["ジョン・スミス", "ジョン スミス"],
  ])("makes %j and %j one name", (a, b) => {
    expect(nameKey(a)).toBe(nameKey(b));
  });

  it.each([
    // Symbols are part of a name.
    ["C++ Weekly", "C# Weekly"],
    // Another script is another name, however it transliterates.
    ["Юлия Петрова", "Yuliya Petrova"],
    // Part of a name in another script.
    ["李 Wei", "Wei"],
    // Where the words break.
    ["Annmarie Smith", "Ann Marie Smith"],
    // A transliteration is not the accented letter.
    ["Oelaf Uenal", "Ölaf Ünal"],
    // Marks that make another letter: kana voicing, Indic vowel signs.
    ["か", "が"],
    ["राम", "रम"],
  ])("keeps %j and %j apart", (a, b) => {
    expect(nameKey(a)).not.toBe(nameKey(b));
  });
});

describe("nameSlug", () => {
  it.each([
    // Plain Latin names keep the slug they always had.
    ["Mark Dovich", "mark-dovich"],
    ["Modern Tokyo Times", "modern-tokyo-times"],
    ["Bethany Braun-Silva", "bethany-braun-silva"],
    ["Gavin O'Callaghan", "gavin-o-callaghan"],
    ["Tom's Hardware", "toms-hardware"],
    ["John C. Welch", "john-c-welch"],
    ["AT&T", "at-and-t"],
    ["Łukasz Nowak", "lukasz-nowak"],
    // The slug is the identity's, so case cannot split a word: `McCoy`, `MCCOY` and `Mccoy` are one name.
    ["Kevin McCoy", "kevin-mccoy"],
    ["CivilNet", "civilnet"],
    // Accents go, whichever spelling comes first.
    ["Ölaf Ünal", "olaf-unal"],
    ["Zoë Café", "zoe-cafe"],
    // Pinned: these URLs must never change from one version to the next.
    ["日本", "name-cf2abf0c5be3"],
    ["Юлия Петрова", "yuliya-petrova-372fd0b318b9"],
    ["李 Wei", "wei-82c0d0dcdd83"],
    ["C++ Weekly", "c-weekly-ddb76ae05bdd"],
    // A plain name that looks like a hashed slug is hashed itself.
    ["Name 3f2a9c1e4b7d", "name-3f2a9c1e4b7d-16bc12b44154"],
  ])("gives %j the slug %j", (name, slug) => {
    expect(nameSlug(name, RESERVED_NAME_SLUGS)).toBe(slug);
  });

  it.each([
    // Transliterable scripts get a readable slug, plus the hash that keeps them off the Latin name's.
    ["Юлия Петрова", /^yuliya-petrova-/],
    ["Νίκος Παππάς", /^nikos-pappas-/],
    ["مرحبا", /^mrhba-/],
    // Nothing transliterable: `name-` and the hash.
    ["北京新闻社", /^name-/],
    ["한국일보", /^name-/],
    ["ジョン・スミス", /^name-/],
  ])("gives %j a readable, hashed slug", (name, start) => {
    const slug = nameSlug(name);
    expect(slug).toMatch(start);
    expect(slug).toMatch(HASHED);
    expect(slug).toMatch(SLUG);
  });

  it("gives different CJK names different slugs, the same every time", () => {
    const names = ["日本", "日本人", "李伟", "王芳", "張偉", "山田太郎", "김민준"];
    const slugs = names.map((n) => nameSlug(n));
    expect(new Set(slugs).size).toBe(names.length);
    expect(names.map((n) => nameSlug(n))).toEqual(slugs);
  });

  it.each(["Unknown", "UNKNOWN", "unknown.", "Page", "PAGE!"])("never gives %j a reserved slug", (name) => {
    const slug = nameSlug(name, RESERVED_NAME_SLUGS);
    expect(RESERVED_NAME_SLUGS).not.toContain(slug);
    expect(slug).toMatch(HASHED);
  });
});

describe("nameSlugs", () => {
  it("gives a name in NFC and in NFD one page", () => {
    const pages = nameSlugs(["Zoë Café", NFD("Zoë Café")]);
    expect(pages.get("Zoë Café")).toBe(pages.get(NFD("Zoë Café")));
    expect(pages.get("Zoë Café")).toEqual({ slug: "zoe-cafe", display: "Zoë Café" });
  });

  it.each([
    // The most used spelling, counted in one form (NFC and NFD together outnumber the capitals).
    [["ZOË CAFÉ", "ZOË CAFÉ", "Zoë Café", "Zoë Café", NFD("Zoë Café"), "zoe cafe"], "Zoë Café"],
    [["ZOË CAFÉ", "ZOË CAFÉ", "Zoë Café"], "ZOË CAFÉ"],
    // A tie goes to the first in code-unit order.
    [["zoe cafe", "Zoë Café"], "Zoë Café"],
    [["Zoë Café", "ZOË CAFÉ"], "ZOË CAFÉ"],
    // Spaces are collapsed before counting.
    [["Zoë  Café", "Zoë Café ", "zoe cafe"], "Zoë Café"],
  ])("shows the spellings %j as %j, in any order", (names, display) => {
    for (const order of [names, [...names].reverse(), [...names.slice(1), names[0] as string]]) {
      const pages = nameSlugs(order);
      for (const name of names) expect(pages.get(name)).toEqual({ slug: "zoe-cafe", display });
    }
  });

  it("leaves a name's slug alone when a name with the same readable slug comes", () => {
    expect(nameSlugs(["ölaf ünal"]).get("ölaf ünal")?.slug).toBe("olaf-unal");
    const pages = nameSlugs(["ölaf ünal", "Ölaf Ünal", "Oelaf Uenal", "Olaf-Unal"]);
    expect(pages.get("ölaf ünal")?.slug).toBe("olaf-unal");
    expect(pages.get("Ölaf Ünal")?.slug).toBe("olaf-unal");
    expect(pages.get("Olaf-Unal")?.slug).toBe("olaf-unal");
    expect(pages.get("Oelaf Uenal")?.slug).toBe("oelaf-uenal");
  });

  it("gives both names the whole hash when their short hashes meet, and leaves the others alone", () => {
    // With one hex digit, 17 names with nothing transliterable must share a digit somewhere.
    const names = Array.from({ length: 17 }, (_, i) => String.fromCodePoint(0x4e00 + i));
    const pages = nameSlugs(names, [], 1);
    const slugs = names.map((n) => pages.get(n)?.slug as string);
    expect(new Set(slugs).size).toBe(names.length);
    const whole = slugs.filter((s) => /^name-[0-9a-f]{64}$/.test(s));
    expect(whole.length).toBeGreaterThanOrEqual(2);
    for (const [i, name] of names.entries()) {
      if (!whole.includes(slugs[i] as string)) expect(slugs[i]).toBe(nameSlug(name, [], 1));
    }
  });
});

describe("nameSlugs over generated names", () => {
  const seed = process.env["FC_SEED"] === undefined ? {} : { seed: Number(process.env["FC_SEED"]) };
  const PARTS = [
    "Mark",
    "Dovich",
    "mark",
    "DOVICH",
    "Zoë",
    "Zoe\u0308",
    "ZOË",
    "Café",
    "Jean-Paul",
    "O'Brien",
    "O’Brien",
    "Tom's",
    "Łukasz",
    "Strauß",
    "Ölaf",
    "Oelaf",
    "C++",
    "C#",
    "AT&T",
    "J.R.",
    "Юлия",
    "Yuliya",
    "Νίκος",
    "李",
    "Wei",
    "日本",
    "김민준",
    "محمد",
    "unknown",
    "Unknown",
    "page",
    "name",
    "3f2a9c1e4b7d",
    "0",
    "-",
    ".",
    "  ",
    "\u200b",
    "🦄",
  ];
  const name = fc.array(fc.constantFrom(...PARTS), { minLength: 1, maxLength: 4 }).map((parts) => parts.join(" "));
  const names = fc.uniqueArray(name, { minLength: 1, maxLength: 12 });

  it("gives each name the slug it has alone, whatever names are beside it", () => {
    fc.assert(
      fc.property(names, name, (set, extra) => {
        const pages = nameSlugs(set, RESERVED_NAME_SLUGS);
        const more = nameSlugs([...set, extra], RESERVED_NAME_SLUGS);
        for (const n of set) {
          const alone = nameSlug(n, RESERVED_NAME_SLUGS);
          expect(pages.get(n)?.slug).toBe(alone);
          expect(more.get(n)?.slug).toBe(alone);
        }
      }),
      seed,
    );
  });

  it("gives different names different slugs, one name one slug, never a reserved one", () => {
    fc.assert(
      fc.property(names, (set) => {
        const pages = nameSlugs(set, RESERVED_NAME_SLUGS);
        const keyOfSlug = new Map<string, string>();
        for (const n of set) {
          const { slug } = pages.get(n) as { slug: string };
          expect(slug).toMatch(SLUG);
          expect(RESERVED_NAME_SLUGS).not.toContain(slug);
          const key = keyOfSlug.get(slug) ?? nameKey(n);
          expect(nameKey(n)).toBe(key);
          keyOfSlug.set(slug, key);
        }
      }),
      seed,
    );
  });
});

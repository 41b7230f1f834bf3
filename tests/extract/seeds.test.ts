import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractRaw } from "../../src/extract/extract";

// The five seed articles and what the extractor must read from them (issue 2's table).
const DIR = join(import.meta.dirname, "../../content/articles");
const file = (prefix: string) => join(DIR, readdirSync(DIR).find((f) => f.startsWith(prefix))!);

const SEEDS = [
  {
    seed: "000",
    headline: "Azerbaijan Accused of Killing Russian Peacekeepers in Deadly Attack near Stepanakert",
    authors: [],
    published: "2023-09-20",
    updated: null,
    source: null,
  },
  {
    seed: "001",
    headline: "Azerbaijan hands over 95 more bodies to Armenia, as Russian military alliance chief arrives in Yerevan",
    authors: ["Mark Dovich"],
    published: null,
    updated: null,
    source: null,
  },
  {
    seed: "002",
    headline: "Azerbaijan cancels events in outrage over killings of citizens in Russia",
    authors: [],
    published: "2025-06-29",
    updated: "2025-07-02",
    source: null,
  },
  {
    seed: "003",
    headline: "Azerbaijan uncovers mass graves of civilians in Karabakh region",
    authors: [],
    published: null,
    updated: null,
    source: null,
  },
  {
    seed: "004",
    headline: "Armenians massacred by Azerbaijan forces in Ishkhanasar (NATO Turkey)",
    authors: ["Kanako Mita", "Sawako Utsumi", "Lee Jay Walker"],
    published: null,
    updated: null,
    source: "Modern Tokyo Times",
  },
];

// Lines of site chrome that must never reach a body.
const CHROME = [
  /skip to content/i,
  /leave a reply/i,
  /be first to comment/i,
  /email address will not be published/i,
  /more from politics/i,
  /reached the end/i,
  /donat/i,
  /part of the .* group/i,
  /^opinions$/i,
  /^story$/i,
  /^highlights$/i,
  /^provocative$/i,
];

describe.each(SEEDS)("seed $seed", (want) => {
  const text = readFileSync(file(want.seed), "utf8");
  const r = extractRaw(text);
  const day = (v: string | null) => (v === null ? null : v.slice(0, 10));

  it("has the expected headline", () => expect(r.headline.value).toBe(want.headline));
  it("has the expected authors", () => expect(r.authors.value).toEqual(want.authors));
  it("has the expected published day", () => expect(day(r.published.value)).toBe(want.published));
  it("has the expected updated day", () => expect(day(r.updated.value)).toBe(want.updated));
  it("has the expected source", () => expect(r.source.value).toBe(want.source));
  it("has a body without chrome lines", () => {
    expect(r.body.length).toBeGreaterThan(0);
    for (const p of r.body) for (const re of CHROME) expect(p.text).not.toMatch(re);
  });
  it("keeps every article paragraph verbatim and in order", () => {
    // Every long prose line of the file that is not chrome is a body paragraph, verbatim.
    const prose = text
      .split("\n")
      .map((l) => l.trim())
      .filter((l) => l.length > 100 && !/^[•·]/.test(l) && !/donat/i.test(l));
    expect(r.body.map((b) => b.text)).toEqual(prose.filter((l) => l !== want.headline));
  });
  it("states the headline only once in the body", () => {
    expect(r.body.some((b) => b.text === want.headline)).toBe(false);
  });
});

describe("seed 002", () => {
  it("has its three bullets as highlights", () => {
    const r = extractRaw(readFileSync(file("002"), "utf8"));
    expect(r.highlights.value).toHaveLength(3);
    expect(r.highlights.value[0]).toMatch(/^Azerbaijan has canceled all cultural events/);
  });
});

/** Greedy word wrap at `width` columns, as a narrow terminal or an e-mail client would. */
function wrap(text: string, width: number): string {
  return text
    .split("\n")
    .map((line) => {
      const out: string[] = [];
      let cur = "";
      for (const word of line.split(" ")) {
        if (cur && `${cur} ${word}`.length > width) {
          out.push(cur);
          cur = word;
        } else cur = cur ? `${cur} ${word}` : word;
      }
      out.push(cur);
      return out.join("\n");
    })
    .join("\n");
}

describe.each(SEEDS)("seed $seed hard-wrapped at 72 columns", (want) => {
  const text = readFileSync(file(want.seed), "utf8");
  const plain = extractRaw(text);
  const wrapped = extractRaw(wrap(text, 72));

  it("reads the same fields and paragraphs as the unwrapped file", () => {
    expect(wrapped.headline.value).toBe(want.headline);
    expect(wrapped.authors.value).toEqual(plain.authors.value);
    expect(wrapped.published.value).toBe(plain.published.value);
    expect(wrapped.source.value).toBe(plain.source.value);
    expect(wrapped.body.map((b) => b.text)).toEqual(plain.body.map((b) => b.text));
  });
});

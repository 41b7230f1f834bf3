/**
 * A seeded generator of synthetic news archives for benchmarks: realistic raw-text page
 * dumps (site chrome, headline, byline, date line, paragraphs, footer) and Markdown articles
 * with front matter, dated over twenty years, about sixty topics. The same seed and size
 * always give the same bytes.
 */

/** mulberry32: a small, fast, seedable PRNG (deterministic across platforms). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  "ka",
  "lo",
  "mi",
  "ren",
  "to",
  "sa",
  "vel",
  "dor",
  "an",
  "is",
  "tor",
  "mel",
  "qua",
  "ri",
  "den",
  "su",
  "bar",
  "nel",
  "co",
  "pa",
];
const FIRST = [
  "Ana",
  "Tom",
  "Lena",
  "Omar",
  "Yuki",
  "Pavel",
  "Sara",
  "Diego",
  "Mina",
  "Jonas",
  "Ines",
  "Kofi",
  "Rita",
  "Ivan",
  "Noor",
  "Elif",
];
const LAST = [
  "Lopez",
  "Reed",
  "Novak",
  "Haddad",
  "Sato",
  "Ivanova",
  "Berg",
  "Costa",
  "Okafor",
  "Larsen",
  "Moreau",
  "Kaya",
  "Silva",
  "Weber",
  "Rahman",
  "Quinn",
];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const CHROME_TOP = ["Skip to content", "Home", "World", "Politics", "Business", "Sport", "Subscribe", "Sign in", "Search"];
const CHROME_BOTTOM = [
  "Share this article",
  "More from World",
  "Leave a Reply",
  "Your email address will not be published. Required fields are marked *",
  "Sign up for our newsletter",
];
const TOPIC_COUNT = 60;
const START_YEAR = 2005;
const YEARS = 20;

/** One generated file: a path relative to `content/` and its text. */
export interface GeneratedFile {
  readonly path: string;
  readonly text: string;
}

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)]!;
}

function word(rnd: () => number): string {
  const n = 1 + Math.floor(rnd() * 3);
  let w = "";
  for (let i = 0; i < n; i++) w += pick(rnd, SYLLABLES);
  return w;
}

/** The generated taxonomy: topic `i` is signalled by its own made-up word. */
export function topicWords(): string[] {
  const rnd = prng(7);
  const words = new Set<string>();
  while (words.size < TOPIC_COUNT) words.add(`${word(rnd)}${word(rnd)}`);
  return [...words];
}

/** `content/topics.yml` for the generated archive. */
export function topicsYaml(): string {
  return topicWords()
    .map((w, i) => `- slug: topic-${i + 1}\n  label: Topic ${i + 1} ${w}\n  description: Articles about ${w}.\n  aliases: [${w}]\n`)
    .join("\n");
}

function sentence(rnd: () => number, topics: readonly string[]): string {
  const n = 12 + Math.floor(rnd() * 14);
  const words: string[] = [];
  for (let i = 0; i < n; i++) words.push(rnd() < 0.08 ? pick(rnd, topics) : word(rnd));
  const s = words.join(" ");
  return `${s[0]!.toUpperCase()}${s.slice(1)}.`;
}

function paragraph(rnd: () => number, topics: readonly string[]): string {
  const n = 2 + Math.floor(rnd() * 4);
  return Array.from({ length: n }, () => sentence(rnd, topics)).join(" ");
}

/**
 * Generate `count` article files: 70% raw text page dumps, 30% Markdown with front matter.
 * @example generateArchive(2, 1).length //=> 2
 */
export function generateArchive(count: number, seed = 1): GeneratedFile[] {
  const rnd = prng(seed);
  const allTopics = topicWords();
  const files: GeneratedFile[] = [];
  for (let i = 0; i < count; i++) {
    const topics = Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => pick(rnd, allTopics));
    const year = START_YEAR + Math.floor(rnd() * YEARS);
    const month = 1 + Math.floor(rnd() * 12);
    const day = 1 + Math.floor(rnd() * 28);
    const title = `${pick(rnd, topics)} ${word(rnd)} ${word(rnd)} ${word(rnd)} ${word(rnd)} number ${i + 1}`;
    const headline = `${title[0]!.toUpperCase()}${title.slice(1)}`;
    const authors = Array.from({ length: 1 + Math.floor(rnd() * 2) }, () => `${pick(rnd, FIRST)} ${pick(rnd, LAST)}`);
    const paragraphs = Array.from({ length: 5 + Math.floor(rnd() * 8) }, () => paragraph(rnd, topics));
    const id = String(i + 1).padStart(6, "0");
    if (rnd() < 0.7) {
      const hour = 1 + Math.floor(rnd() * 12);
      const text = [
        ...CHROME_TOP,
        "",
        headline,
        "",
        `By ${authors.join(" and ")}`,
        `${MONTHS[month - 1]} ${day}, ${year}, ${hour}:${String(Math.floor(rnd() * 60)).padStart(2, "0")} ${rnd() < 0.5 ? "AM" : "PM"}`,
        "",
        ...paragraphs.flatMap((p) => [p, ""]),
        ...CHROME_BOTTOM,
        `© ${year} Synthetic Daily. All rights reserved.`,
        "",
      ].join("\n");
      files.push({ path: `articles/${id}.txt`, text });
    } else {
      const date = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
      const text = [
        "---",
        `title: "${headline}"`,
        `date: ${date}`,
        `authors: [${authors.join(", ")}]`,
        "source: Synthetic Weekly",
        "---",
        "",
        ...paragraphs.flatMap((p) => [p, ""]),
      ].join("\n");
      files.push({ path: `articles/${id}.md`, text });
    }
  }
  return files;
}

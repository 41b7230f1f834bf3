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

/** One generated article, field by field, before it is written as a file. */
export interface SyntheticArticle {
  /** Six digits, the article's number from 1: its file name. */
  readonly id: string;
  /** A raw-text page dump (`txt`) or Markdown with front matter (`md`). */
  readonly format: "txt" | "md";
  readonly headline: string;
  /** The calendar day, `YYYY-MM-DD`. */
  readonly date: string;
  /** The raw page's date line with its clock time; absent for Markdown. */
  readonly dateLine?: string;
  readonly authors: readonly string[];
  /** The publisher: the raw page's footer names it, Markdown's front matter says it. */
  readonly source: string;
  /** The taxonomy's topics the body's words were drawn from, each once, as `topics.yml` has them. */
  readonly topics: readonly { readonly slug: string; readonly label: string }[];
  readonly paragraphs: readonly string[];
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

function topicOf(words: readonly string[], w: string): { slug: string; label: string } {
  const i = words.indexOf(w);
  return { slug: `topic-${i + 1}`, label: `Topic ${i + 1} ${w}` };
}

/** `content/topics.yml` for the generated archive. */
export function topicsYaml(): string {
  const words = topicWords();
  return words
    .map((w) => {
      const { slug, label } = topicOf(words, w);
      return `- slug: ${slug}\n  label: ${label}\n  description: Articles about ${w}.\n  aliases: [${w}]\n`;
    })
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
 * Generate `count` articles field by field: 70% raw text page dumps, 30% Markdown with front
 * matter. The same seed and count always give the same articles.
 * @param count how many articles
 * @param seed the generator's seed
 * @returns the articles in order of their number
 * @example generateArticles(1, 1)[0]?.id //=> "000001"
 */
export function generateArticles(count: number, seed = 1): SyntheticArticle[] {
  const rnd = prng(seed);
  const allTopics = topicWords();
  const articles: SyntheticArticle[] = [];
  for (let i = 0; i < count; i++) {
    const topics = Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => pick(rnd, allTopics));
    const year = START_YEAR + Math.floor(rnd() * YEARS);
    const month = 1 + Math.floor(rnd() * 12);
    const day = 1 + Math.floor(rnd() * 28);
    const title = `${pick(rnd, topics)} ${word(rnd)} ${word(rnd)} ${word(rnd)} ${word(rnd)} number ${i + 1}`;
    const headline = `${title[0]!.toUpperCase()}${title.slice(1)}`;
    const authors = Array.from({ length: 1 + Math.floor(rnd() * 2) }, () => `${pick(rnd, FIRST)} ${pick(rnd, LAST)}`);
    const paragraphs = Array.from({ length: 5 + Math.floor(rnd() * 8) }, () => paragraph(rnd, topics));
    const fields = {
      id: String(i + 1).padStart(6, "0"),
      headline,
      date: `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
      authors,
      topics: [...new Set(topics)].map((w) => topicOf(allTopics, w)),
      paragraphs,
    };
    if (rnd() < 0.7) {
      const hour = 1 + Math.floor(rnd() * 12);
      const minute = String(Math.floor(rnd() * 60)).padStart(2, "0");
      const dateLine = `${MONTHS[month - 1]} ${day}, ${year}, ${hour}:${minute} ${rnd() < 0.5 ? "AM" : "PM"}`;
      articles.push({ ...fields, format: "txt", dateLine, source: "Synthetic Daily" });
    } else {
      articles.push({ ...fields, format: "md", source: "Synthetic Weekly" });
    }
  }
  return articles;
}

/**
 * The file an article is written as under `content/`: a raw page with site chrome around it,
 * or Markdown under front matter.
 * @param article one generated article
 * @returns its path relative to `content/` and its text
 * @example articleFile(generateArticles(1, 1)[0]!).path //=> "articles/000001.txt"
 */
export function articleFile(article: SyntheticArticle): GeneratedFile {
  const body = article.paragraphs.flatMap((p) => [p, ""]);
  if (article.format === "txt") {
    const year = article.date.slice(0, 4);
    const text = [
      ...CHROME_TOP,
      "",
      article.headline,
      "",
      `By ${article.authors.join(" and ")}`,
      article.dateLine ?? "",
      "",
      ...body,
      ...CHROME_BOTTOM,
      `© ${year} ${article.source}. All rights reserved.`,
      "",
    ].join("\n");
    return { path: `articles/${article.id}.txt`, text };
  }
  const text = [
    "---",
    `title: "${article.headline}"`,
    `date: ${article.date}`,
    `authors: [${article.authors.join(", ")}]`,
    `source: ${article.source}`,
    "---",
    "",
    ...body,
  ].join("\n");
  return { path: `articles/${article.id}.md`, text };
}

/**
 * Generate `count` article files: 70% raw text page dumps, 30% Markdown with front matter.
 * @example generateArchive(2, 1).length //=> 2
 */
export function generateArchive(count: number, seed = 1): GeneratedFile[] {
  return generateArticles(count, seed).map(articleFile);
}

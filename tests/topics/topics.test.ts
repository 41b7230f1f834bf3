import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ASSIGN_THRESHOLD, BODY_WEIGHT, HEADLINE_WEIGHT, assignTopics, compileTopicMatchers } from "../../src/topics/assign";
import { loadTopics, parseTopics } from "../../src/topics/load-topics";
import { resolveTopics } from "../../src/topics/resolve";
import { resolveSettings } from "../../src/config/settings";
import type { Topic } from "../../src/types";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const topic = (slug: string, aliases: string[], label = slug): Topic => ({ slug, label, description: `About ${label}.`, aliases });
const TOPICS = [
  topic("nagorno-karabakh", ["Nagorno-Karabakh", "Karabakh", "Artsakh"], "Nagorno-Karabakh"),
  topic("turkey", ["Turkey", "Türkiye"], "Turkey"),
  topic("united-nations", ["United Nations", "UN"], "United Nations"),
  topic("mass-graves", ["mass grave", "mass graves"], "Mass graves"),
];
const matchers = compileTopicMatchers(TOPICS);

describe("assignTopics", () => {
  it("documents its scoring: a headline mention alone passes, one body mention does not", () => {
    expect(HEADLINE_WEIGHT).toBeGreaterThanOrEqual(ASSIGN_THRESHOLD);
    expect(BODY_WEIGHT).toBeLessThan(ASSIGN_THRESHOLD);
  });

  it.each([
    // One headline mention is enough.
    ["Mass graves found", [], ["mass-graves"]],
    // A single passing body mention is not.
    ["Talks resume", ["The United Nations expressed condolences."], []],
    // Three body mentions are.
    ["Talks resume", ["Karabakh a.", "Artsakh b.", "Karabakh c."], ["nagorno-karabakh"]],
    // "Nagorno-Karabakh" counts once, not also as "Karabakh"; two body mentions stay below the threshold.
    ["Talks resume", ["In Nagorno-Karabakh.", "Nagorno Karabakh again."], []],
    // Whole words only: "UN" is not found inside "unearthed" or "Sunday".
    ["Bodies unearthed on Sunday", ["un-related, UNESCO, fun"], []],
    // Case-insensitive, and Unicode letters are word characters ("Türkiye's" matches, "Türkiyeli" does not).
    ["TÜRKIYE's position", [], ["turkey"]],
    ["Türkiyeli fans", [], []],
    // Results come in taxonomy order, not match order.
    ["Mass grave in Karabakh", [], ["nagorno-karabakh", "mass-graves"]],
  ])("headline %j with body %j → %j", (headline, body, expected) => {
    expect(assignTopics(matchers, headline, body).slugs).toEqual(expected);
  });

  it("keeps the evidence for provenance, including topics below the threshold", () => {
    const { evidence } = assignTopics(matchers, "Karabakh talks", ["The UN spoke."]);
    expect(evidence).toEqual([
      { slug: "nagorno-karabakh", headlineHits: 1, bodyHits: 0, score: 3 },
      { slug: "united-nations", headlineHits: 0, bodyHits: 1, score: 1 },
    ]);
  });
});

describe("resolveTopics", () => {
  it.each([
    // The slug as listed.
    ["mass-graves", "mass-graves"],
    // An alias, singular here, names its topic.
    ["Mass grave", "mass-graves"],
    // The label, in any case.
    ["United Nations", "united-nations"],
    ["UNITED NATIONS", "united-nations"],
    // The slug made from the label, and spaces for hyphens.
    ["nagorno karabakh", "nagorno-karabakh"],
    // Accents on Latin letters are ignored, and an alias names its topic.
    ["Türkiye", "turkey"],
    ["TURKİYE", "turkey"],
    ["türkiye", "turkey"],
    // Surrounding spaces and punctuation do not matter.
    ["  Mass Graves! ", "mass-graves"],
  ])("matches %j to the listed topic %j", (wanted, slug) => {
    expect(resolveTopics([wanted], TOPICS)).toEqual({ slugs: [slug], unlisted: [], nearMisses: [] });
  });

  it.each([
    // A name of its own becomes a topic with the slug made from it, keeping the spelling written.
    ["Peace Keeping", "peace-keeping"],
    ["Crème Brûlée", "creme-brulee"],
    // A name with nothing to transliterate gets a stable hashed slug.
    ["北京", "topic-"],
  ])("creates a topic for the unlisted name %j", (wanted, slug) => {
    const { slugs, unlisted } = resolveTopics([wanted], TOPICS);
    expect(slugs[0]).toMatch(new RegExp(`^${slug}`));
    expect(unlisted).toEqual([{ slug: slugs[0], label: wanted }]);
  });

  it("gives two spellings of one name one topic, in the editor's order", () => {
    expect(resolveTopics(["Peace Keeping", "turkey", "peace-keeping", "Türkiye", "PEACE KEEPING"], TOPICS)).toEqual({
      slugs: ["peace-keeping", "turkey"],
      unlisted: [{ slug: "peace-keeping", label: "Peace Keeping" }],
      nearMisses: [],
    });
  });

  it.each([
    // A typo of a label, and of a slug.
    ["United Natons", "united-nations"],
    ["Turkye", "turkey"],
  ])("names the listed topic %j is a typo away from", (wanted, nearest) => {
    expect(resolveTopics([wanted], TOPICS).nearMisses).toEqual([{ name: wanted, nearest }]);
  });

  it.each([
    // Unrelated.
    ["economy"],
    // Two edits in a short name are another word, not a typo ("UN" → "EU").
    ["EU"],
    ["Turks"],
  ])("does not liken %j to a listed topic", (wanted) => {
    expect(resolveTopics([wanted], TOPICS).nearMisses).toEqual([]);
  });

  it("lets a slug name its own topic before another topic's label or alias", () => {
    const taxonomy = [topic("a", ["Bee"], "Bee"), topic("bee", [], "Other")];
    expect(resolveTopics(["bee", "BEE"], taxonomy).slugs).toEqual(["bee"]);
  });
});

describe("parseTopics", () => {
  it.each([
    // Missing label.
    ["- slug: a\n  description: d\n  aliases: []\n", /`label`/, 1],
    // A bare name where an entry belongs, on its own line.
    ["- label: A\n- Peace Keeping\n", /bare name `Peace Keeping`; write it as `- label: Peace Keeping`/, 2],
    // Slug that is not URL-safe.
    ["- slug: Bad Slug\n  label: A\n  description: d\n  aliases: []\n", /lowercase words/, 1],
    // Aliases must be a list.
    ["- slug: a\n  label: A\n  description: d\n  aliases: A, B\n", /`aliases`/, 1],
    // A slug listed twice, reported at the second entry.
    ["- {slug: a, label: A, description: d, aliases: []}\n- {slug: a, label: B, description: d, aliases: []}\n", /listed twice/, 2],
    // A slug listed twice, once made from a label.
    ["- label: Peace Keeping\n- slug: peace-keeping\n  label: Peacekeeping\n", /`peace-keeping` is listed twice/, 2],
    // Broken YAML, with its line.
    ["- slug: a\n  label: [A\n", /Invalid YAML/, 3],
    // A slug too long for the folder of its pages.
    [`- slug: ${"a".repeat(439)}\n  label: A\n  description: d\n  aliases: []\n`, /at most 80 characters/, 1],
    // A terminal escape in a label, written as a YAML escape.
    ['- slug: a\n  label: "A\\x1b[31m"\n  description: d\n  aliases: []\n', /`label`: label holds a control character/, 1],
    // Half a surrogate pair in an alias.
    [
      '- slug: a\n  label: A\n  description: d\n  aliases: ["\\uD800"]\n',
      /an alias holds a control character, a non-character or a lone surrogate/,
      1,
    ],
  ])("refuses %j", (text, message, line) => {
    const { topics, diagnostics } = parseTopics("content/topics.yml", text);
    expect(topics).toEqual([]);
    expect(diagnostics[0]).toMatchObject({ id: "topics-file-invalid", severity: "error" });
    expect(diagnostics[0]?.message).toMatch(message);
    if (line !== undefined) expect(diagnostics[0]?.line).toBe(line);
  });
});

describe("parseTopics with only labels", () => {
  it("makes the slug from the label and a neutral description, with no aliases", () => {
    expect(parseTopics("content/topics.yml", "- label: Peace Keeping\n- label: Türkiye\n  slug: turkey\n")).toEqual({
      topics: [
        { slug: "peace-keeping", label: "Peace Keeping", description: "Articles filed under “Peace Keeping”.", aliases: [] },
        { slug: "turkey", label: "Türkiye", description: "Articles filed under “Türkiye”.", aliases: [] },
      ],
      diagnostics: [],
    });
  });
});

describe("parseTopics on a long broken list", () => {
  it("lists the first problems with their lines and counts the rest in one more", () => {
    const text = Array.from({ length: 50_000 }, (_, i) => `- slug: topic-${i}\n  description: T\n  aliases: []\n`).join("");
    const { diagnostics } = parseTopics("content/topics.yml", text);
    expect(diagnostics).toHaveLength(21);
    expect(diagnostics.slice(0, 3).map((d) => d.line)).toEqual([1, 4, 7]);
    expect(diagnostics.at(-1)!.message).toMatch(/^49,980 more like this from here on/);
  });
});

describe("content/topics.yml", () => {
  it("is a valid taxonomy of 15 to 25 topics, each with a description and aliases", async () => {
    const { topics, diagnostics } = await loadTopics(REPO, resolveSettings());
    expect(diagnostics).toEqual([]);
    expect(topics.length).toBeGreaterThanOrEqual(15);
    expect(topics.length).toBeLessThanOrEqual(25);
    for (const t of topics) {
      expect(t.description, t.slug).toMatch(/\.$/);
      expect(t.aliases.length, t.slug).toBeGreaterThan(0);
    }
  });
});

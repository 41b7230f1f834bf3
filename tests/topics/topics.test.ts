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
    // A typo of a slug suggests the slug.
    ["mass-grave", "mass-graves"],
    // Writing the label suggests the slug to use.
    ["United Nations", "united-nations"],
    ["Turkye", "turkey"],
  ])("suggests the nearest topic for %j", (wanted, suggestion) => {
    const { slugs, diagnostics } = resolveTopics("a.md", [wanted], TOPICS, 4);
    expect(slugs).toEqual([]);
    expect(diagnostics).toMatchObject([{ id: "unknown-topic", line: 4, severity: "error" }]);
    expect(diagnostics[0]?.message).toContain(`did you mean \`${suggestion}\``);
  });

  it("accepts known slugs once each, in the editor's order", () => {
    expect(resolveTopics("a.md", ["turkey", "mass-graves", "turkey"], TOPICS, 4)).toEqual({
      slugs: ["turkey", "mass-graves"],
      diagnostics: [],
    });
  });

  it("does not suggest an unrelated topic", () => {
    expect(resolveTopics("a.md", ["economy"], TOPICS, 4).diagnostics[0]?.message).not.toContain("did you mean");
  });
});

describe("parseTopics", () => {
  it.each([
    // Missing field.
    ["- slug: a\n  label: A\n  aliases: []\n", /`description`/, 1],
    // Slug that is not URL-safe.
    ["- slug: Bad Slug\n  label: A\n  description: d\n  aliases: []\n", /lowercase words/, 1],
    // Aliases must be a list.
    ["- slug: a\n  label: A\n  description: d\n  aliases: A, B\n", /`aliases`/, 1],
    // A slug listed twice.
    ["- {slug: a, label: A, description: d, aliases: []}\n- {slug: a, label: B, description: d, aliases: []}\n", /listed twice/, undefined],
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

describe("parseTopics on a long broken list", () => {
  it("lists the first problems with their lines and counts the rest in one more", () => {
    const text = Array.from({ length: 50_000 }, (_, i) => `- slug: topic-${i}\n  label: T\n  aliases: []\n`).join("");
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

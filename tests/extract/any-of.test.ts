import { describe, expect, it } from "vitest";
import { anyOf } from "../../src/extract/any-of";
import { CHROME_RULES, PUBLISHER_PATTERNS } from "../../src/extract/vocabulary";

describe("anyOf", () => {
  const mixed = [/^by\b/i, /\bpaypal\b/i, /\p{Lu}\p{Ll}+\.com\b/u, /q|^b$/];
  it.each([
    // Each pattern on its own, with its own flags.
    ["By Jane Roe", true],
    ["donate via PAYPAL today", true],
    ["read Example.com daily", true],
    // Case-sensitive stays case-sensitive in its group.
    ["read example.com daily", false],
    // A top-level alternative stays inside its pattern: "^b$" does not become "^b" or "b$".
    ["b", true],
    ["xb", false],
    ["unique", true],
    ["nothing here", false],
  ])("%j → %j, as some() over the patterns says", (text, expected) => {
    expect(anyOf(mixed)?.(text)).toBe(expected);
    expect(mixed.some((re) => re.test(text))).toBe(expected);
  });

  it("refuses patterns that refer back to a group by number", () => {
    expect(anyOf([/(a)\1/, /b/])).toBeNull();
  });

  it("combines the extractor's vocabularies", () => {
    expect(anyOf(CHROME_RULES.flatMap((rule) => rule.patterns))).not.toBeNull();
    expect(anyOf(PUBLISHER_PATTERNS.map((p) => p.re))).not.toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { report } from "../../src/diagnostics/messages";
import { capRepeats, MAX_LISTED_PER_ID, moreLikeThis } from "../../src/diagnostics/repeats";

const F = "content/articles/x.md";
const html = (line: number) =>
  report("raw-html-dropped", F, `Raw HTML \`<b>\` on line ${line} is removed from the page.`, { line, column: 1 });

describe("capRepeats", () => {
  it("keeps every diagnostic when no id repeats more than the limit", () => {
    const few = [html(3), html(1), report("unknown-topic", F, "Unknown topic `x`.", { line: 2 })];
    expect(capRepeats(few)).toEqual(few);
  });

  it("lists the first ones of a repeated id in file order and counts the rest in one more, at the first left out", () => {
    // Given out of order, as a parser may report them.
    const many = Array.from({ length: 1_000 }, (_, i) => html(1_000 - i));
    const capped = capRepeats(many);
    expect(capped).toHaveLength(MAX_LISTED_PER_ID + 1);
    const lines = capped.map((d) => d.line).sort((a, b) => a! - b!);
    expect(lines).toEqual(Array.from({ length: MAX_LISTED_PER_ID + 1 }, (_, i) => i + 1));
    const summary = capped.find((d) => d.line === MAX_LISTED_PER_ID + 1)!;
    expect(summary.message).toBe(
      `980 more like this from here on, not listed one by one; the first: Raw HTML \`<b>\` on line 21 is removed from the page.`,
    );
    expect(summary.id).toBe("raw-html-dropped");
  });

  it("caps each id on its own and leaves the others alone", () => {
    const other = report("unknown-topic", F, "Unknown topic `x`.", { line: 500 });
    const capped = capRepeats([...Array.from({ length: 100 }, (_, i) => html(i + 1)), other]);
    expect(capped.filter((d) => d.id === "raw-html-dropped")).toHaveLength(MAX_LISTED_PER_ID + 1);
    expect(capped).toContain(other);
  });
});

describe("moreLikeThis", () => {
  it("keeps the id, severity and position of the first left out and says how many there are", () => {
    const d = moreLikeThis(html(7), 1_234_567);
    expect(d).toMatchObject({ id: "raw-html-dropped", severity: "warning", line: 7, column: 1 });
    expect(d.message).toMatch(/^1,234,567 more like this from here on/);
  });
});

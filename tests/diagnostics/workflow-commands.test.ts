import { describe, expect, it } from "vitest";
import { report } from "../../src/diagnostics/messages";
import { workflowCommand } from "../../src/diagnostics/workflow-commands";
import type { Diagnostic } from "../../src/types";

/** The diagnostic without its hint, so the expected line stays short. */
const plain = ({ hint: _hint, ...rest }: Diagnostic): Diagnostic => rest;

describe("workflowCommand", () => {
  it.each([
    // An error with its line and column: both become properties, the id the title.
    [
      report("invalid-date", "content/articles/a.md", "date `2023-02-31` is not a real date.", { line: 3, column: 1 }),
      "::error file=content/articles/a.md,line=3,col=1,title=invalid-date::date `2023-02-31` is not a real date. Hint: Write the date as YYYY-MM-DD, optionally with a time and offset, e.g. `date: 2023-09-20` or `date: 2023-09-20T14:05:00+02:00`.",
    ],
    // A warning without a line: `::warning`, no line property.
    [
      plain(report("draft-not-published", "content/articles/d.md", "Draft.")),
      "::warning file=content/articles/d.md,title=draft-not-published::Draft.",
    ],
    // A comma or colon in the path would end the property: escaped; so is a percent sign.
    [
      plain(report("read-failed", "content/articles/a,b:c%.txt", "Gone.")),
      "::error file=content/articles/a%2Cb%3Ac%25.txt,title=read-failed::Gone.",
    ],
    // A line break in the message would end the command: escaped, as is `%`; `:` and `,` stay in a message.
    [
      plain(report("front-matter-yaml", "content/articles/y.md", "50% bad:\r\nsee, here", { line: 2 })),
      "::error file=content/articles/y.md,line=2,title=front-matter-yaml::50%25 bad:%0D%0Asee, here",
    ],
  ])("writes %j as %s", (d, expected) => {
    expect(workflowCommand(d)).toBe(expected);
  });
});

/**
 * Where an unclosed YAML quote opens. js-yaml notices a quoted scalar that never ends only at
 * the end of the block and reports it there (at the closing `---`), while the mistake is on the
 * line where the quote opened. This finds that line.
 */

// What may stand before a quote that opens a scalar: a line start, white space, or YAML's own
// punctuation (`key: "…"`, `- '…'`, `["…"`, `{a: "…"`). An apostrophe inside a word (`Don't`)
// opens nothing.
const OPENS_AFTER = /[\s:\-[{,?]/;

/**
 * The 0-based index of the line where a quoted scalar opens that is still open at the end of
 * `lines`, or null when every quote closes.
 * @param lines the YAML block's lines
 * @example unclosedQuoteLine(["title: ok", 'summary: "cut', "date: 2020-01-01"]) //=> 1
 */
export function unclosedQuoteLine(lines: readonly string[]): number | null {
  let open: { quote: string; line: number } | null = null;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    for (let i = 0; i < line.length; i++) {
      const c = line[i]!;
      if (open === null) {
        // A comment runs to the end of the line.
        if (c === "#" && (i === 0 || /\s/.test(line[i - 1]!))) break;
        if ((c === '"' || c === "'") && (i === 0 || OPENS_AFTER.test(line[i - 1]!))) open = { quote: c, line: n };
      } else if (open.quote === '"' && c === "\\") {
        i++;
      } else if (c === open.quote) {
        // In single quotes `''` is an escaped quote, not the end.
        if (c === "'" && line[i + 1] === "'") i++;
        else open = null;
      }
    }
  }
  return open === null ? null : open.line;
}

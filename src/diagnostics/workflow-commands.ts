import type { Diagnostic, Severity } from "../types";

/**
 * GitHub Actions workflow commands for diagnostics: a line `::error file=…,line=…::message` on
 * a job's output becomes an annotation on the file and line of the commit. The escaping is
 * GitHub's (`@actions/core`'s `command.ts`): in the message `%`, CR and LF; in a property also
 * `:` and `,`, which would otherwise end the property.
 */

// GitHub's annotation levels; its lowest is called `notice`.
const COMMAND: Record<Severity, string> = { error: "error", warning: "warning", note: "notice" };

/** The message part of a workflow command, escaped. */
function escapeData(text: string): string {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

/** A property value of a workflow command, escaped. */
function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/**
 * The workflow command annotating `d` (`::error`, `::warning`, or `::notice` for a note), with the file, line and
 * column when known and the diagnostic id as the title; the message carries the hint.
 * @example workflowCommand(d) //=> "::error file=content/articles/a.txt,line=3,col=1,title=missing-headline::No headline … Hint: …"
 */
export function workflowCommand(d: Diagnostic): string {
  const properties = [`file=${escapeProperty(d.file)}`];
  if (d.line !== undefined) properties.push(`line=${d.line}`);
  if (d.column !== undefined) properties.push(`col=${d.column}`);
  properties.push(`title=${escapeProperty(d.id)}`);
  const text = d.hint ? `${d.message} Hint: ${d.hint}` : d.message;
  return `::${COMMAND[d.severity]} ${properties.join(",")}::${escapeData(text)}`;
}

import path from "node:path";
import { readYaml } from "../util/yaml-text";
import type { z } from "zod";
import type { ArchiveSettings } from "../config/settings";
import type { Diagnostic, Topic } from "../types";
import { report } from "../diagnostics/messages";
import { linkOnPath } from "../load/list-files";
import { capRepeats } from "../diagnostics/repeats";
import { readArticleFile } from "../load/read-file";
import { TopicFileSchema } from "./topic-schema";

/** Name of the taxonomy file inside the content folder. */
export const TOPICS_FILE = "topics.yml";

/**
 * Read and validate the editors' topic taxonomy `<contentDir>/topics.yml`.
 * @returns the topics in file order, or none plus diagnostics when the file is unusable
 *   (a broken taxonomy fails the build rather than silently leaving articles untagged)
 */
export async function loadTopics(root: string, settings: ArchiveSettings): Promise<{ topics: Topic[]; diagnostics: Diagnostic[] }> {
  const display = path.posix.join(settings.contentDir, TOPICS_FILE);
  const link = linkOnPath(root, settings.contentDir);
  if (link !== null)
    return {
      topics: [],
      diagnostics: [report("symlink-refused", display, `\`${link}\` is a symbolic link; the taxonomy is read only from a real folder.`)],
    };
  const { text, diagnostics } = await readArticleFile(path.join(root, settings.contentDir, TOPICS_FILE), display, settings);
  if (text === null) return { topics: [], diagnostics };
  return parseTopics(display, text);
}

/**
 * Validate the text of a topics file (pure; {@link loadTopics} is the file-reading wrapper).
 * Any problem makes the whole file unusable: each problem is reported once, with the line of
 * its entry, and no topic is returned (articles then name topics no taxonomy curates, and the
 * build stops on these errors rather than publish that).
 * @param file the file's path as diagnostics name it
 * @returns the topics in file order, or none and a diagnostic per problem
 * @example parseTopics("content/topics.yml", "- label: Peace Keeping\n").topics[0]?.slug //=> "peace-keeping"
 */
export function parseTopics(file: string, text: string): { topics: Topic[]; diagnostics: Diagnostic[] } {
  const yaml = readYaml(text);
  if (yaml.problem !== null)
    return { topics: [], diagnostics: [report("topics-file-invalid", file, `Invalid YAML: ${yaml.problem.reason}.`, yaml.problem.where)] };
  const data = yaml.data;

  const parsed = TopicFileSchema.safeParse(data ?? []);
  const lineOfEntry = entryLines(text, Array.isArray(data) ? data.length : 0);
  if (!parsed.success) {
    const diagnostics = parsed.error.issues.map((issue) => {
      const [index, key] = issue.path;
      const at = typeof index === "number" ? index : undefined;
      const entry: unknown = at !== undefined && Array.isArray(data) ? data[at] : undefined;
      return report("topics-file-invalid", file, problemText(entry, at, key, issue), {
        line: at === undefined ? undefined : lineOfEntry[at],
      });
    });
    // A broken list of thousands of topics would print thousands of lines: a few show the pattern.
    return { topics: [], diagnostics: capRepeats(diagnostics) };
  }

  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  parsed.data.forEach((topic, i) => {
    if (seen.has(topic.slug)) {
      diagnostics.push(report("topics-file-invalid", file, `Topic slug \`${topic.slug}\` is listed twice.`, { line: lineOfEntry[i] }));
    }
    seen.add(topic.slug);
  });
  if (diagnostics.length > 0) return { topics: [], diagnostics };
  const topics = parsed.data.map((t) => Object.freeze({ ...t, aliases: Object.freeze([...t.aliases]) }));
  return { topics, diagnostics };
}

/** What is wrong with one entry, naming it the way the editor will find it. */
function problemText(entry: unknown, index: number | undefined, key: PropertyKey | undefined, issue: z.core.$ZodIssue): string {
  // A bare name (`- Peace Keeping`) is the likeliest slip when adding a topic by hand.
  if (typeof entry === "string" && key === undefined)
    return `Topic #${(index ?? 0) + 1} is the bare name \`${entry}\`; write it as \`- label: ${entry}\`.`;
  const named = entry as { slug?: unknown; label?: unknown } | undefined;
  const name =
    typeof named?.slug === "string"
      ? `topic \`${named.slug}\``
      : typeof named?.label === "string"
        ? `topic \`${named.label}\``
        : index !== undefined
          ? `topic #${index + 1}`
          : "the file";
  const what = issue.code === "unrecognized_keys" ? `unknown key(s) ${issue.keys.join(", ")}` : issue.message;
  return `In ${name}${key !== undefined ? `, \`${String(key)}\`` : ""}: ${what}.`;
}

/**
 * Best-effort first line of each entry of the list (the lines that begin an item at the
 * list's own indentation), so an editor can jump to it; none when the lines found do not
 * match the entries (a list written in flow style `[...]`). Found in one pass: looking each
 * entry up in the whole text would take a reading of the file per problem reported.
 */
function entryLines(text: string, entries: number): (number | undefined)[] {
  const starts: { indent: number; line: number }[] = [];
  text.split("\n").forEach((raw, i) => {
    const item = /^( *)-(?:[ \t]|$)/.exec(raw);
    if (item !== null) starts.push({ indent: (item[1] as string).length, line: i + 1 });
  });
  // A loop, not Math.min(...list): one argument per entry overflows the stack on long lists.
  let indent = Number.POSITIVE_INFINITY;
  for (const s of starts) indent = Math.min(indent, s.indent);
  const lines = starts.filter((s) => s.indent === indent).map((s) => s.line);
  return lines.length === entries ? lines : [];
}

/** Escape text for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

import path from "node:path";
import { CORE_SCHEMA, load, YAMLException } from "js-yaml";
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
 */
export function parseTopics(file: string, text: string): { topics: Topic[]; diagnostics: Diagnostic[] } {
  let data: unknown;
  try {
    data = load(text, { schema: CORE_SCHEMA });
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    const where = error.mark ? { line: error.mark.line + 1, column: error.mark.column + 1 } : {};
    return { topics: [], diagnostics: [report("topics-file-invalid", file, `Invalid YAML: ${error.reason}.`, where)] };
  }

  const parsed = TopicFileSchema.safeParse(data ?? []);
  const lineOfSlug = slugLines(text);
  if (!parsed.success) {
    const diagnostics = parsed.error.issues.map((issue) => {
      const [index, key] = issue.path;
      const entry = typeof index === "number" && Array.isArray(data) ? (data[index] as { slug?: unknown } | undefined) : undefined;
      const name =
        typeof entry?.slug === "string" ? `topic \`${entry.slug}\`` : typeof index === "number" ? `topic #${index + 1}` : "the file";
      const what = issue.code === "unrecognized_keys" ? `unknown key(s) ${issue.keys.join(", ")}` : issue.message;
      return report("topics-file-invalid", file, `In ${name}${key !== undefined ? `, \`${String(key)}\`` : ""}: ${what}.`, {
        line: typeof entry?.slug === "string" ? lineOfSlug.get(entry.slug) : undefined,
      });
    });
    // A broken list of thousands of topics would print thousands of lines: a few show the pattern.
    return { topics: [], diagnostics: capRepeats(diagnostics) };
  }

  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const topic of parsed.data) {
    if (seen.has(topic.slug)) {
      diagnostics.push(
        report("topics-file-invalid", file, `Topic slug \`${topic.slug}\` is listed twice.`, { line: lineOfSlug.get(topic.slug) }),
      );
    }
    seen.add(topic.slug);
  }
  if (diagnostics.length > 0) return { topics: [], diagnostics };
  const topics = parsed.data.map((t) => Object.freeze({ ...t, aliases: Object.freeze([...t.aliases]) }));
  return { topics, diagnostics };
}

/**
 * Best-effort line of each `slug: <value>` line (the first, for a slug given twice), so an
 * editor can jump to the entry. Found in one pass: looking each slug up in the whole text
 * would take a reading of the file per problem reported.
 */
function slugLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  text.split("\n").forEach((raw, i) => {
    let line = raw.trim();
    if (line.startsWith("-")) line = line.slice(1).trimStart();
    if (!line.startsWith("slug:")) return;
    let value = line.slice("slug:".length).trim();
    if (value.length >= 2 && (value[0] === '"' || value[0] === "'") && value.at(-1) === value[0]) value = value.slice(1, -1);
    if (!lines.has(value)) lines.set(value, i + 1);
  });
  return lines;
}

/** Escape text for use inside a RegExp. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

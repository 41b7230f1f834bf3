import { slugFromHeadline } from "../../record/slug";
import { FRONT_MATTER_FOR, summariseFields, type FieldFinding, type FoundFields, type SummaryField } from "./field-summary";

/**
 * Turning a pasted page into a new article file: a clean file name from the headline, and a
 * front-matter block pre-filled with what the extractor found. Sure values are written as
 * YAML; unsure and unknown ones are written as comments for the editor to confirm or fill in,
 * because a wrong value is worse than none. The file starts as a draft, so `npm start` shows
 * it while `npm run build` does not publish it until an editor removes `draft: true`.
 */

/**
 * The file name for a new article: its headline's slug, or the pasted file's own name made
 * URL-safe when no headline was found.
 * @example articleFileName("Mayor Resigns!", "paste.txt") //=> "mayor-resigns.txt"
 * @example articleFileName(null, "My Notes (1).txt") //=> "my-notes-1.txt"
 */
export function articleFileName(headline: string | null, inputName: string): string {
  const base = inputName.replace(/\.[^.]*$/, "");
  const { slug, hashed } = slugFromHeadline(headline ?? base);
  // A hashed slug says nothing to an editor browsing the folder; the pasted name is better.
  const name = hashed && headline !== null ? slugFromHeadline(base).slug : slug;
  return `${name}.txt`;
}

// Front-matter key per field; the byline is not a key of its own (authors carry it).
const WRITTEN: readonly Exclude<SummaryField, "byline">[] = ["headline", "authors", "published", "updated", "source", "topics"];

// Fields that are filled automatically when left out: writing them would freeze today's guess.
const AUTOMATIC: ReadonlySet<SummaryField> = new Set(["topics"]);

/** A YAML scalar that reads back as the same string under the core schema. */
function yamlString(value: string): string {
  // JSON strings are valid YAML double-quoted scalars, escapes included.
  return JSON.stringify(value);
}

function yamlValue(field: FieldFinding): string {
  const raw = field.raw;
  if (raw === null) return "";
  if (typeof raw !== "string") {
    return `[${raw.map((item) => (field.field === "topics" ? item : yamlString(item))).join(", ")}]`;
  }
  // Calendar dates (`2023-09-20`, `2023-09-20T14:23`) are plain scalars; core YAML keeps them strings.
  return field.field === "published" || field.field === "updated" ? raw : yamlString(raw);
}

/**
 * The front-matter block for a pasted article, ending with its closing `---` line.
 * @param found what the extractor found in the pasted text
 * @param from the pasted file's name, recorded in a comment
 * @example frontMatterFor(found, "paste.txt").split("\n")[0] //=> "---"
 */
export function frontMatterFor(found: FoundFields, from: string): string {
  const findings = summariseFields(found);
  const lines = [
    "---",
    `# Added from ${from}. Each value below was read from the text: check it against the page.`,
    "# Commented lines are unsure or unknown: correct and uncomment them, or leave them out.",
    "# When all is confirmed, delete `draft: true` to publish.",
  ];
  for (const field of WRITTEN) {
    const finding = findings.find((f) => f.field === field);
    if (finding === undefined) continue;
    const { key, example } = FRONT_MATTER_FOR[field];
    if (finding.value === null) {
      if (field === "updated") continue;
      lines.push(`# ${key}: unknown — add ${example.slice(key.length + 2)}`);
    } else if (AUTOMATIC.has(field)) {
      lines.push(`# ${key}: ${yamlValue(finding)}  # assigned automatically; uncomment to fix this choice`);
    } else if (!finding.sure) {
      lines.push(`# ${key}: ${yamlValue(finding)}  # unsure: confirm, then uncomment`);
    } else {
      lines.push(`${key}: ${yamlValue(finding)}`);
    }
  }
  lines.push("draft: true", "---");
  return lines.join("\n");
}

/**
 * The whole new file: the pre-filled front matter, then the pasted text unchanged.
 * @param text the pasted text, line ends normalised
 */
export function newArticleText(found: FoundFields, text: string, from: string): string {
  return `${frontMatterFor(found, from)}\n${text.endsWith("\n") ? text : `${text}\n`}`;
}

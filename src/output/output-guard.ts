import { lstatSync, readdirSync, readFileSync, realpathSync, type Stats } from "node:fs";
import { basename, dirname, join, parse, relative, resolve, isAbsolute } from "node:path";

/**
 * The file every build writes into its output folder. A folder that holds anything is taken
 * over by a build only when it holds this file, exactly as a build wrote it: the next build
 * replaces the whole folder, so a folder of someone's own files must never be mistaken for it.
 */
export const OUTPUT_MARKER = ".news-archive-output";

/** The marker's text: fixed, so two builds of the same content stay byte-identical. */
export const OUTPUT_MARKER_TEXT =
  "This folder was written by the news archive build (npm run build).\nThe next build replaces everything in it.\n";

/** The folders a build must never write into, replace or contain. */
export interface ProtectedPlaces {
  /** Where the build's own code lives (`package.json`, `src/`, `templates/`). */
  readonly codeRoot: string;
  /** The project root holding the content folder (`--root`; often the code root). */
  readonly projectRoot: string;
  /** The content folder, relative to `projectRoot`. */
  readonly contentDir: string;
}

/** Folders of a project root that hold what no build may touch. */
const PROTECTED_SUBFOLDERS = ["templates", "src", ".git", "node_modules"] as const;

/**
 * `path` with every symbolic link resolved, also when its last parts do not exist yet (they
 * are joined to the real path of the deepest folder that does). Comparing real paths is what
 * stops `--out LINK`, with LINK pointing into the project, from passing a check done on text.
 * @example resolveThroughLinks("/tmp/link-to-home/new/_site") //=> "/home/me/new/_site"
 */
export function resolveThroughLinks(path: string): string {
  const absolute = resolve(path);
  const missing: string[] = [];
  for (let current = absolute; ; current = dirname(current)) {
    try {
      return join(realpathSync(current), ...missing.reverse());
    } catch {
      if (current === parse(current).root) return absolute;
      missing.push(basename(current));
    }
  }
}

/** Whether `inner` is `outer` or lies below it (both absolute real paths). */
export function isWithin(inner: string, outer: string): boolean {
  const rel = relative(outer, inner);
  return rel === "" || (!rel.startsWith("..") && !isAbsolute(rel));
}

/**
 * Why `out` must not be a build's output folder, or null when it may be. A build replaces its
 * output folder whole, so it refuses, with every link resolved:
 * - a symbolic link (what it points to would be replaced), or a path that is not a folder;
 * - a folder that is or contains a project root (the code's or `--root`'s);
 * - a folder that is, contains or lies inside the content folder, `templates/`, `src/`, `.git`
 *   or `node_modules/` of either root;
 * - a folder holding anything without the marker an earlier build wrote ({@link OUTPUT_MARKER}).
 * @param out the output folder asked for (absolute, or relative to the working directory)
 * @returns a sentence saying why, for a message that names the folder
 * @example outputFolderProblem("content", places) //=> "it is the content folder /p/content"
 */
export function outputFolderProblem(out: string, places: ProtectedPlaces): string | null {
  const asked = resolve(out);
  const stat = lstatOrNull(asked);
  if (stat?.isSymbolicLink()) return "it is a symbolic link (the folder it points to would be replaced): give the real folder";
  if (stat !== null && !stat.isDirectory()) return "it is not a folder";
  const real = resolveThroughLinks(asked);
  for (const root of new Set([places.codeRoot, places.projectRoot].map(resolveThroughLinks))) {
    if (isWithin(root, real)) return real === root ? `it is the project folder ${root}` : `it contains the project folder ${root}`;
  }
  for (const [what, folder] of protectedFolders(places)) {
    if (isWithin(real, folder) || isWithin(folder, real)) {
      return real === folder
        ? `it is ${what} ${folder}`
        : isWithin(real, folder)
          ? `it is inside ${what} ${folder}`
          : `it contains ${what} ${folder}`;
    }
  }
  if (stat !== null && !isEarlierOutput(asked)) {
    return `it holds files that no build wrote (no ${OUTPUT_MARKER} file): choose a new or empty folder, or delete this one yourself`;
  }
  return null;
}

/**
 * Why `cacheDir` must not hold the build's caches, or null when it may: caches written into the
 * content folder would be read as articles, and caches inside the output folder are deleted by
 * every build that replaces it.
 */
export function cacheFolderProblem(cacheDir: string, out: string, places: ProtectedPlaces): string | null {
  return overlapProblem(resolveThroughLinks(cacheDir), out, places);
}

/**
 * Why `file` must not receive the build's JSON report, or null when it may: inside the output
 * folder it would be published (and deleted by the next build); inside the content folder it
 * would be read as an article; a folder or a link is never replaced by it.
 * @example reportFileProblem("_site/report.json", "_site", places) //=> "it overlaps the output folder …"
 */
export function reportFileProblem(file: string, out: string, places: ProtectedPlaces): string | null {
  const stat = lstatOrNull(resolve(file));
  if (stat?.isSymbolicLink()) return "it is a symbolic link: give the real file";
  if (stat?.isDirectory()) return "it is a folder";
  return overlapProblem(resolveThroughLinks(file), out, places);
}

/** Why `real` (a real path) may not be written by a build beside its output: it overlaps the output or a protected folder. */
function overlapProblem(real: string, out: string, places: ProtectedPlaces): string | null {
  const output = resolveThroughLinks(out);
  if (isWithin(real, output) || isWithin(output, real)) return `it overlaps the output folder ${output}, which every build replaces`;
  for (const [what, folder] of protectedFolders(places)) {
    if (folder.endsWith("node_modules")) continue;
    if (isWithin(real, folder) || isWithin(folder, real)) return `it overlaps ${what} ${folder}`;
  }
  return null;
}

/** Whether `folder` (which exists) is empty or holds the marker a build wrote. */
function isEarlierOutput(folder: string): boolean {
  let entries: string[];
  try {
    entries = readdirSync(folder);
  } catch {
    return false;
  }
  if (entries.length === 0) return true;
  const marker = join(folder, OUTPUT_MARKER);
  try {
    return lstatSync(marker).isFile() && readFileSync(marker, "utf8") === OUTPUT_MARKER_TEXT;
  } catch {
    return false;
  }
}

/** Each protected folder of both roots, with how a message names it, as real paths. */
function protectedFolders(places: ProtectedPlaces): [string, string][] {
  const folders: [string, string][] = [];
  for (const root of new Set([places.codeRoot, places.projectRoot])) {
    folders.push(["the content folder", resolveThroughLinks(join(root, places.contentDir))]);
    for (const name of PROTECTED_SUBFOLDERS) folders.push([`the project's ${name} folder`, resolveThroughLinks(join(root, name))]);
  }
  return folders;
}

function lstatOrNull(path: string): Stats | null {
  try {
    return lstatSync(path);
  } catch {
    return null;
  }
}

import { copyFileSync, constants, linkSync, lstatSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { rename, rm } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { listTree } from "../util/file-tree";
import { OUTPUT_MARKER, OUTPUT_MARKER_TEXT, outputFolderProblem, type ProtectedPlaces } from "./output-guard";

/**
 * A site being written into a fresh folder beside its output folder, swapped in only once the
 * build has succeeded: until {@link commit}, the previous build's folder stays exactly as it
 * was, and a build that fails {@link discard}s its folder and leaves nothing behind.
 *
 * Files of the previous build that this build keeps as they are (pages whose data did not
 * change, search index shards) are hard-linked into the new folder rather than copied: a kept
 * file is never written again, so the link leaves the previous build's copy untouched while
 * costing no bytes. Nothing in the previous folder is ever followed: only regular files are
 * linked, so a symbolic link planted in the output cannot lead a write outside it.
 */
export class StagedOutput {
  private constructor(
    /** The output folder this build replaces (absolute). */
    readonly target: string,
    /** The fresh folder the build writes into (absolute, beside `target`). */
    readonly folder: string,
  ) {}

  /**
   * Make a fresh folder beside `target` holding only the marker file.
   * @throws Error naming `target` when it may not be an output folder (see `outputFolderProblem`).
   */
  static async create(target: string, places: ProtectedPlaces): Promise<StagedOutput> {
    const problem = outputFolderProblem(target, places);
    if (problem !== null) throw new OutputFolderError(`Refusing to write the site into ${target}: ${problem}.`);
    mkdirSync(dirname(target), { recursive: true });
    await removeAbandoned(target);
    // Not `mkdtemp`: its folder is private (0700), and renamed into place it would keep the
    // site from the web server reading it; this one gets the usual mode, less the umask.
    const folder = join(dirname(target), `${stagingPrefix(target)}${process.pid}-${randomBytes(6).toString("hex")}`);
    mkdirSync(folder);
    writeFileSync(join(folder, OUTPUT_MARKER), OUTPUT_MARKER_TEXT);
    return new StagedOutput(target, folder);
  }

  /**
   * Take groups of files (a page's files) from the previous build as they are, each group
   * whole or not at all, so no file this build writes again can be a link to the previous
   * build's copy. Paths are relative to the output folder, with `/` separators; a file that is
   * not a regular file there, or lies under a symbolic link, is not taken, nor is its group.
   * @returns the keys of the groups not taken (the caller writes them afresh).
   */
  keepGroups<K>(groups: ReadonlyMap<K, readonly string[]>): Set<K> {
    const notTaken = new Set<K>();
    const realFolders = new Map<string, boolean>();
    const made = new Set<string>();
    for (const [key, paths] of groups) {
      if (!paths.every((path) => isRegularFile(join(this.target, path)) && noLinkAbove(this.target, path, realFolders))) {
        notTaken.add(key);
        continue;
      }
      for (const path of paths) {
        const to = join(this.folder, path);
        const folder = dirname(to);
        if (!made.has(folder)) {
          mkdirSync(folder, { recursive: true });
          made.add(folder);
        }
        linkOrCopy(join(this.target, path), to);
      }
    }
    return notTaken;
  }

  /**
   * Take the folder `path` of the previous build as it is, whole or not at all: a folder
   * holding a symbolic link or a special file is not taken.
   * @returns whether the folder was taken.
   */
  keepFolder(path: string): boolean {
    const from = join(this.target, path);
    if (!isFolder(from) || !noLinkAbove(this.target, `${path}/-`, new Map())) return false;
    const entries = listTree(from);
    if (entries.some((e) => e.kind !== "file" && e.kind !== "folder")) return false;
    mkdirSync(join(this.folder, path), { recursive: true });
    const files = entries.filter((e) => e.kind === "file").map((e) => `${path}/${e.path}`);
    return this.keepGroups(new Map([[path, files]])).size === 0;
  }

  /**
   * Put the new folder in place of the output folder, then delete the previous build. When
   * the swap fails halfway the previous folder is put back.
   * @throws Error when the folder cannot be renamed into place.
   */
  async commit(): Promise<void> {
    const previous = `${dirname(this.target)}/${stagingPrefix(this.target)}previous-${process.pid}-${Date.now().toString(36)}`;
    let moved = false;
    try {
      await rename(this.target, previous);
      moved = true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
    try {
      await rename(this.folder, this.target);
    } catch (error) {
      if (moved) await rename(previous, this.target);
      throw error;
    }
    if (moved) await rm(previous, { recursive: true, force: true });
  }

  /** Delete the new folder; the output folder stays as the previous build left it. */
  async discard(): Promise<void> {
    await rm(this.folder, { recursive: true, force: true });
  }
}

/** An output or cache folder refused before anything was written (see `outputFolderProblem`). */
export class OutputFolderError extends Error {
  /** The exit status of a command refusing the folder. */
  readonly exitCode = 2;
}

/** Names of this target's staging folders start with this (hidden, and named for the target). */
function stagingPrefix(target: string): string {
  return `.${basename(target)}.build-`;
}

/**
 * Delete staging folders of this target left by builds that were killed (their process is
 * gone); those of a build still running beside this one are left alone.
 */
async function removeAbandoned(target: string): Promise<void> {
  const prefix = stagingPrefix(target);
  let names: string[];
  try {
    names = readdirSync(dirname(target)).filter((name) => name.startsWith(prefix));
  } catch {
    return;
  }
  for (const name of names) {
    const pid = Number(/^(?:previous-)?(\d+)-/.exec(name.slice(prefix.length))?.[1]);
    if (Number.isInteger(pid) && pid !== process.pid && !isRunning(pid))
      await rm(join(dirname(target), name), { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: running, under another user.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Hard-link `from` to `to`; where the file system has no hard links, copy it. */
function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "EPERM" && code !== "ENOTSUP" && code !== "EXDEV" && code !== "EMLINK") throw error;
    copyFileSync(from, to, constants.COPYFILE_EXCL);
  }
}

/**
 * Whether every folder between `base` and the file `path` (relative, `/` separators) is a real
 * folder, not a symbolic link; `known` remembers folders already looked at.
 */
function noLinkAbove(base: string, path: string, known: Map<string, boolean>): boolean {
  const parts = path.split("/").slice(0, -1);
  for (let i = 1; i <= parts.length; i++) {
    const folder = parts.slice(0, i).join("/");
    let real = known.get(folder);
    if (real === undefined) {
      real = isFolder(join(base, folder));
      known.set(folder, real);
    }
    if (!real) return false;
  }
  return true;
}

function isRegularFile(path: string): boolean {
  try {
    return lstatSync(path).isFile();
  } catch {
    return false;
  }
}

function isFolder(path: string): boolean {
  try {
    return lstatSync(path).isDirectory();
  } catch {
    return false;
  }
}

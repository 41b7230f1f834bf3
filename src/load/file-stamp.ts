import { type BigIntStats, lstatSync } from "node:fs";

/**
 * How long after a file's last change (by its own modification or change time) a stamp of it is
 * not trusted. A file rewritten soon after it was stamped may get the same times: file systems
 * keep times in steps (2 s on FAT, 1 s on ext3 and HFS+, a clock tick elsewhere), and the kernel
 * stamps writes from a clock that lags the one `Date.now()` reads. The window also absorbs a
 * small skew between this machine's clock and a network file system's. Too wide costs only a
 * second hash of recently edited files; too narrow could miss an edit, so it is generous.
 */
export const RACY_WINDOW_MS = 3000;

/** What a file's metadata says about its bytes, without reading them (see {@link fileStamp}). */
export interface FileStamp {
  /** Type, size, modification and change times (ns) and inode: equal keys, equal bytes, unless `racy`. */
  readonly key: string;
  /** Whether the file changed so shortly before the stamp was taken that a later edit may keep the same key. */
  readonly racy: boolean;
}

/**
 * The stamp of the file at `absPath` (`lstat`: a link is stamped, not followed), taken at the time
 * `takenAt`. The change time is in the key because no program can set it back: an edit that keeps
 * the size and restores the modification time (`touch -r`, `cp -p` over the file) still changes it.
 * A missing or unreadable path has a stamp too, so a file appearing beside another (a sidecar)
 * changes the stamp.
 * @param takenAt ms since the epoch, read before the stat (`Date.now()`), so the window errs on the side of distrust
 * @example fileStamp("/abs/content/articles/a.txt", Date.now()).key //=> "f1234:1700000000000000000:1700000000000000000:5678"
 */
export function fileStamp(absPath: string, takenAt: number): FileStamp {
  let stat: BigIntStats | undefined;
  try {
    stat = lstatSync(absPath, { bigint: true, throwIfNoEntry: false });
  } catch {
    // Unreadable metadata says nothing: never equal to a stored stamp, so the file is read.
    return { key: "?", racy: true };
  }
  if (stat === undefined) return { key: "-", racy: false };
  const type = stat.isFile() ? "f" : stat.isSymbolicLink() ? "l" : "o";
  const changed = Math.max(Number(stat.mtimeMs), Number(stat.ctimeMs));
  return {
    key: `${type}${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}:${stat.ino}`,
    racy: changed > takenAt - RACY_WINDOW_MS,
  };
}

/**
 * One stamp for several files read together (a saved page and its sidecar): its key holds all
 * theirs, and it is racy when any of them is.
 * @example joinStamps([page, sidecar]).racy
 */
export function joinStamps(stamps: readonly FileStamp[]): FileStamp {
  return { key: stamps.map((s) => s.key).join("|"), racy: stamps.some((s) => s.racy) };
}

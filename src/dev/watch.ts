import { readdirSync, statSync, watch, type FSWatcher } from "node:fs";
import path from "node:path";

/** Quiet time after the last event before a batch is handled: editors save in bursts of events. */
export const QUIET_MS = 30;

/**
 * Watch folders and everything under them, and hand the paths that changed to `onBatch`, in
 * batches: a batch goes once no event has come for `quietMs`, and never while the previous one
 * is being handled (paths seen meanwhile make up the next batch). Paths are absolute; a folder
 * stands for everything in it when the system does not say which entry changed. Folders
 * created later are watched from when they appear.
 * @param onBatch handles one batch; errors it throws are printed and watching goes on.
 * @returns a function that stops watching.
 * @throws Error when a folder cannot be watched (missing, or too many watches).
 */
export function watchFolders(folders: readonly string[], onBatch: (paths: string[]) => Promise<void>, quietMs = QUIET_MS): () => void {
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  const schedule = (): void => {
    clearTimeout(timer);
    timer = setTimeout(() => void flush(), quietMs);
  };
  const flush = async (): Promise<void> => {
    if (running || pending.size === 0) return;
    running = true;
    const batch = [...pending];
    pending.clear();
    try {
      await onBatch(batch);
    } catch (error) {
      console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    } finally {
      running = false;
      if (pending.size > 0) schedule();
    }
  };
  // Every folder gets a watch of its own, which reports its entries' changes by name. Node's
  // `recursive` watch on Linux watches every file instead (one inotify watch each, so a large
  // archive passes the limit some systems set) and lists a folder again on each save in it, which
  // grows with the folder (measurements: docs/performance.md, 'Dev server folder watches').
  const watchers = new Map<string, FSWatcher>();
  let stopped = false;
  const unwatch = (folder: string): void => {
    for (const [watched, watcher] of watchers) {
      if (watched === folder || watched.startsWith(folder + path.sep)) {
        watcher.close();
        watchers.delete(watched);
      }
    }
  };
  const watchTree = (folder: string, top: boolean): void => {
    if (stopped) return;
    let watcher: FSWatcher;
    try {
      watcher = watch(folder, (_event, name) => {
        const changed = name === null ? folder : path.join(folder, name);
        pending.add(changed);
        // A folder created, moved in or replaced gets watched afresh, with what it holds.
        if (name !== null) {
          unwatch(changed);
          if (isFolder(changed)) watchTree(changed, false);
        }
        schedule();
      });
    } catch (error) {
      // A subfolder may be gone again before it is watched; a folder asked for must exist.
      if (top) throw error;
      return;
    }
    watcher.on("error", (error) => {
      if (top) console.error(`Watching ${folder}: ${error.message}`);
      unwatch(folder);
    });
    watchers.set(folder, watcher);
    let entries: { name: string; isDirectory(): boolean }[] = [];
    try {
      entries = readdirSync(folder, { withFileTypes: true });
    } catch {
      // Removed meanwhile: its parent's watch reports that.
    }
    for (const entry of entries) if (entry.isDirectory()) watchTree(path.join(folder, entry.name), false);
  };
  for (const folder of folders) watchTree(folder, true);
  return () => {
    stopped = true;
    clearTimeout(timer);
    for (const w of watchers.values()) w.close();
    watchers.clear();
  };
}

function isFolder(file: string): boolean {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}

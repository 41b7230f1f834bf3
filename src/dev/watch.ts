import { watch, type FSWatcher } from "node:fs";
import path from "node:path";

/** Quiet time after the last event before a batch is handled: editors save in bursts of events. */
export const QUIET_MS = 30;

/**
 * Watch folders recursively and hand the paths that changed to `onBatch`, in batches: a batch
 * goes once no event has come for `quietMs`, and never while the previous one is being
 * handled (paths seen meanwhile make up the next batch). Paths are absolute; a folder stands
 * for everything in it when the system does not say which entry changed.
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
  const watchers: FSWatcher[] = folders.map((folder) =>
    watch(folder, { recursive: true }, (_event, name) => {
      pending.add(name === null ? folder : path.join(folder, name));
      schedule();
    }).on("error", (error) => console.error(`Watching ${folder}: ${error.message}`)),
  );
  return () => {
    clearTimeout(timer);
    for (const w of watchers) w.close();
  };
}

import { mkdir, rename, rm } from "node:fs/promises";
import { dirname } from "node:path";

/**
 * Write `file` through a temporary file beside it, renamed into place once `write` has
 * written it whole, so a reader (the next build) never sees half a file.
 * @param write writes the whole content to the temporary path it is given.
 * @throws what `write` or the rename throws; the temporary file is removed first.
 */
export async function writeAtomically(file: string, write: (temporary: string) => Promise<void>): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await write(temporary);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

import { type ParseArgsConfig, parseArgs } from "node:util";

/**
 * A command's options read with `parseArgs`, or null when they cannot be: the reason and the
 * usage line are printed, and the command exits with status 2.
 * @example const parsed = parseOptions({ options: { root: { type: "string" } }, strict: true }, "usage: …"); if (parsed === null) return 2;
 */
export function parseOptions<T extends ParseArgsConfig>(config: T, usage?: string): ReturnType<typeof parseArgs<T>> | null {
  try {
    return parseArgs(config);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    if (usage !== undefined) console.error(usage);
    return null;
  }
}

/**
 * Run a command's `main`: the number it resolves to becomes the exit status; a refusal (an
 * error carrying its own `exitCode`, such as an output folder that may not be replaced) is
 * printed as its message alone; an unexpected error (a bug, not a content problem, which is a
 * diagnostic) is printed with its stack and exits 1. Sets `process.exitCode` instead of calling `process.exit` so output is flushed.
 * @example runMain(async () => 0)
 */
export function runMain(main: () => Promise<number>): void {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      if (error instanceof Error && "exitCode" in error && typeof error.exitCode === "number") {
        console.error(error.message);
        process.exitCode = error.exitCode;
        return;
      }
      console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
      process.exitCode = 1;
    },
  );
}

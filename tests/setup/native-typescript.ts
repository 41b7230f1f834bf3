// Eleventy imports `.eleventy.ts` with Node's own loader, outside
// vitest's module graph: tsx's hooks let it read TypeScript there, so builds can run in-process.
import { register } from "tsx/esm/api";

register();

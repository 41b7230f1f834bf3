import { fileURLToPath } from "node:url";

/**
 * The project's root folder (where `package.json`, `content/` and `templates/` live), found
 * from this file's location so commands work from any working directory. Kept in a module of
 * its own so commands that need only the path do not load Eleventy.
 */
export const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));

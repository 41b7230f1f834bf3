/**
 * `npm start [-- --port N]`: the Eleventy dev server with live reload on http://localhost:8080/.
 *
 * Drafts are included. Saving a file under `content/` (a watch target in `.eleventy.ts`)
 * rebuilds the site: `.eleventy.ts` then ingests the content itself, prints every diagnostic
 * and leaves the files with errors out until they are fixed; the server keeps running.
 */
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { Eleventy } from "@11ty/eleventy";
import { PROJECT_ROOT } from "../eleventy/render-site";

const { values } = parseArgs({ options: { port: { type: "string", default: "8080" } }, strict: true });
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) throw new TypeError(`Invalid --port \`${values.port}\``);

process.chdir(PROJECT_ROOT);
// Start from an empty folder so pages of deleted articles are not served.
await rm(join(PROJECT_ROOT, "_site"), { recursive: true, force: true });
const eleventy = new Eleventy("templates", "_site", { configPath: ".eleventy.ts", runMode: "serve" });
await eleventy.init();
await eleventy.watch();
await eleventy.serve(port);
process.on("SIGINT", () => {
  void eleventy.stopWatch().then(() => process.exit(0));
});

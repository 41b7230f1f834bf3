/**
 * Eleventy wiring only: folders, engines, the one global data object and safety checks.
 * Page data is computed in `src/site/`; templates in `templates/` loop and print it.
 *
 * Run by `npm run build` (which hands over data it has already ingested and checked), by
 * `npm start`, or directly: `tsx node_modules/@11ty/eleventy/cmd.cjs --config=.eleventy.ts`.
 */
import type { ConfigReturn, UserConfig } from "@11ty/eleventy";
import { assertOutputsContained } from "./src/output/check-outputs";
import { assetsWanted, providedSiteData } from "./src/render/site-data-store";
import { directFiles, writeTextFiles } from "./src/render/write-text-files";
import type { SiteData } from "./src/site/site-data";

const refuse = (engine: string) => (): never => {
  throw new Error(`Front matter engine \`${engine}\` is not allowed (it runs code); use YAML`);
};

export default function configure(config: UserConfig): ConfigReturn {
  // Autoescape stays on; a misspelt variable fails the build instead of printing nothing.
  config.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: true });
  config.setFrontMatterParsingOptions({
    engines: { js: refuse("js"), javascript: refuse("javascript"), jsLegacy: refuse("jsLegacy") },
  });
  config.setUseGitIgnore(false);
  if (assetsWanted()) config.addPassthroughCopy({ "templates/assets": "assets" });

  // Under the plain Eleventy CLI the data is ingested here, and the files written without a
  // template (the original texts and the JSON export, see `directFiles`) after the pages.
  let ingested: SiteData | undefined;
  // Imported only then, so a build that hands its data over does not load the ingestion pipeline here.
  const ingestHere = async (): Promise<SiteData> =>
    (await import("./src/build/site-data-for-eleventy")).siteDataForEleventy(process.env, process.cwd());
  config.addGlobalData("site", async () => {
    const provided = providedSiteData();
    if (provided !== undefined) return provided;
    ingested = await ingestHere();
    return ingested;
  });
  // Every Nunjucks page paginates over views (alias `view`) and is written at the view's url.
  // A function, rather than `permalink: "{{ view.url }}"` in each template, spares Nunjucks a
  // render per page (docs/performance.md, 'Permalinks as a function'). Text-file templates set
  // their own.
  config.addGlobalData("permalink", () => (data: { view: { url: string } }) => data.view.url);
  config.addWatchTarget("content/");

  config.on("eleventy.after", ({ results, directories }) => {
    assertOutputsContained(
      results.flatMap((r) => (r.outputPath === false ? [] : [r.outputPath])),
      directories.output,
    );
    if (ingested !== undefined) writeTextFiles(directFiles(ingested), directories.output);
  });

  return {
    // The output folder is left to Eleventy's default (`_site`) so the build command's
    // `--out` is not overridden by config.
    dir: { input: "templates", includes: "_includes" },
    templateFormats: ["njk"],
    markdownTemplateEngine: false,
    htmlTemplateEngine: "njk",
  };
}

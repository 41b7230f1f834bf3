/**
 * Render the hand-built sample records into a folder: `tsx tests/helpers/render-sample.ts OUT [PAGE_SIZE]`.
 * Exercises the site (data → Eleventy → files) without the ingestion pipeline.
 */
import { buildSiteData } from "../../src/archive/build-site-data";
import { renderSite } from "../../src/eleventy/render-site";
import { verifySite } from "../../src/eleventy/verify-site";
import { readOriginal, sampleRecords, TOPICS } from "./records";

const [out, pageSize = "2"] = process.argv.slice(2);
if (out === undefined) throw new Error("usage: render-sample.ts OUT [PAGE_SIZE]");
const data = buildSiteData(sampleRecords(), TOPICS, { siteName: "Test Archive", pageSize: Number(pageSize) }, readOriginal);
const { files } = await renderSite(data, out);
const problems = verifySite(data, files);
for (const p of problems) console.error(p);
console.log(JSON.stringify({ files: files.length }));
process.exitCode = problems.length > 0 ? 1 : 0;

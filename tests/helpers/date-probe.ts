/**
 * Prints, as JSON, what the date code makes of a fixed set of dates: parsed forms, instants,
 * RFC 3339 texts, labels and a small site's feed, sitemap and export. Run in child processes
 * under several `TZ` values by `tests/parse/time-zone-independence.test.ts`; every run must
 * print the same bytes.
 */
import { parseIsoCalendar } from "../../src/parse/calendar";
import { instantMs, rfc3339 } from "../../src/parse/instant";
import { buildSiteData } from "../../src/site/build-site-data";
import { dateLabel } from "../../src/site/labels/format-date";
import { makeRecord, readOriginals, TOPICS } from "./records";

const written = ["2024-03-05", "2024-03-05 14:00:00", "2024-03-05T23:30:00-04:00", "2022-11-03 14:05:00 +0100", "2024-03-10T02:30"];
const zones = ["UTC", "America/New_York", "Asia/Kolkata"];
const parsed = written.map((w) => parseIsoCalendar(w) ?? "");
const conversions = parsed.flatMap((d) => zones.map((z) => [d, z, instantMs(d, z), rfc3339(d, z), dateLabel(d, z)]));
const records = parsed.map((published, i) => makeRecord({ slug: `a${i}`, published }));
const site = buildSiteData(records, TOPICS, { siteName: "T", pageSize: 20, timeZone: "Asia/Kolkata" }, readOriginals);
const texts = [...site.views.files, ...site.views.exports].map((f) => [f.url, f.text]);
process.stdout.write(JSON.stringify({ parsed, conversions, texts, labels: site.views.articles.map((a) => a.published) }));

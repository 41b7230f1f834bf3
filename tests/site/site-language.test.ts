import { describe, expect, it } from "vitest";
import { resolveSettings } from "../../src/config/settings";
import { buildSiteData } from "../../src/site/build-site-data";
import { readOriginals, sampleRecords, TOPICS } from "../helpers/records";

const site = (overrides: Parameters<typeof resolveSettings>[0]) =>
  buildSiteData(sampleRecords(), TOPICS, resolveSettings(overrides), readOriginals);

describe("the language setting", () => {
  it.each([
    // The default, then a setting: the pages' `<html lang>` and every feed's `xml:lang`.
    [{}, "en"],
    [{ language: "pt-BR" }, "pt-BR"],
  ])("with settings %j gives the site and its feeds the language %s", (overrides, language) => {
    const data = site(overrides);
    expect(data.language).toBe(language);
    const feeds = data.views.files.filter((f) => f.url.endsWith("feed.xml"));
    expect(feeds.length).toBeGreaterThan(1);
    for (const feed of feeds) expect(feed.text).toContain(`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${language}">`);
  });

  it("names the site after the name setting", () => {
    expect(site({ siteName: "Le Registre" }).siteName).toBe("Le Registre");
  });
});

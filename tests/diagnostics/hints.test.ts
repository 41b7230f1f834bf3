import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS } from "../../src/config/settings";
import { MESSAGES } from "../../src/diagnostics/messages";
import { SiteFileSchema } from "../../src/parse/site-file";

// A hint tells an editor what to do in the editor's terms: a key of content/site.yml or of front
// matter, never the name a setting has inside the code.
const FILE_KEYS: ReadonlySet<string> = new Set(Object.keys(SiteFileSchema.shape));
const INTERNAL = Object.keys(DEFAULT_SETTINGS).filter((name) => !FILE_KEYS.has(name));

describe("diagnostic hints", () => {
  it.each(Object.entries(MESSAGES))("%s names no setting by its name in the code", (_id, spec) => {
    for (const name of INTERNAL) expect(spec.hint).not.toMatch(new RegExp(`\\b${name}\\b`));
  });

  it("sends an implausible date's editor to the settings key that sets the earliest date", () => {
    expect(MESSAGES["implausible-date"].hint).toContain("`earliestDate` in content/site.yml");
  });
});
